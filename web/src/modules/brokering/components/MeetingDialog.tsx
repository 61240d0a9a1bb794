import { useMutation } from '@apollo/client';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, FormAlert } from '../../../platform/forms';
import { LIMITS } from '../model';

const AddCaseMeetingMutation = graphql(`
  mutation MeetingDialog_addCaseMeeting($input: AddCaseMeetingInput!) {
    addCaseMeeting(input: $input) {
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

type Values = { at: string | null; place: string; note: string };

/** Records a meeting of the parties (when and where, with an agenda or minutes); the parties are told. */
export function MeetingDialog({
  opened,
  onClose,
  caseId,
}: {
  opened: boolean;
  onClose: () => void;
  caseId: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('brokering.meeting.title')} centered>
      <MeetingForm onClose={onClose} caseId={caseId} />
    </Modal>
  );
}

function MeetingForm({ onClose, caseId }: { onClose: () => void; caseId: string }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [addMeeting, { loading }] = useMutation(AddCaseMeetingMutation);
  const form = useForm<Values>({
    initialValues: { at: null, place: '', note: '' },
    validate: {
      at: (value) => (value ? null : t('brokering.meeting.atRequired')),
      place: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > LIMITS.meetingPlace
            ? t('validation.maxLength', { max: LIMITS.meetingPlace })
            : null,
      note: (value) =>
        value.trim().length > LIMITS.meetingNote
          ? t('validation.maxLength', { max: LIMITS.meetingNote })
          : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await addMeeting({
        variables: {
          input: {
            caseId,
            // The picker gives the local wall-clock time ("2026-11-25 09:30:00").
            at: dayjs(values.at).toISOString(),
            place: values.place.trim(),
            note: values.note.trim() || null,
          },
        },
      });
      const payload = data?.addCaseMeeting;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setFormError(applyPayloadErrors(form, payload.errors));
        return;
      }
      notifications.show({ color: 'green', message: t('brokering.meeting.done') });
      onClose();
    } catch (error) {
      notifyError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <DateTimePicker
          label={t('brokering.meeting.at')}
          placeholder={t('brokering.meeting.atPlaceholder')}
          withAsterisk
          valueFormat="DD/MM/YYYY HH:mm"
          leftSection={<IconCalendarEvent size={18} aria-hidden />}
          clearable
          {...form.getInputProps('at')}
        />
        <TextInput
          label={t('brokering.meeting.place')}
          withAsterisk
          description={<CharCount value={form.values.place} max={LIMITS.meetingPlace} />}
          {...form.getInputProps('place')}
        />
        <Textarea
          label={t('brokering.meeting.note')}
          autosize
          minRows={3}
          maxRows={10}
          description={<CharCount value={form.values.note} max={LIMITS.meetingNote} />}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('brokering.meeting.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
