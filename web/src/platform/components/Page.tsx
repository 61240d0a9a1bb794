import type { ContainerProps } from '@mantine/core';
import { Box, Center, Container, Group, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../site';

interface PageProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  size?: ContainerProps['size'];
  children?: ReactNode;
}

/** A page's frame: one `h1`, an optional lead paragraph and actions, and the document title. */
export function Page({ title, description, actions, size = 'md', children }: PageProps) {
  usePageTitle(title);
  return (
    <Container size={size} py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end" gap="md">
          <Box style={{ flex: '1 1 420px', minWidth: 0 }}>
            <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.25}>
              {title}
            </Title>
            {typeof description === 'string' ? (
              <Text c="gray.7" mt={6} size="md" maw={760}>
                {description}
              </Text>
            ) : (
              description && <Box mt={8}>{description}</Box>
            )}
          </Box>
          {actions}
        </Group>
        {children}
      </Stack>
    </Container>
  );
}

/** A centred spinner that screen readers announce as "loading". */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Loader size="md" aria-hidden />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
