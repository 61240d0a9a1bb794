import { useMutation } from '@apollo/client';
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { graphql } from '../../../generated';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, focusFirstError, FormAlert } from '../../../platform/forms';
import { requiredText } from '../../../platform/validation';
import { casePath, LIMITS } from '../model';

const OpenCaseMutation = graphql(`
  mutation RequestBrokeringDialog_openCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      case {
        id
        number
        title
        stage
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Values = { title: string; need: string };

/**
 * "Đề nghị Sở hỗ trợ kết nối": asks the department to broker, for a listing (someone's offer, or one's own
 * request) or for a need in general. It becomes a dossier the requester follows at /ho-so/<id>.
 */
export function RequestBrokeringDialog({
  opened,
  onClose,
  listingId,
  listingTitle,
}: {
  opened: boolean;
  onClose: () => void;
  listingId?: string | null;
  listingTitle?: string;
}) {
  const { t } = useTranslation();
  // The form lives inside the dialog: it starts afresh (with the listing's title) each time it opens.
  return (
    <Modal opened={opened} onClose={onClose} title={t('brokering.request.dialogTitle')} size="lg" centered>
      <RequestBrokeringForm onClose={onClose} listingId={listingId} listingTitle={listingTitle} />
    </Modal>
  );
}

function RequestBrokeringForm({
  onClose,
  listingId,
  listingTitle,
}: {
  onClose: () => void;
  listingId?: string | null;
  listingTitle?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [openCase, { loading }] = useMutation(OpenCaseMutation, { refetchQueries: ['CasesPage_cases'] });
  const schema = useMemo(
    () => z.object({ title: requiredText(t, LIMITS.caseTitle), need: requiredText(t, LIMITS.need) }),
    [t],
  );
  const form = useForm<Values>({
    initialValues: {
      title: listingTitle
        ? t('brokering.request.defaultTitle', { title: listingTitle }).slice(0, LIMITS.caseTitle)
        : '',
      need: '',
    },
    validate: zod4Resolver(schema),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        const { data } = await openCase({
          variables: {
            input: { title: values.title.trim(), need: values.need.trim(), listingId: listingId ?? null },
          },
        });
        const payload = data?.openCase;
        if (!payload) return;
        if (payload.errors.length > 0 || !payload.case) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        notifications.show({
          color: 'green',
          message: t('brokering.request.sent', { number: payload.case.number }),
        });
        onClose();
        void navigate(casePath(payload.case.id));
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="gray.7">
          {listingTitle
            ? t('brokering.request.introListing', { title: listingTitle })
            : t('brokering.request.intro')}
        </Text>
        <FormAlert message={formError} />
        <TextInput
          label={t('brokering.request.title')}
          withAsterisk
          description={<CharCount value={form.values.title} max={LIMITS.caseTitle} />}
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('brokering.request.need')}
          withAsterisk
          autosize
          minRows={5}
          maxRows={14}
          data-autofocus
          description={
            <>
              {t('brokering.request.needHint')} <CharCount value={form.values.need} max={LIMITS.need} />
            </>
          }
          {...form.getInputProps('need')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('brokering.request.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
