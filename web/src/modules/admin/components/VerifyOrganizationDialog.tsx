import { useMutation } from '@apollo/client';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphql } from '../../../generated';
import type { VerificationStatus } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, focusFirstError, FormAlert } from '../../../platform/forms';

const VerifyOrganizationMutation = graphql(`
  mutation VerifyOrganizationDialog_verifyOrganization($input: VerifyOrganizationInput!) {
    verifyOrganization(input: $input) {
      organization {
        id
        verified
        verificationStatus
        verifiedAt
        verificationNote
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const NOTE_MAX = 1000;

export interface VerificationTarget {
  id: string;
  name: string;
  taxCode: string | null;
  status: VerificationStatus;
}

/** Records a broker's decision on an organisation's papers, with a note (required when rejecting). */
export function VerifyOrganizationDialog({
  target,
  onClose,
  onDone,
}: {
  target: VerificationTarget | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [verifyOrganization, { loading }] = useMutation(VerifyOrganizationMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const rejecting = target?.status === 'REJECTED';

  const schema = useMemo(
    () =>
      z.object({
        note: rejecting
          ? z
              .string()
              .trim()
              .min(1, { error: t('admin.dialog.noteRequired') })
              .max(NOTE_MAX, { error: t('validation.maxLength', { max: NOTE_MAX }) })
          : z
              .string()
              .trim()
              .max(NOTE_MAX, { error: t('validation.maxLength', { max: NOTE_MAX }) }),
      }),
    [t, rejecting],
  );
  const form = useForm({ initialValues: { note: '' }, validate: zod4Resolver(schema) });

  const { reset } = form;
  useEffect(() => {
    if (target) {
      reset();
      setFormError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when another organisation is opened
  }, [target?.id, target?.status]);

  const submit = form.onSubmit(
    async (values) => {
      if (!target) return;
      setFormError(null);
      try {
        const { data } = await verifyOrganization({
          variables: {
            input: {
              organizationId: target.id,
              status: target.status,
              note: values.note.trim() || undefined,
            },
          },
        });
        const payload = data?.verifyOrganization;
        if (!payload) return;
        if (payload.errors.length > 0) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        const key =
          target.status === 'VERIFIED' ? 'verified' : target.status === 'REJECTED' ? 'rejected' : 'reopened';
        notifications.show({ color: 'green', message: t(`admin.dialog.${key}`, { name: target.name }) });
        onDone();
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  const titles = {
    VERIFIED: t('admin.dialog.verifyTitle'),
    REJECTED: t('admin.dialog.rejectTitle'),
    UNVERIFIED: t('admin.dialog.reopenTitle'),
  };
  const confirmLabels = {
    VERIFIED: t('admin.dialog.confirmVerify'),
    REJECTED: t('admin.dialog.confirmReject'),
    UNVERIFIED: t('admin.dialog.confirmReopen'),
  };

  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? titles[target.status] : ''}
      centered
      size="lg"
    >
      {target && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm" fw={600}>
              {t('admin.dialog.intro', { name: target.name, taxCode: target.taxCode ?? '—' })}
            </Text>
            <FormAlert message={formError} />
            <Textarea
              label={t('admin.dialog.note')}
              withAsterisk={rejecting}
              autosize
              minRows={3}
              maxRows={10}
              data-autofocus
              description={
                <>
                  {rejecting ? t('admin.dialog.noteRejectHint') : t('admin.dialog.noteVerifyHint')}{' '}
                  <CharCount value={form.values.note} max={NOTE_MAX} />
                </>
              }
              {...form.getInputProps('note')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={loading}
                color={rejecting ? 'red.9' : target.status === 'VERIFIED' ? 'green' : undefined}
              >
                {confirmLabels[target.status]}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
