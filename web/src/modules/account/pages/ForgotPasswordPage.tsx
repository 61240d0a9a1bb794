import { useMutation } from '@apollo/client';
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailForward } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { graphql } from '../../../generated';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, focusFirstError, FormAlert } from '../../../platform/forms';
import { emailField } from '../../../platform/validation';
import { AuthCard } from '../components/AuthCard';

const RequestResetMutation = graphql(`
  mutation ForgotPasswordPage_requestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      requested
      errors {
        field
        code
        message
      }
    }
  }
`);

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [requestReset, { loading }] = useMutation(RequestResetMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  const schema = useMemo(() => z.object({ email: emailField(t) }), [t]);
  const form = useForm({ initialValues: { email: '' }, validate: zod4Resolver(schema) });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        const { data } = await requestReset({ variables: { input: { email: values.email.trim() } } });
        const payload = data?.requestPasswordReset;
        if (!payload) return;
        if (payload.errors.length > 0) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        setSent(true);
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <AuthCard title={t('account.forgot.title')} description={t('account.forgot.description')}>
      {sent ? (
        <Stack gap="md">
          <Alert
            color="brand"
            variant="light"
            icon={<IconMailForward aria-hidden />}
            title={t('account.forgot.sentTitle')}
            role="status"
          >
            {t('account.forgot.sent')}
          </Alert>
          <Anchor component={Link} to="/sign-in" fw={600}>
            {t('account.forgot.backToSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormAlert message={formError} />
            <TextInput
              label={t('account.fields.email')}
              type="email"
              autoComplete="email"
              withAsterisk
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={loading} size="md" fullWidth>
              {t('account.forgot.submit')}
            </Button>
            <Anchor component={Link} to="/sign-in" size="sm" ta="center">
              {t('account.forgot.backToSignIn')}
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
