import { Button } from '@mantine/core';
import { IconBookmarkPlus } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { SearchWhere } from '../../../generated/graphql';
import { signInPath } from '../../../platform/next';
import { useViewer } from '../../account/hooks/useViewer';

const SaveSearchDialog = lazy(async () => ({
  default: (await import('./SaveSearchDialog')).SaveSearchDialog,
}));

/**
 * "Lưu tìm kiếm" for the search page: saves the current words and filters under a name, with alerts (in-app
 * and e-mail) when a new listing matches. Visitors are sent to sign in first, and come back here.
 */
export function SaveSearchButton({ query, where }: { query: string; where?: SearchWhere | null }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const [opened, setOpened] = useState(false);
  // The dialog's code is fetched when it is first opened; it stays mounted to animate closing.
  const [wanted, setWanted] = useState(false);
  if (opened && !wanted) setWanted(true);
  if (!viewer) {
    return (
      <Button
        component={Link}
        to={signInPath(location.pathname + location.search)}
        variant="default"
        leftSection={<IconBookmarkPlus size={18} aria-hidden />}
      >
        {t('notification.saveSearch.button')}
      </Button>
    );
  }
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconBookmarkPlus size={18} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('notification.saveSearch.button')}
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <SaveSearchDialog opened={opened} onClose={() => setOpened(false)} query={query} where={where} />
        </Suspense>
      )}
    </>
  );
}
