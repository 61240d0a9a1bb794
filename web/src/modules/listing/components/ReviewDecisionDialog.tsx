import { useMutation } from '@apollo/client';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphql } from '../../../generated';
import type { ReviewDecision } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, focusFirstError, FormAlert } from '../../../platform/forms';
import { LIMITS } from '../model';

graphql(`
  fragment ReviewDecisionDialog_listing on Listing {
    id
    status
    pendingStatus
    version
    publishedAt
    viewerCanReview
    reviews {
      decision
      reason
      brokerName
      createdAt
    }
  }
`);

const PublishMutation = graphql(`
  mutation ReviewDecisionDialog_publishListing($input: ReviewListingInput!) {
    publishListing(input: $input) {
      listing {
        ...ReviewDecisionDialog_listing
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const RequestChangesMutation = graphql(`
  mutation ReviewDecisionDialog_requestListingChanges($input: ReviewListingInput!) {
    requestListingChanges(input: $input) {
      listing {
        ...ReviewDecisionDialog_listing
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const RejectMutation = graphql(`
  mutation ReviewDecisionDialog_rejectListing($input: ReviewListingInput!) {
    rejectListing(input: $input) {
      listing {
        ...ReviewDecisionDialog_listing
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** A broker's decision on a submitted listing, always with the reason its owner will read. */
export function ReviewDecisionDialog({
  listing,
  decision,
  onClose,
  onDone,
}: {
  listing: { id: string; title: string };
  decision: ReviewDecision | null;
  onClose: () => void;
  onDone: (decision: ReviewDecision) => void;
}) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [publish, publishState] = useMutation(PublishMutation);
  const [requestChanges, requestState] = useMutation(RequestChangesMutation);
  const [reject, rejectState] = useMutation(RejectMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const loading = publishState.loading || requestState.loading || rejectState.loading;

  const schema = useMemo(
    () =>
      z.object({
        reason: z
          .string()
          .trim()
          .min(1, { error: t('listing.review.reasonRequired') })
          .max(LIMITS.reason, {
            error: t('listing.validation.tooLongShort', {
              field: t('listing.review.reason'),
              max: LIMITS.reason,
            }),
          }),
      }),
    [t],
  );
  const form = useForm({ initialValues: { reason: '' }, validate: zod4Resolver(schema) });
  const { reset } = form;
  useEffect(() => {
    if (decision) {
      reset();
      setFormError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh reason for each decision
  }, [decision]);

  const submit = form.onSubmit(
    async ({ reason }) => {
      if (!decision) return;
      setFormError(null);
      const variables = { input: { listingId: listing.id, reason: reason.trim() } };
      try {
        const payload =
          decision === 'PUBLISHED'
            ? (await publish({ variables })).data?.publishListing
            : decision === 'CHANGES_REQUESTED'
              ? (await requestChanges({ variables })).data?.requestListingChanges
              : (await reject({ variables })).data?.rejectListing;
        if (!payload) return;
        if (payload.errors.length > 0) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        notifications.show({
          color: 'green',
          message: t(`listing.review.done.${decision}`, { title: listing.title }),
        });
        onDone(decision);
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      title={decision ? t(`listing.review.dialogTitle.${decision}`) : ''}
      centered
      size="lg"
    >
      {decision && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm" fw={600}>
              {listing.title}
            </Text>
            <FormAlert message={formError} />
            <Textarea
              label={t('listing.review.reason')}
              withAsterisk
              autosize
              minRows={4}
              maxRows={12}
              data-autofocus
              description={
                <>
                  {t(`listing.review.reasonHint.${decision}`)}{' '}
                  <CharCount value={form.values.reason} max={LIMITS.reason} />
                </>
              }
              {...form.getInputProps('reason')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={loading}
                color={decision === 'REJECTED' ? 'red.9' : decision === 'PUBLISHED' ? 'green' : 'orange'}
              >
                {t(`listing.review.confirm.${decision}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
