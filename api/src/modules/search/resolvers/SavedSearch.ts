import type { SavedSearch as SavedSearchType, SavedSearchFilters } from '../../../generated/graphql';
import type { SavedSearch } from '../entities';

/** A saved search as the API shows it: every filter present, empty when unused. */
export function toSavedSearch(s: SavedSearch): SavedSearchType {
  const w = s.where as Partial<Record<keyof SavedSearchFilters, string[]>>;
  const list = <T extends string>(name: keyof SavedSearchFilters) => (w[name] ?? []) as T[];
  return {
    id: s.id,
    name: s.name,
    query: s.query,
    alerts: s.alerts,
    createdAt: s.createdAt,
    lastAlertAt: s.lastAlertAt ?? null,
    where: {
      kind: list('kind'),
      sector: list('sector'),
      maturityStage: list('maturityStage'),
      ipStatus: list('ipStatus'),
      transferForm: list('transferForm'),
      province: list('province'),
      organizationType: list('organizationType'),
      priceBand: list('priceBand'),
    },
  };
}
