import { definePolicy } from '../../platform/policy';
import type { SavedSearch } from './entities';

/** Who may do what with saved searches: signed-in people, each with their own only. */
export const savedSearchPolicy = definePolicy({
  /** List one's saved searches or save a new one. */
  'savedSearch:create': (viewer, _: null) => !!viewer,
  /** Rename, switch alerts, delete: the owner only (others see NOT_FOUND). */
  'savedSearch:manage': (viewer, search: SavedSearch) => !!viewer && search.userId === viewer.user.id,
});
