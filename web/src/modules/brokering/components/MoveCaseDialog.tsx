import { useMutation } from '@apollo/client';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { CasePage_CaseFragment, CaseStage } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, FormAlert } from '../../../platform/forms';
import { laterStages, LIMITS } from '../model';

const MoveCaseMutation = graphql(`
  mutation MoveCaseDialog_moveCase($input: MoveCaseInput!) {
    moveCase(input: $input) {
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

/** Moves a case on to the next stage (or a later one), restarting its clock; the note goes to the timeline. */
export function MoveCaseDialog({
  opened,
  onClose,
  kase,
}: {
  opened: boolean;
  onClose: () => void;
  kase: CasePage_CaseFragment;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('brokering.move.title')} centered>
      <MoveForm onClose={onClose} kase={kase} />
    </Modal>
  );
}

function MoveForm({ onClose, kase }: { onClose: () => void; kase: CasePage_CaseFragment }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [move, { loading }] = useMutation(MoveCaseMutation);
  const stages = laterStages(kase.stage);
  const form = useForm<{ stage: CaseStage | ''; note: string }>({
    initialValues: { stage: stages[0] ?? '', note: '' },
    validate: {
      stage: (value) => (value ? null : t('validation.requiredChoice')),
      note: (value) =>
        value.trim().length > LIMITS.stageNote ? t('validation.maxLength', { max: LIMITS.stageNote }) : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await move({
        variables: {
          input: {
            caseId: kase.id,
            version: kase.version,
            stage: values.stage as CaseStage,
            note: values.note.trim() || null,
          },
        },
      });
      const payload = data?.moveCase;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setFormError(applyPayloadErrors(form, payload.errors));
        return;
      }
      notifications.show({
        color: 'green',
        message: t('brokering.move.done', {
          stage: t(`brokering.enums.caseStage.${values.stage as CaseStage}`),
        }),
      });
      onClose();
    } catch (error) {
      notifyError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="gray.8">
          {t('brokering.move.intro', { stage: t(`brokering.enums.caseStage.${kase.stage}`) })}
        </Text>
        <FormAlert message={formError} />
        <Select
          label={t('brokering.move.stage')}
          withAsterisk
          allowDeselect={false}
          data={stages.map((value) => ({ value, label: t(`brokering.enums.caseStage.${value}`) }))}
          {...form.getInputProps('stage')}
        />
        <Textarea
          label={t('brokering.move.note')}
          description={
            <>
              {t('brokering.move.noteHint')} <CharCount value={form.values.note} max={LIMITS.stageNote} />
            </>
          }
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('brokering.move.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
