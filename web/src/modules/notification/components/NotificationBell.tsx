import { useQuery } from '@apollo/client';
import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { graphql } from '../../../generated';
import { NOTIFICATIONS_PATH, UNREAD_POLL_MS } from '../model';

export const UnreadCountQuery = graphql(`
  query NotificationBell_unreadCount {
    unreadNotificationCount
  }
`);

/** The header's bell: unread notifications at a glance (asked every 30 s), a link to the inbox. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { data } = useQuery(UnreadCountQuery, {
    pollInterval: UNREAD_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const count = data?.unreadNotificationCount ?? 0;
  const label = count > 0 ? t('notification.bell.unread', { count }) : t('notification.bell.label');
  return (
    <Tooltip label={label} withinPortal>
      <Indicator
        label={<span aria-hidden>{count > 99 ? '99+' : count}</span>}
        size={18}
        offset={6}
        color="red.9"
        disabled={count === 0}
        inline
        styles={{ indicator: { fontWeight: 700, fontSize: 11 } }}
      >
        <ActionIcon
          component={Link}
          to={NOTIFICATIONS_PATH}
          variant={pathname === NOTIFICATIONS_PATH ? 'light' : 'subtle'}
          color="gray.8"
          size={40}
          radius="xl"
          aria-label={label}
          aria-current={pathname === NOTIFICATIONS_PATH ? 'page' : undefined}
        >
          <IconBell size={22} aria-hidden />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
