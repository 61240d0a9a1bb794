import { useQuery } from '@apollo/client';
import { graphql } from '../../../generated';
import type { Viewer_MeQuery } from '../../../generated/graphql';

export const ViewerQuery = graphql(`
  query Viewer_me {
    me {
      id
      displayName
      email
      emailVerified
      role
      language
      activeOrganization {
        id
        name
        verificationStatus
      }
      memberships {
        id
        role
        organization {
          id
          name
          verificationStatus
        }
      }
    }
  }
`);

export type Viewer = NonNullable<Viewer_MeQuery['me']>;

/** The signed-in user (null for a visitor). Refetched by resetting the store after sign-in/out. */
export function useViewer() {
  const { data, loading, error } = useQuery(ViewerQuery);
  return { viewer: data?.me ?? null, loading: loading && !data, error };
}

export function isStaff(viewer: Viewer | null): boolean {
  return viewer?.role === 'BROKER' || viewer?.role === 'ADMIN';
}
