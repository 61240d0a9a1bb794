import { useMutation } from '@apollo/client';
import { Button, Group, Paper, Stack, Switch, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { CasePage_CaseFragment } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, FormAlert } from '../../../platform/forms';
import { LIMITS } from '../model';

const AddCaseMessageMutation = graphql(`
  mutation CaseMessageForm_addCaseMessage($input: AddCaseMessageInput!) {
    addCaseMessage(input: $input) {
      case {
        ...CasePage_case
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** A message to the case's people; brokers may instead write an internal note, which parties never see. */
export function CaseMessageForm({ kase }: { kase: CasePage_CaseFragment }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [addMessage, { loading }] = useMutation(AddCaseMessageMutation);
  const form = useForm({
    initialValues: { text: '', internal: false },
    validate: {
      text: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > LIMITS.message
            ? t('validation.maxLength', { max: LIMITS.message })
            : null,
    },
  });
  const internal = kase.viewerIsBroker && form.values.internal;

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await addMessage({
        variables: { input: { caseId: kase.id, text: values.text.trim(), internal: internal || undefined } },
      });
      const payload = data?.addCaseMessage;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setFormError(applyPayloadErrors(form, payload.errors));
        return;
      }
      notifications.show({
        color: 'green',
        message: internal ? t('brokering.message.noteSaved') : t('brokering.message.sent'),
      });
      form.setFieldValue('text', '');
    } catch (error) {
      notifyError(error);
    }
  });

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="case-message-title"
      bg={internal ? 'yellow.0' : undefined}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz={18} id="case-message-title">
            {internal ? t('brokering.message.noteTitle') : t('brokering.message.title')}
          </Title>
          <FormAlert message={formError} />
          <Textarea
            label={internal ? t('brokering.message.noteLabel') : t('brokering.message.label')}
            autosize
            minRows={3}
            maxRows={12}
            description={
              <>
                {internal ? t('brokering.message.noteHint') : t('brokering.message.hint')}{' '}
                <CharCount value={form.values.text} max={LIMITS.message} />
              </>
            }
            {...form.getInputProps('text')}
          />
          <Group justify="space-between">
            {kase.viewerIsBroker ? (
              <Switch
                label={t('brokering.message.internal')}
                color="yellow.8"
                {...form.getInputProps('internal', { type: 'checkbox' })}
              />
            ) : (
              <span />
            )}
            <Button type="submit" loading={loading} leftSection={<IconSend size={16} aria-hidden />}>
              {internal ? t('brokering.message.saveNote') : t('brokering.message.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
