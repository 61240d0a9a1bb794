import { useMutation } from '@apollo/client';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import { errorKind } from '../../../platform/errors';
import { PageLoader } from '../../../platform/components/Page';
import { AuthCard } from '../components/AuthCard';
import { useViewer } from '../hooks/useViewer';

const VerifyEmailMutation = graphql(`
  mutation VerifyEmailPage_verifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      user {
        id
        email
        emailVerified
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Outcome = { status: 'pending' } | { status: 'verified' } | { status: 'failed'; message: string };

/** Opened from the verification e-mail: confirms the address as soon as the page loads. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { viewer } = useViewer();
  const [verifyEmail] = useMutation(VerifyEmailMutation);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'pending' });
  const started = useRef<string | null>(null);

  useEffect(() => {
    if (!token || started.current === token) return;
    started.current = token;
    verifyEmail({ variables: { input: { token } } })
      .then(({ data }) => {
        const payload = data?.verifyEmail;
        if (payload && payload.errors.length === 0) setOutcome({ status: 'verified' });
        else setOutcome({ status: 'failed', message: payload?.errors.map((e) => e.message).join(' ') ?? '' });
      })
      .catch((error: unknown) => setOutcome({ status: 'failed', message: t(`errors.${errorKind(error)}`) }));
  }, [token, verifyEmail, t]);

  if (!token) {
    return (
      <AuthCard title={t('account.verify.title')}>
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle aria-hidden />}
          title={t('account.verify.failedTitle')}
          role="alert"
        >
          {t('account.verify.missingToken')}
        </Alert>
      </AuthCard>
    );
  }

  if (outcome.status === 'pending') {
    return (
      <AuthCard title={t('account.verify.title')}>
        <Stack align="center">
          <Text>{t('account.verify.pending')}</Text>
          <PageLoader />
        </Stack>
      </AuthCard>
    );
  }

  if (outcome.status === 'failed') {
    return (
      <AuthCard title={t('account.verify.title')}>
        <Stack gap="md" align="flex-start">
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle aria-hidden />}
            title={t('account.verify.failedTitle')}
            role="alert"
            w="100%"
          >
            <Text size="sm">{outcome.message}</Text>
            <Text size="sm" mt="xs">
              {t('account.verify.resendHint')}
            </Text>
          </Alert>
          <Button component={Link} to={viewer ? '/account' : '/sign-in?next=%2Faccount'} variant="light">
            {viewer ? t('account.verify.toAccount') : t('account.verify.signIn')}
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('account.verify.title')}>
      <Stack gap="md" align="flex-start">
        <Alert
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={t('account.verify.successTitle')}
          role="status"
          w="100%"
        >
          {t('account.verify.success')}
        </Alert>
        <Group>
          {viewer ? (
            <>
              <Button component={Link} to="/organization">
                {t('account.verify.toOrganization')}
              </Button>
              <Button component={Link} to="/account" variant="light">
                {t('account.verify.toAccount')}
              </Button>
            </>
          ) : (
            <Button component={Link} to="/sign-in">
              {t('account.verify.signIn')}
            </Button>
          )}
        </Group>
      </Stack>
    </AuthCard>
  );
}
