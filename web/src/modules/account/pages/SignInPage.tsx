import { useApolloClient, useMutation } from '@apollo/client';
import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { graphql } from '../../../generated';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, focusFirstError, FormAlert } from '../../../platform/forms';
import { safeNext, withNext } from '../../../platform/next';
import { emailField } from '../../../platform/validation';
import { AuthCard } from '../components/AuthCard';
import { PasswordField } from '../components/PasswordField';

const SignInMutation = graphql(`
  mutation SignInPage_signIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        displayName
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const notifyError = useNotifyError();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [formError, setFormError] = useState<string | null>(null);

  const schema = useMemo(
    () =>
      z.object({ email: emailField(t), password: z.string().min(1, { error: t('validation.required') }) }),
    [t],
  );
  const form = useForm({ initialValues: { email: '', password: '' }, validate: zod4Resolver(schema) });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        const { data } = await signIn({
          variables: { input: { email: values.email.trim(), password: values.password } },
        });
        const payload = data?.signIn;
        if (!payload) return;
        if (payload.errors.length > 0 || !payload.user) {
          setFormError(applyPayloadErrors(form, payload.errors));
          form.setFieldValue('password', '');
          return;
        }
        await navigate(next ?? '/');
        await client.resetStore();
        notifications.show({
          color: 'brand',
          message: t('account.signIn.welcome', { name: payload.user.displayName }),
        });
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <AuthCard title={t('account.signIn.title')} description={t('account.signIn.description')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <TextInput
            label={t('account.fields.email')}
            type="email"
            autoComplete="username"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('account.fields.password')}
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('account.signIn.forgot')}
            </Anchor>
          </Group>
          <Button type="submit" loading={loading} size="md" fullWidth>
            {t('account.signIn.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('account.signIn.noAccount')}{' '}
            <Anchor component={Link} to={withNext('/register', next)} fw={600}>
              {t('account.signIn.registerLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
