import { useMutation } from '@apollo/client';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { CaseOutcome, CasePage_CaseFragment, TransferForm } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, FormAlert } from '../../../platform/forms';
import { TRANSFER_FORMS } from '../../listing/model';
import { CASE_OUTCOMES, LIMITS, todayInVietnam } from '../model';

dayjs.extend(customParseFormat);

const CloseCaseMutation = graphql(`
  mutation CloseCaseDialog_closeCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
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

type Values = {
  outcome: CaseOutcome | '';
  type: TransferForm | '';
  value: number | string;
  signedOn: string | null;
  contractRegistered: boolean;
  note: string;
};

/**
 * Closes a case: as a deal (recording the agreement, which feeds every report: form of transfer, value in
 * đồng, date signed, whether the transfer contract was registered), as no deal, or withdrawn.
 */
export function CloseCaseDialog({
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
    <Modal opened={opened} onClose={onClose} title={t('brokering.close.title')} size="lg" centered>
      <CloseForm onClose={onClose} kase={kase} />
    </Modal>
  );
}

/** "22/11/2026" (as Vietnamese write dates) or ISO "2026-11-22". */
function parseDay(input: string): string | null {
  const parsed = dayjs(input.trim(), ['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD'], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

function CloseForm({ onClose, kase }: { onClose: () => void; kase: CasePage_CaseFragment }) {
  const { t, i18n } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [close, { loading }] = useMutation(CloseCaseMutation, { refetchQueries: ['CasesPage_cases'] });
  const today = todayInVietnam();
  const form = useForm<Values>({
    initialValues: {
      outcome: kase.stage === 'AGREED' ? 'DEAL' : '',
      type: '',
      value: '',
      signedOn: today,
      contractRegistered: false,
      note: '',
    },
    validate: {
      outcome: (value) => (value ? null : t('validation.requiredChoice')),
      type: (value, values) => (values.outcome === 'DEAL' && !value ? t('validation.requiredChoice') : null),
      value: (value, values) =>
        values.outcome === 'DEAL' && (value === '' || Number(value) < 0 || !Number.isInteger(Number(value)))
          ? t('brokering.close.valueRequired')
          : null,
      signedOn: (value, values) =>
        values.outcome !== 'DEAL'
          ? null
          : !value
            ? t('brokering.close.signedOnRequired')
            : value > today
              ? t('brokering.close.signedOnFuture')
              : null,
      note: (value) =>
        value.trim().length > LIMITS.stageNote ? t('validation.maxLength', { max: LIMITS.stageNote }) : null,
    },
  });
  const deal = form.values.outcome === 'DEAL';
  const vi = i18n.resolvedLanguage !== 'en';

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await close({
        variables: {
          input: {
            caseId: kase.id,
            version: kase.version,
            outcome: values.outcome as CaseOutcome,
            agreement:
              values.outcome === 'DEAL'
                ? {
                    type: values.type as TransferForm,
                    value: Number(values.value),
                    signedOn: values.signedOn!,
                    contractRegistered: values.contractRegistered,
                  }
                : null,
            note: values.note.trim() || null,
          },
        },
      });
      const payload = data?.closeCase;
      if (!payload) return;
      if (payload.errors.length > 0) {
        // Agreement errors name `agreement.<field>` (or the whole `agreement`).
        const errors = payload.errors.map((e) => ({
          ...e,
          field: e.field?.replace(/^(input\.)?agreement\./, '') ?? null,
        }));
        setFormError(applyPayloadErrors(form, errors));
        return;
      }
      notifications.show({
        color: 'green',
        message: t('brokering.close.done', {
          outcome: t(`brokering.enums.caseOutcome.${values.outcome as CaseOutcome}`),
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
          {t('brokering.close.intro', { number: kase.number })}
        </Text>
        <FormAlert message={formError} />
        <Radio.Group label={t('brokering.close.outcome')} withAsterisk {...form.getInputProps('outcome')}>
          <Stack gap="xs" mt="xs">
            {CASE_OUTCOMES.map((outcome) => (
              <Radio
                key={outcome}
                value={outcome}
                label={t(`brokering.enums.caseOutcome.${outcome}`)}
                description={t(`brokering.close.outcomeHints.${outcome}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {deal && (
          <Stack
            gap="sm"
            p="md"
            component="fieldset"
            style={{
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 'var(--mantine-radius-md)',
            }}
          >
            <Text component="legend" fw={700} px={4}>
              {t('brokering.close.agreement')}
            </Text>
            <Select
              label={t('brokering.agreement.type')}
              withAsterisk
              allowDeselect={false}
              data={TRANSFER_FORMS.map((value) => ({ value, label: t(`enums.transferForm.${value}`) }))}
              {...form.getInputProps('type')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NumberInput
                label={t('brokering.agreement.valueInDong')}
                withAsterisk
                min={0}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator={vi ? '.' : ','}
                decimalSeparator={vi ? ',' : '.'}
                suffix=" ₫"
                inputMode="numeric"
                {...form.getInputProps('value')}
              />
              <DateInput
                label={t('brokering.agreement.signedOn')}
                withAsterisk
                valueFormat="DD/MM/YYYY"
                dateParser={parseDay}
                maxDate={today}
                placeholder={t('brokering.close.datePlaceholder')}
                {...form.getInputProps('signedOn')}
              />
            </SimpleGrid>
            <Checkbox
              label={t('brokering.agreement.contractRegisteredLabel')}
              {...form.getInputProps('contractRegistered', { type: 'checkbox' })}
            />
          </Stack>
        )}
        <Textarea
          label={t('brokering.close.note')}
          autosize
          minRows={2}
          maxRows={8}
          description={<CharCount value={form.values.note} max={LIMITS.stageNote} />}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('brokering.close.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
