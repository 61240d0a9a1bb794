import { useMutation } from '@apollo/client';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, FormAlert } from '../../../platform/forms';
import { LIMITS } from '../model';

const IntroduceMatchMutation = graphql(`
  mutation MatchDecisionDialogs_introduceMatch($input: IntroduceMatchInput!) {
    introduceMatch(input: $input) {
      proposal {
        ...MatchProposalCard_proposal
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const DismissMatchMutation = graphql(`
  mutation MatchDecisionDialogs_dismissMatch($input: DismissMatchInput!) {
    dismissMatch(input: $input) {
      proposal {
        ...MatchProposalCard_proposal
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

interface DialogProps {
  opened: boolean;
  onClose: () => void;
  proposalId: string;
  requestTitle: string;
  offerTitle: string;
}

/** Introduces the two parties: both owners are told, and the request's case is opened or joined. */
export function IntroduceMatchDialog(props: DialogProps & { onIntroduced: (caseId: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('matching.introduce.title')}
      size="lg"
      centered
    >
      <IntroduceForm {...props} />
    </Modal>
  );
}

function IntroduceForm({
  onClose,
  proposalId,
  requestTitle,
  offerTitle,
  onIntroduced,
}: DialogProps & { onIntroduced: (caseId: string | null) => void }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  // The proposal comes back with its new status and case: its card updates in place (and stays in the
  // list until the next visit), so the broker can go straight to the case.
  const [introduce, { loading }] = useMutation(IntroduceMatchMutation);
  const form = useForm({
    initialValues: { note: '' },
    validate: {
      note: (value) =>
        value.trim().length > LIMITS.introduceNote
          ? t('validation.maxLength', { max: LIMITS.introduceNote })
          : null,
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await introduce({
        variables: { input: { proposalId, note: values.note.trim() || null } },
      });
      const payload = data?.introduceMatch;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setFormError(applyPayloadErrors(form, payload.errors));
        return;
      }
      notifications.show({ color: 'green', message: t('matching.introduce.done') });
      onIntroduced(payload.proposal?.caseId ?? null);
      onClose();
    } catch (error) {
      notifyError(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('matching.introduce.intro', { request: requestTitle, offer: offerTitle })}</Text>
        <FormAlert message={formError} />
        <Textarea
          label={t('matching.introduce.note')}
          description={
            <>
              {t('matching.introduce.noteHint')}{' '}
              <CharCount value={form.values.note} max={LIMITS.introduceNote} />
            </>
          }
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('matching.introduce.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Sets a proposal aside, saying why (the reason stays with it). */
export function DismissMatchDialog(props: DialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('matching.dismiss.title')}
      size="lg"
      centered
    >
      <DismissForm {...props} />
    </Modal>
  );
}

function DismissForm({ onClose, proposalId, requestTitle, offerTitle }: DialogProps) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [dismiss, { loading }] = useMutation(DismissMatchMutation);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > LIMITS.dismissReason
            ? t('validation.maxLength', { max: LIMITS.dismissReason })
            : null,
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await dismiss({ variables: { input: { proposalId, reason: values.reason.trim() } } });
      const payload = data?.dismissMatch;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setFormError(applyPayloadErrors(form, payload.errors));
        return;
      }
      notifications.show({ color: 'green', message: t('matching.dismiss.done') });
      onClose();
    } catch (error) {
      notifyError(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('matching.dismiss.intro', { request: requestTitle, offer: offerTitle })}</Text>
        <FormAlert message={formError} />
        <Textarea
          label={t('matching.dismiss.reason')}
          withAsterisk
          description={<CharCount value={form.values.reason} max={LIMITS.dismissReason} />}
          autosize
          minRows={3}
          maxRows={8}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={loading}>
            {t('matching.dismiss.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
