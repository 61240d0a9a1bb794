import { useMutation } from '@apollo/client';
import { Button, Group, Input, Modal, Rating, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, FormAlert } from '../../../platform/forms';
import { LIMITS } from '../model';

const RateCaseMutation = graphql(`
  mutation RateCaseDialog_rateCase($input: RateCaseInput!) {
    rateCase(input: $input) {
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

/** The requester rates the department's service once the case is closed: 1 (poor) to 5 (excellent). */
export function RateCaseDialog({
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
    <Modal opened={opened} onClose={onClose} title={t('brokering.rate.title')} centered>
      <RateForm onClose={onClose} caseId={caseId} />
    </Modal>
  );
}

function RateForm({ onClose, caseId }: { onClose: () => void; caseId: string }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [rate, { loading }] = useMutation(RateCaseMutation, { refetchQueries: ['CasesPage_cases'] });
  const form = useForm({
    initialValues: { rating: 0, comment: '' },
    validate: {
      rating: (value) => (value >= 1 && value <= 5 ? null : t('brokering.rate.ratingRequired')),
      comment: (value) =>
        value.trim().length > LIMITS.ratingComment
          ? t('validation.maxLength', { max: LIMITS.ratingComment })
          : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await rate({
        variables: { input: { caseId, rating: values.rating, comment: values.comment.trim() || null } },
      });
      const payload = data?.rateCase;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setFormError(applyPayloadErrors(form, payload.errors));
        return;
      }
      notifications.show({ color: 'green', message: t('brokering.rate.thanks') });
      onClose();
    } catch (error) {
      notifyError(error);
    }
  });

  const ratingError = form.errors.rating;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="gray.8">
          {t('brokering.rate.intro')}
        </Text>
        <FormAlert message={formError} />
        <Input.Wrapper
          label={t('brokering.rate.rating')}
          withAsterisk
          error={ratingError}
          id="case-rating"
          labelProps={{ id: 'case-rating-label' }}
        >
          <Group gap="sm" mt={4} role="radiogroup" aria-labelledby="case-rating-label">
            <Rating
              size="xl"
              value={form.values.rating}
              onChange={(value) => form.setFieldValue('rating', value)}
              getSymbolLabel={(value) => t('brokering.rate.stars', { count: value })}
              name="case-rating"
            />
            {form.values.rating > 0 && (
              <Text size="sm" fw={600}>
                {t(`brokering.rate.levels.${form.values.rating as 1 | 2 | 3 | 4 | 5}`)}
              </Text>
            )}
          </Group>
        </Input.Wrapper>
        <Textarea
          label={t('brokering.rate.comment')}
          autosize
          minRows={3}
          maxRows={8}
          description={<CharCount value={form.values.comment} max={LIMITS.ratingComment} />}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('brokering.rate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
