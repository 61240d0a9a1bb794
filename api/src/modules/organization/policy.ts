import { definePolicy, isAdmin, isBroker, roleIn } from '../../platform/policy';
import type { Organization } from './entities';

/** Who may do what with organisations. Staff = brokers and admins. */
export const organizationPolicy = definePolicy({
  'organization:create': (v, _: null) => v !== null,
  /** Tax code, address, verification note, member list. */
  'organization:viewPrivate': (v, o: Organization) => isBroker(v) || roleIn(v, o.id) !== null,
  'organization:update': (v, o: Organization) => isBroker(v) || roleIn(v, o.id) === 'OWNER',
  'organization:manageMembers': (v, o: Organization) => isAdmin(v) || roleIn(v, o.id) === 'OWNER',
  'organization:viewInvitations': (v, o: Organization) => isBroker(v) || roleIn(v, o.id) === 'OWNER',
  'organization:verify': (v, _o: Organization) => isBroker(v),
  'organization:actFor': (v, o: Organization) => roleIn(v, o.id) !== null,
  'invitation:accept': (v, _: null) => v !== null,
});
