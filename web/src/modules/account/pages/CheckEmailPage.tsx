import { Alert, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconMailCheck, IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { safeNext } from '../../../platform/next';
import { useSite } from '../../../platform/site';
import { AuthCard } from '../components/AuthCard';
import type { CheckEmailState } from './RegisterPage';

/** After registering: tells the person to open the verification e-mail. */
export function CheckEmailPage() {
  const { t } = useTranslation();
  const { site } = useSite();
  const state = (useLocation().state ?? {}) as CheckEmailState;
  const next = safeNext(state.next);
  const mailboxPath = state.email ? `/dev/mailbox?to=${encodeURIComponent(state.email)}` : '/dev/mailbox';

  return (
    <AuthCard title={t('account.checkEmail.title')}>
      <Stack gap="md">
        <Group wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
            <IconMailCheck size={26} />
          </ThemeIcon>
          <Text>
            {state.email
              ? t('account.checkEmail.text', { email: state.email })
              : t('account.checkEmail.textNoEmail')}
          </Text>
        </Group>
        {site?.devMailboxEnabled && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconTool aria-hidden />}
            title={t('account.checkEmail.devMailboxTitle')}
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('account.checkEmail.devMailboxText')}</Text>
              <Button component={Link} to={mailboxPath} variant="filled" size="sm">
                {t('account.checkEmail.openDevMailbox')}
              </Button>
            </Stack>
          </Alert>
        )}
        <Text size="sm" c="gray.7">
          {t('account.checkEmail.notReceived')}
        </Text>
        <Group>
          {next ? (
            <Button component={Link} to={next} variant="light">
              {t('account.checkEmail.continue')}
            </Button>
          ) : (
            <Button component={Link} to="/account" variant="light">
              {t('account.checkEmail.toAccount')}
            </Button>
          )}
        </Group>
      </Stack>
    </AuthCard>
  );
}
