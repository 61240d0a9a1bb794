import { useMutation } from '@apollo/client';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphql } from '../../../generated';
import type { Language } from '../../../generated/graphql';
import { Section } from '../../../platform/components/Section';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, focusFirstError, FormAlert } from '../../../platform/forms';
import { changeLanguage, currentLanguage } from '../../../platform/i18n';
import { requiredText } from '../../../platform/validation';
import type { Viewer } from '../hooks/useViewer';
import { LanguageRadios } from './LanguageRadios';

const UpdateProfileMutation = graphql(`
  mutation ProfileForm_updateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      user {
        id
        displayName
        language
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

export function ProfileForm({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [updateProfile, { loading }] = useMutation(UpdateProfileMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () => z.object({ displayName: requiredText(t, DISPLAY_NAME_MAX), language: z.enum(['VI', 'EN']) }),
    [t],
  );
  const form = useForm({
    initialValues: { displayName: viewer.displayName, language: viewer.language as Language },
    validate: zod4Resolver(schema),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        const { data } = await updateProfile({
          variables: { input: { displayName: values.displayName.trim(), language: values.language } },
        });
        const payload = data?.updateProfile;
        if (!payload) return;
        if (payload.errors.length > 0) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        form.resetDirty();
        // The interface follows the language the person just chose for themselves.
        if (values.language.toLowerCase() !== currentLanguage()) {
          await changeLanguage(values.language.toLowerCase());
        }
        notifications.show({ color: 'green', message: t('account.account.profile.saved') });
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <Section title={t('account.account.profile.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <TextInput
            label={t('account.fields.displayName')}
            autoComplete="name"
            withAsterisk
            description={<CharCount value={form.values.displayName} max={DISPLAY_NAME_MAX} />}
            {...form.getInputProps('displayName')}
          />
          <LanguageRadios {...form.getInputProps('language')} />
          <Text size="sm">
            {t('account.account.profile.role')}: <strong>{t(`enums.role.${viewer.role}`)}</strong>
          </Text>
          <Group>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
