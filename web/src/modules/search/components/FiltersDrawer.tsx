import { Button, Drawer, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The filters on phones and tablets, in a drawer from the bottom. Its own chunk: the search page loads
 * it the first time "Bộ lọc" is pressed, not before the first result.
 */
export function FiltersDrawer({
  opened,
  onClose,
  degraded,
  totalCount,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  /** Search answers from PostgreSQL meanwhile: no facets. */
  degraded: boolean;
  totalCount: number;
  /** The facet filters. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={t('search.filters')}
      position="bottom"
      size="85%"
      hiddenFrom="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        {degraded ? (
          <Text size="sm" c="gray.7">
            {t('search.facets.degraded')}
          </Text>
        ) : (
          children
        )}
        <Button onClick={onClose}>{t('search.showResults', { count: totalCount })}</Button>
      </Stack>
    </Drawer>
  );
}
