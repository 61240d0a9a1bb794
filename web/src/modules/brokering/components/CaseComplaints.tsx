import { useMutation } from '@apollo/client';
import type { TFunction } from 'i18next';
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { CasePage_CaseFragment } from '../../../generated/graphql';
import { Section } from '../../../platform/components/Section';
import { useNotifyError } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { applyPayloadErrors, CharCount, FormAlert } from '../../../platform/forms';
import { LIMITS } from '../model';
import { ClockBadge } from './BrokeringBadges';

const FileComplaintMutation = graphql(`
  mutation CaseComplaints_fileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      complaint {
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

const AnswerComplaintMutation = graphql(`
  mutation CaseComplaints_answerComplaint($input: AnswerComplaintInput!) {
    answerComplaint(input: $input) {
      complaint {
        id
        answer
        answeredAt
        clock
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Complaint = CasePage_CaseFragment['complaints'][number];

const textRule = (t: TFunction) => (value: string) =>
  !value.trim()
    ? t('validation.required')
    : value.trim().length > LIMITS.complaint
      ? t('validation.maxLength', { max: LIMITS.complaint })
      : null;

/**
 * Complaints about the case: each is a record with its own deadline, answered by a broker. Parties file
 * them here; brokers answer them here.
 */
export function CaseComplaints({ kase }: { kase: CasePage_CaseFragment }) {
  const { t } = useTranslation();
  return (
    <Section title={t('brokering.complaints.title')} description={t('brokering.complaints.description')}>
      {kase.complaints.length > 0 && (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {kase.complaints.map((complaint) => (
            <ComplaintItem key={complaint.id} complaint={complaint} canAnswer={kase.viewerIsBroker} />
          ))}
        </Stack>
      )}
      {!kase.viewerIsBroker && <ComplaintForm caseId={kase.id} />}
      {kase.viewerIsBroker && kase.complaints.length === 0 && (
        <Text size="sm" c="gray.7">
          {t('brokering.complaints.none')}
        </Text>
      )}
    </Section>
  );
}

function ComplaintItem({ complaint, canAnswer }: { complaint: Complaint; canAnswer: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const answered = !!complaint.answeredAt;
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Text size="xs" c="gray.7">
            {t('brokering.complaints.filed', {
              organization: complaint.organization.name,
              date: formatDate(complaint.createdAt),
            })}
          </Text>
          <ClockBadge clock={complaint.clock} closed={answered} size="sm" />
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
          {complaint.text}
        </Text>
        {answered ? (
          <Paper bg="gray.0" p="xs" radius="sm">
            <Text size="xs" fw={700} c="gray.8">
              {t('brokering.complaints.answeredOn', { date: formatDate(complaint.answeredAt) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {complaint.answer}
            </Text>
          </Paper>
        ) : (
          <Text size="xs" c="gray.8">
            {t('brokering.complaints.dueOn', { date: formatDate(complaint.dueAt) })}
          </Text>
        )}
        {canAnswer && !answered && <AnswerForm complaintId={complaint.id} />}
      </Stack>
    </Paper>
  );
}

function ComplaintForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [file, { loading }] = useMutation(FileComplaintMutation, { refetchQueries: ['CasePage_case'] });
  const form = useForm({ initialValues: { text: '' }, validate: { text: textRule(t) } });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await file({ variables: { input: { caseId, text: values.text.trim() } } });
      const payload = data?.fileComplaint;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setFormError(applyPayloadErrors(form, payload.errors));
        return;
      }
      notifications.show({ color: 'green', message: t('brokering.complaints.sent') });
      form.reset();
    } catch (error) {
      notifyError(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormAlert message={formError} />
        <Textarea
          label={t('brokering.complaints.label')}
          autosize
          minRows={2}
          maxRows={8}
          description={<CharCount value={form.values.text} max={LIMITS.complaint} />}
          {...form.getInputProps('text')}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={loading}>
            {t('brokering.complaints.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AnswerForm({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [answer, { loading }] = useMutation(AnswerComplaintMutation);
  const form = useForm({ initialValues: { answer: '' }, validate: { answer: textRule(t) } });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await answer({ variables: { input: { complaintId, answer: values.answer.trim() } } });
      const payload = data?.answerComplaint;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setFormError(applyPayloadErrors(form, payload.errors));
        return;
      }
      notifications.show({ color: 'green', message: t('brokering.complaints.answered') });
    } catch (error) {
      notifyError(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormAlert message={formError} />
        <Textarea
          label={t('brokering.complaints.answerLabel')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('answer')}
        />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={loading}>
            {t('brokering.complaints.answer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
