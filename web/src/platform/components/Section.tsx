import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled white card grouping one part of a page. */
export function Section({
  title,
  description,
  children,
  headingOrder = 2,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  headingOrder?: 2 | 3;
}) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section">
      <Stack gap="md">
        <div>
          <Title order={headingOrder} fz={headingOrder === 2 ? 20 : 17}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="gray.7" mt={4}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
