import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { Page } from '../../../platform/components/Page';

/** The narrow, centred frame of the sign-in, registration and password pages. */
export function AuthCard({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Page title={title} description={description} size={560}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} shadow="xs">
        {children}
      </Paper>
    </Page>
  );
}
