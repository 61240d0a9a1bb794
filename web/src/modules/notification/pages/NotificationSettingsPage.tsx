import { useMutation, useQuery } from '@apollo/client';
import { Anchor, Paper, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { NotificationSettingsPage_UpdateNotificationSettingsMutation } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert, useNotifyError } from '../../../platform/errors';
import { RequireAuth } from '../../account/components/RequireAuth';
import { NOTIFICATIONS_PATH } from '../model';

const SettingsQuery = graphql(`
  query NotificationSettingsPage_settings {
    notificationSettings {
      kind
      label
      email
    }
  }
`);

const UpdateSettingsMutation = graphql(`
  mutation NotificationSettingsPage_updateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      settings {
        kind
        label
        email
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function NotificationSettingsPage() {
  return (
    <RequireAuth>
      <NotificationSettingsContent />
    </RequireAuth>
  );
}

/**
 * Which kinds of event also come by e-mail (in-app notifications always arrive). Each switch saves at once.
 */
function NotificationSettingsContent() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const { data, loading, error } = useQuery(SettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateSettingsMutation, {
    update(cache, { data: result }) {
      const settings = result?.updateNotificationSettings.settings;
      if (settings) cache.writeQuery({ query: SettingsQuery, data: { notificationSettings: settings } });
    },
  });

  const toggle = async (kind: string, email: boolean) => {
    const current = data?.notificationSettings ?? [];
    try {
      const { data: result } = await update({
        variables: { input: { settings: [{ kind, email }] } },
        optimisticResponse: {
          updateNotificationSettings: {
            __typename: 'UpdateNotificationSettingsPayload',
            settings: current.map((item) => (item.kind === kind ? { ...item, email } : item)),
            errors: [],
          },
        } as NotificationSettingsPage_UpdateNotificationSettingsMutation,
      });
      const payload = result?.updateNotificationSettings;
      if (payload && payload.errors.length > 0) {
        notifications.show({ color: 'red', message: payload.errors.map((e) => e.message).join(' ') });
      } else {
        notifications.show({ color: 'green', message: t('notification.settings.saved') });
      }
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Page title={t('notification.settings.title')} description={t('notification.settings.description')}>
      <Text size="sm">
        <Anchor component={Link} to={NOTIFICATIONS_PATH} fw={600}>
          {t('notification.settings.inboxLink')}
        </Anchor>
      </Text>
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !data ? (
        <PageLoader />
      ) : (
        <Paper
          withBorder
          radius="md"
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="email-settings"
        >
          <Stack gap="md">
            <Text fw={700} id="email-settings">
              {t('notification.settings.emailHeading')}
            </Text>
            {(data?.notificationSettings ?? []).map((item) => (
              <Switch
                key={item.kind}
                label={item.label}
                checked={item.email}
                onChange={(event) => void toggle(item.kind, event.currentTarget.checked)}
                size="md"
              />
            ))}
          </Stack>
        </Paper>
      )}
    </Page>
  );
}
