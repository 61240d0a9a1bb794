import { GraphQLError } from 'graphql';
import type { T } from '../i18n';

export type ThingKey =
  | 'user'
  | 'organization'
  | 'membership'
  | 'invitation'
  | 'listing'
  | 'sector'
  | 'synonym'
  | 'ipRecord'
  | 'interest'
  | 'case'
  | 'complaint';

/** Not signed in (or the session was revoked). */
export function unauthenticated(t: T): GraphQLError {
  return new GraphQLError(t('errors.UNAUTHENTICATED'), { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Signed in but not allowed. */
export function forbidden(t: T): GraphQLError {
  return new GraphQLError(t('errors.FORBIDDEN'), { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(t: T, what: ThingKey): GraphQLError {
  return new GraphQLError(t('errors.NOT_FOUND', { what: t(`things.${what}`) }), {
    extensions: { code: 'NOT_FOUND' },
  });
}

/** A save based on an old version: nothing was overwritten. */
export function conflict(t: T): GraphQLError {
  return new GraphQLError(t('errors.CONFLICT'), { extensions: { code: 'CONFLICT' } });
}

/** Bad query arguments (queries have no payload to carry errors). */
export function badInput(t: T, field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** Error codes clients may see as they are; everything else is masked. */
export const EXPOSED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
