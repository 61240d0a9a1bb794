import { useMutation } from '@apollo/client';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphql } from '../../../generated';
import { Section } from '../../../platform/components/Section';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, focusFirstError, FormAlert } from '../../../platform/forms';
import { PASSWORD_MIN_LENGTH, passwordField } from '../../../platform/validation';
import { PasswordField } from './PasswordField';

const ChangePasswordMutation = graphql(`
  mutation ChangePasswordForm_changePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z.object({
        currentPassword: z.string().min(1, { error: t('validation.required') }),
        newPassword: passwordField(t),
      }),
    [t],
  );
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: zod4Resolver(schema),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        const { data } = await changePassword({ variables: { input: values } });
        const payload = data?.changePassword;
        if (!payload) return;
        if (payload.errors.length > 0) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        form.reset();
        notifications.show({ color: 'green', message: t('account.account.password.changed') });
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <Section
      title={t('account.account.password.title')}
      description={t('account.account.password.description')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <PasswordField
            label={t('account.fields.currentPassword')}
            autoComplete="current-password"
            {...form.getInputProps('currentPassword')}
          />
          <PasswordField
            label={t('account.fields.newPassword')}
            autoComplete="new-password"
            description={t('account.fields.passwordRule', { min: PASSWORD_MIN_LENGTH })}
            {...form.getInputProps('newPassword')}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('account.account.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
