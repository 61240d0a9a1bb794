import { useMutation } from '@apollo/client';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphql } from '../../../generated';
import type { InterestTimeline } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, focusFirstError, FormAlert } from '../../../platform/forms';
import { optionalText, requiredText } from '../../../platform/validation';
import { INTEREST_TIMELINES, LIMITS } from '../model';

const ExpressInterestMutation = graphql(`
  mutation ExpressInterestDialog_expressInterest($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      interest {
        id
        status
        timeline
        createdAt
        listing {
          id
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Values = { whoWeAre: string; intendedUse: string; timeline: InterestTimeline | ''; message: string };
const EMPTY: Values = { whoWeAre: '', intendedUse: '', timeline: '', message: '' };

/**
 * "Bày tỏ quan tâm": a short structured form to a listing's owner (who we are, what we want to do with
 * it, when) and a message. The owner answers; until then the contact stays hidden.
 */
export function ExpressInterestDialog({
  opened,
  onClose,
  listingId,
  listingTitle,
  onSent,
}: {
  opened: boolean;
  onClose: () => void;
  listingId: string;
  listingTitle?: string;
  onSent?: (interestId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('brokering.interest.dialogTitle')} size="lg" centered>
      <ExpressInterestForm
        onClose={onClose}
        listingId={listingId}
        listingTitle={listingTitle}
        onSent={onSent}
      />
    </Modal>
  );
}

function ExpressInterestForm({
  onClose,
  listingId,
  listingTitle,
  onSent,
}: {
  onClose: () => void;
  listingId: string;
  listingTitle?: string;
  onSent?: (interestId: string) => void;
}) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [express, { loading }] = useMutation(ExpressInterestMutation, {
    refetchQueries: ['ListingInterestActions_myInterests'],
  });
  const schema = useMemo(
    () =>
      z.object({
        whoWeAre: requiredText(t, LIMITS.whoWeAre),
        intendedUse: requiredText(t, LIMITS.intendedUse),
        timeline: z.string().min(1, { error: t('validation.requiredChoice') }),
        message: optionalText(t, LIMITS.interestMessage),
      }),
    [t],
  );
  const form = useForm<Values>({ initialValues: EMPTY, validate: zod4Resolver(schema) });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        const { data } = await express({
          variables: {
            input: {
              listingId,
              whoWeAre: values.whoWeAre.trim(),
              intendedUse: values.intendedUse.trim(),
              timeline: values.timeline as InterestTimeline,
              message: values.message.trim() || null,
            },
          },
        });
        const payload = data?.expressInterest;
        if (!payload) return;
        if (payload.errors.length > 0 || !payload.interest) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        notifications.show({ color: 'green', message: t('brokering.interest.sent') });
        onSent?.(payload.interest.id);
        onClose();
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {listingTitle && (
          <Text size="sm" c="gray.8">
            {t('brokering.interest.about', { title: listingTitle })}
          </Text>
        )}
        <Text size="sm" c="gray.7">
          {t('brokering.interest.intro')}
        </Text>
        <FormAlert message={formError} />
        <Textarea
          label={t('brokering.interest.whoWeAre')}
          withAsterisk
          autosize
          minRows={3}
          maxRows={8}
          description={
            <>
              {t('brokering.interest.whoWeAreHint')}{' '}
              <CharCount value={form.values.whoWeAre} max={LIMITS.whoWeAre} />
            </>
          }
          data-autofocus
          {...form.getInputProps('whoWeAre')}
        />
        <Textarea
          label={t('brokering.interest.intendedUse')}
          withAsterisk
          autosize
          minRows={3}
          maxRows={8}
          description={
            <>
              {t('brokering.interest.intendedUseHint')}{' '}
              <CharCount value={form.values.intendedUse} max={LIMITS.intendedUse} />
            </>
          }
          {...form.getInputProps('intendedUse')}
        />
        <Select
          label={t('brokering.interest.timeline')}
          placeholder={t('brokering.interest.timelinePlaceholder')}
          withAsterisk
          allowDeselect={false}
          data={INTEREST_TIMELINES.map((value) => ({
            value,
            label: t(`brokering.enums.interestTimeline.${value}`),
          }))}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('timeline')}
        />
        <Textarea
          label={t('brokering.interest.message')}
          autosize
          minRows={3}
          maxRows={10}
          description={
            <>
              {t('brokering.interest.messageHint')}{' '}
              <CharCount value={form.values.message} max={LIMITS.interestMessage} />
            </>
          }
          {...form.getInputProps('message')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('brokering.interest.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
