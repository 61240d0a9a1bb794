import { useMutation } from '@apollo/client';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { Section } from '../../../platform/components/Section';
import { useNotifyError } from '../../../platform/errors';
import { FormAlert } from '../../../platform/forms';
import type { Viewer } from '../hooks/useViewer';

const ResendMutation = graphql(`
  mutation EmailSection_resendVerificationEmail($input: ResendVerificationEmailInput!) {
    resendVerificationEmail(input: $input) {
      sent
      errors {
        field
        code
        message
      }
    }
  }
`);

export function EmailSection({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [resend, { loading }] = useMutation(ResendMutation);
  const [error, setError] = useState<string | null>(null);

  const onResend = async () => {
    setError(null);
    try {
      const { data } = await resend({ variables: { input: {} } });
      const payload = data?.resendVerificationEmail;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setError(payload.errors.map((e) => e.message).join(' '));
        return;
      }
      notifications.show({
        color: 'green',
        message: t('account.account.email.resent', { email: viewer.email ?? '' }),
      });
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Section title={t('account.account.email.title')}>
      <Stack gap="sm">
        <Group gap="sm">
          <Text fw={600}>{viewer.email}</Text>
          {viewer.emailVerified ? (
            <Badge color="#1b6e35" leftSection={<IconCircleCheck size={14} aria-hidden />}>
              {t('account.account.email.verified')}
            </Badge>
          ) : (
            <Badge color="#9a4a00" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
              {t('account.account.email.unverified')}
            </Badge>
          )}
        </Group>
        {!viewer.emailVerified && (
          <>
            <Text size="sm" c="gray.7">
              {t('account.account.email.unverifiedText')}
            </Text>
            <FormAlert message={error} />
            <Group>
              <Button variant="light" onClick={onResend} loading={loading}>
                {t('account.account.email.resend')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Section>
  );
}
