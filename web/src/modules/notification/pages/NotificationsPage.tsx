import { useMutation, useQuery } from '@apollo/client';
import {
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconBell, IconChecks, IconSettings, IconBookmarks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { NotificationsPage_NotificationsQuery } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert, useNotifyError } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { useKeptData } from '../../../platform/useKeptData';
import { RequireAuth } from '../../account/components/RequireAuth';
import { NOTIFICATION_SETTINGS_PATH, SAVED_SEARCHES_PATH } from '../model';

const NotificationsQuery = graphql(`
  query NotificationsPage_notifications($first: Int!, $unreadOnly: Boolean) {
    unreadNotificationCount
    notifications(first: $first, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          kind
          title
          body
          link
          readAt
          createdAt
        }
      }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation NotificationsPage_markNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
    }
  }
`);

type Notification = NotificationsPage_NotificationsQuery['notifications']['edges'][number]['node'];

const PAGE_SIZE = 20;

export function NotificationsPage() {
  return (
    <RequireAuth>
      <NotificationsContent />
    </RequireAuth>
  );
}

/** "Thông báo": the in-app inbox, newest first; unread ones stand out and can be marked read. */
function NotificationsContent() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('loc') === 'chua-doc';
  const first = Math.min(100, Math.max(PAGE_SIZE, Number(params.get('so')) || PAGE_SIZE));
  const {
    data: current,
    error,
    loading,
  } = useQuery(NotificationsQuery, {
    variables: { first, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const data = useKeptData(current, String(unreadOnly));
  const [markRead, markState] = useMutation(MarkReadMutation);

  const markIds = async (ids: string[]) => {
    const now = new Date().toISOString();
    try {
      await markRead({
        variables: { input: { ids } },
        update(cache, { data: result }) {
          for (const id of ids) {
            cache.modify({
              id: cache.identify({ __typename: 'Notification', id }),
              fields: { readAt: (value: string | null) => value ?? now },
            });
          }
          if (result) {
            cache.modify({
              fields: { unreadNotificationCount: () => result.markNotificationsRead.unreadCount },
            });
          }
        },
      });
    } catch (err) {
      notifyError(err);
    }
  };

  const markAll = async () => {
    try {
      await markRead({
        variables: { input: { all: true } },
        refetchQueries: ['NotificationsPage_notifications', 'NotificationBell_unreadCount'],
        awaitRefetchQueries: true,
      });
    } catch (err) {
      notifyError(err);
    }
  };

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    if (key !== 'so') next.delete('so');
    setParams(next);
  };

  const notifications = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const unread = data?.unreadNotificationCount ?? 0;

  return (
    <Page
      title={t('notification.inbox.title')}
      description={t('notification.inbox.description')}
      actions={
        <Group gap="xs">
          <Button
            component={Link}
            to={SAVED_SEARCHES_PATH}
            variant="default"
            leftSection={<IconBookmarks size={18} aria-hidden />}
          >
            {t('notification.inbox.savedSearches')}
          </Button>
          <Button
            component={Link}
            to={NOTIFICATION_SETTINGS_PATH}
            variant="default"
            leftSection={<IconSettings size={18} aria-hidden />}
          >
            {t('notification.inbox.settings')}
          </Button>
        </Group>
      }
    >
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('notification.inbox.filter')}
          value={unreadOnly ? 'chua-doc' : 'tat-ca'}
          onChange={(value) => set('loc', value === 'chua-doc' ? value : null)}
          data={[
            { value: 'tat-ca', label: t('notification.inbox.all') },
            { value: 'chua-doc', label: t('notification.inbox.unreadOnly', { count: unread }) },
          ]}
        />
        <Button
          variant="light"
          leftSection={<IconChecks size={18} aria-hidden />}
          disabled={unread === 0}
          loading={markState.loading}
          onClick={() => void markAll()}
        >
          {t('notification.inbox.markAll')}
        </Button>
      </Group>
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : !data ? (
        <PageLoader />
      ) : notifications.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" ta="center" gap="sm">
            <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
              <IconBell size={30} />
            </ThemeIcon>
            <Title order={2} fz={20}>
              {unreadOnly ? t('notification.inbox.emptyUnread') : t('notification.inbox.empty')}
            </Title>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm">
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {notifications.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                onRead={() => void markIds([notification.id])}
              />
            ))}
          </Stack>
          {data.notifications.pageInfo.hasNextPage && first < 100 && (
            <Group justify="center">
              <Button variant="light" loading={loading} onClick={() => set('so', String(first + PAGE_SIZE))}>
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Page>
  );
}

function NotificationItem({ notification, onRead }: { notification: Notification; onRead: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const unread = !notification.readAt;
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      style={unread ? { borderLeft: '4px solid var(--mantine-color-brand-8)' } : undefined}
      bg={unread ? 'brand.0' : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Box style={{ minWidth: 0 }}>
          {unread && <VisuallyHidden>{t('notification.inbox.unreadMark')}</VisuallyHidden>}
          {notification.link ? (
            <Anchor
              component={Link}
              to={notification.link}
              fw={unread ? 800 : 600}
              onClick={unread ? onRead : undefined}
            >
              {notification.title}
            </Anchor>
          ) : (
            <Text fw={unread ? 800 : 600}>{notification.title}</Text>
          )}
          {notification.body && (
            <Text size="sm" c="gray.8" style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
              {notification.body}
            </Text>
          )}
          <Text size="xs" c="gray.7" mt={4}>
            <time dateTime={notification.createdAt}>{formatDate(notification.createdAt, true)}</time>
          </Text>
        </Box>
        {unread && (
          <Button
            size="xs"
            variant="subtle"
            onClick={onRead}
            aria-label={t('notification.inbox.markOneLabel', { title: notification.title })}
            style={{ flexShrink: 0 }}
          >
            {t('notification.inbox.markOne')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
