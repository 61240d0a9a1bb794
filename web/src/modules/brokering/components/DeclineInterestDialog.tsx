import { useMutation } from '@apollo/client';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { DeclineReason } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, focusFirstError, FormAlert } from '../../../platform/forms';
import { DECLINE_REASONS, LIMITS } from '../model';

const DeclineInterestMutation = graphql(`
  mutation DeclineInterestDialog_declineInterest($input: DeclineInterestInput!) {
    declineInterest(input: $input) {
      interest {
        id
        status
        declineReason
        declineText
        answeredAt
        viewerCanAnswer
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Values = { reason: DeclineReason | ''; text: string };

/** Declining an interest needs a reason from the list, and words of one's own for "Lý do khác". */
export function DeclineInterestDialog({
  opened,
  onClose,
  interestId,
  listingTitle,
  organizationName,
}: {
  opened: boolean;
  onClose: () => void;
  interestId: string;
  listingTitle: string;
  organizationName: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('brokering.decline.title')} size="lg" centered>
      <DeclineForm
        onClose={onClose}
        interestId={interestId}
        listingTitle={listingTitle}
        organizationName={organizationName}
      />
    </Modal>
  );
}

function DeclineForm({
  onClose,
  interestId,
  listingTitle,
  organizationName,
}: {
  onClose: () => void;
  interestId: string;
  listingTitle: string;
  organizationName: string;
}) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [decline, { loading }] = useMutation(DeclineInterestMutation);
  const form = useForm<Values>({
    initialValues: { reason: '', text: '' },
    validate: {
      reason: (value) => (value ? null : t('validation.requiredChoice')),
      text: (value, values) => {
        if (value.trim().length > LIMITS.declineText)
          return t('validation.maxLength', { max: LIMITS.declineText });
        if (values.reason === 'OTHER' && !value.trim()) return t('brokering.decline.textRequired');
        return null;
      },
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        const { data } = await decline({
          variables: {
            input: { interestId, reason: values.reason as DeclineReason, text: values.text.trim() || null },
          },
        });
        const payload = data?.declineInterest;
        if (!payload) return;
        if (payload.errors.length > 0) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        notifications.show({ color: 'green', message: t('brokering.decline.done') });
        onClose();
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  const other = form.values.reason === 'OTHER';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="gray.8">
          {t('brokering.decline.intro', { organization: organizationName, title: listingTitle })}
        </Text>
        <FormAlert message={formError} />
        <Radio.Group label={t('brokering.decline.reason')} withAsterisk {...form.getInputProps('reason')}>
          <Stack gap="xs" mt="xs">
            {DECLINE_REASONS.map((reason) => (
              <Radio key={reason} value={reason} label={t(`brokering.enums.declineReason.${reason}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={other ? t('brokering.decline.textOther') : t('brokering.decline.text')}
          withAsterisk={other}
          autosize
          minRows={3}
          maxRows={8}
          description={
            <>
              {t('brokering.decline.textHint')}{' '}
              <CharCount value={form.values.text} max={LIMITS.declineText} />
            </>
          }
          {...form.getInputProps('text')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={loading}>
            {t('brokering.decline.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
