import { useApolloClient, useMutation } from '@apollo/client';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { graphql } from '../../../generated';
import type { Language } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, focusFirstError, FormAlert } from '../../../platform/forms';
import { changeLanguage, currentLanguage } from '../../../platform/i18n';
import { safeNext, withNext } from '../../../platform/next';
import { emailField, PASSWORD_MIN_LENGTH, passwordField, requiredText } from '../../../platform/validation';
import { AuthCard } from '../components/AuthCard';
import { LanguageRadios } from '../components/LanguageRadios';
import { PasswordField } from '../components/PasswordField';

const RegisterMutation = graphql(`
  mutation RegisterPage_register($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
        email
        displayName
        language
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

const DISPLAY_NAME_MAX = 120;

export interface CheckEmailState {
  email?: string;
  next?: string | null;
}

export function RegisterPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const notifyError = useNotifyError();
  const [register, { loading }] = useMutation(RegisterMutation);
  const [formError, setFormError] = useState<string | null>(null);

  const schema = useMemo(
    () =>
      z.object({
        email: emailField(t),
        password: passwordField(t),
        displayName: requiredText(t, DISPLAY_NAME_MAX),
        language: z.enum(['VI', 'EN']),
      }),
    [t],
  );
  const form = useForm({
    initialValues: {
      email: params.get('email') ?? '',
      password: '',
      displayName: '',
      language: (currentLanguage() === 'en' ? 'EN' : 'VI') as Language,
    },
    validate: zod4Resolver(schema),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        const { data } = await register({
          variables: {
            input: {
              email: values.email.trim(),
              password: values.password,
              displayName: values.displayName.trim(),
              language: values.language,
            },
          },
        });
        const payload = data?.register;
        if (!payload) return;
        if (payload.errors.length > 0 || !payload.user) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        if (values.language.toLowerCase() !== currentLanguage()) {
          await changeLanguage(values.language.toLowerCase());
        }
        const state: CheckEmailState = { email: payload.user.email ?? values.email.trim(), next };
        await navigate('/register/check-email', { state });
        await client.resetStore();
        notifications.show({
          color: 'brand',
          message: t('account.register.welcome', { name: payload.user.displayName }),
        });
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <AuthCard title={t('account.register.title')} description={t('account.register.description')}>
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
          <PasswordField
            label={t('account.fields.password')}
            autoComplete="new-password"
            description={t('account.fields.passwordRule', { min: PASSWORD_MIN_LENGTH })}
            {...form.getInputProps('password')}
          />
          <TextInput
            label={t('account.fields.displayName')}
            autoComplete="name"
            withAsterisk
            description={
              <>
                {t('account.fields.displayNameHint')}{' '}
                <CharCount value={form.values.displayName} max={DISPLAY_NAME_MAX} />
              </>
            }
            {...form.getInputProps('displayName')}
          />
          <LanguageRadios {...form.getInputProps('language')} />
          <Button type="submit" loading={loading} size="md" fullWidth>
            {t('account.register.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('account.register.haveAccount')}{' '}
            <Anchor component={Link} to={withNext('/sign-in', next)} fw={600}>
              {t('account.register.signInLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
