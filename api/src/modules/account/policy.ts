import { definePolicy, isAdmin, isBroker, type Viewer } from '../../platform/policy';
import type { User } from './entities';

const self = (v: Viewer | null, u: User) => v?.user.id === u.id;

/** Who may do what with accounts. */
export const accountPolicy = definePolicy({
  /** Read a user's e-mail and memberships. */
  'user:viewPrivate': (v, u: User) => self(v, u) || isBroker(v),
  'user:list': (v, _: null) => isAdmin(v),
  'user:setRole': (v, _u: User) => isAdmin(v),
  'account:update': (v, _: null) => v !== null,
  'devMailbox:read': (v, ctx: { devMailbox: boolean; production: boolean }) =>
    ctx.devMailbox && (!ctx.production || isAdmin(v)),
});
