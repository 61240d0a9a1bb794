import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { graphql } from '../../../generated';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, focusFirstError, FormAlert } from '../../../platform/forms';
import { PASSWORD_MIN_LENGTH, passwordField } from '../../../platform/validation';
import { AuthCard } from '../components/AuthCard';
import { PasswordField } from '../components/PasswordField';

const ResetPasswordMutation = graphql(`
  mutation ResetPasswordPage_resetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      reset
      errors {
        field
        code
        message
      }
    }
  }
`);

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useApolloClient();
  const notifyError = useNotifyError();
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const schema = useMemo(() => z.object({ newPassword: passwordField(t) }), [t]);
  const form = useForm({ initialValues: { newPassword: '' }, validate: zod4Resolver(schema) });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        const { data } = await resetPassword({
          variables: { input: { token, newPassword: values.newPassword } },
        });
        const payload = data?.resetPassword;
        if (!payload) return;
        if (payload.errors.length > 0 || !payload.reset) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        setDone(true);
        // Every session of the user was revoked, this browser's included.
        await client.resetStore();
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  if (!token) {
    return (
      <AuthCard title={t('account.reset.title')}>
        <Stack gap="md" align="flex-start">
          <FormAlert message={t('account.reset.missingToken')} />
          <Button component={Link} to="/forgot-password" variant="light">
            {t('account.reset.requestNew')}
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t('account.reset.title')}
      description={done ? undefined : t('account.reset.description')}
    >
      {done ? (
        <Stack gap="md" align="flex-start">
          <Alert
            color="green"
            variant="light"
            icon={<IconCircleCheck aria-hidden />}
            title={t('account.reset.doneTitle')}
            role="status"
          >
            {t('account.reset.done')}
          </Alert>
          <Button component={Link} to="/sign-in">
            {t('account.reset.signIn')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormAlert message={formError} />
            {formError && (
              <Button
                component={Link}
                to="/forgot-password"
                variant="subtle"
                size="compact-sm"
                w="fit-content"
              >
                {t('account.reset.requestNew')}
              </Button>
            )}
            <PasswordField
              label={t('account.fields.newPassword')}
              autoComplete="new-password"
              description={t('account.fields.passwordRule', { min: PASSWORD_MIN_LENGTH })}
              {...form.getInputProps('newPassword')}
            />
            <Button type="submit" loading={loading} size="md" fullWidth>
              {t('account.reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
