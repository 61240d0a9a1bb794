import type { GraphQLContext } from './graphql/context';
import { forbidden, unauthenticated } from './graphql/errors';
import type { User, Session } from '../modules/account/entities';
import type { MembershipRole } from '../modules/organization/entities';

/** Who is asking: the signed-in user, their session and their organisation roles. */
export interface Viewer {
  /** `user.id`, without loading the user into the request's EntityManager. */
  userId: string;
  user: User;
  session: Session;
  /** organisation id → the viewer's role in it */
  roles: Map<string, MembershipRole>;
  activeOrganizationId: string | null;
}

export const isBroker = (v: Viewer | null) => v?.user.role === 'BROKER' || v?.user.role === 'ADMIN';
export const isAdmin = (v: Viewer | null) => v?.user.role === 'ADMIN';
export const roleIn = (v: Viewer | null, organizationId: string) => v?.roles.get(organizationId) ?? null;

/** A rule: may this viewer do the action (on this resource)? Pure and synchronous. */
export type Rule<R> = (viewer: Viewer | null, resource: R) => boolean;

/**
 * One table per feature lists every named action and who may do it. Services call
 * `authorize(ctx, policy, 'action', resource)`; field resolvers call `can(...)` to hide data.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function definePolicy<P extends Record<string, Rule<any>>>(rules: P): P {
  return rules;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function can<P extends Record<string, Rule<any>>, A extends keyof P & string>(
  viewer: Viewer | null,
  policy: P,
  action: A,
  resource: Parameters<P[A]>[1],
): boolean {
  return policy[action](viewer, resource);
}

/** Throws UNAUTHENTICATED for visitors and FORBIDDEN for others when the rule says no. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function authorize<P extends Record<string, Rule<any>>, A extends keyof P & string>(
  ctx: Pick<GraphQLContext, 'viewer' | 't'>,
  policy: P,
  action: A,
  resource: Parameters<P[A]>[1],
): asserts ctx is GraphQLContext & { viewer: Viewer } {
  if (policy[action](ctx.viewer, resource)) return;
  throw ctx.viewer ? forbidden(ctx.t) : unauthenticated(ctx.t);
}

/** For actions any signed-in user may do. */
export function requireViewer(ctx: Pick<GraphQLContext, 'viewer' | 't'>): Viewer {
  if (!ctx.viewer) throw unauthenticated(ctx.t);
  return ctx.viewer;
}
