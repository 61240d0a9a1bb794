import type { ReactNode } from 'react';
import { Container } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../../generated/graphql';
import { ErrorAlert } from '../../../platform/errors';
import { PageLoader } from '../../../platform/components/Page';
import { signInPath } from '../../../platform/next';
import { useViewer } from '../hooks/useViewer';

/**
 * Shows its children to signed-in users (with one of `roles`, when given); sends visitors to sign in
 * and back here afterwards. The server checks again: this only spares people a useless page.
 */
export function RequireAuth({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const { viewer, loading, error } = useViewer();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (error) {
    return (
      <Container size="md" py="xl">
        <ErrorAlert error={error} />
      </Container>
    );
  }
  if (!viewer) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (roles && !roles.includes(viewer.role)) {
    return (
      <Container size="md" py="xl">
        <ErrorAlert kind="FORBIDDEN" />
      </Container>
    );
  }
  return <>{children}</>;
}
