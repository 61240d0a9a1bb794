import { useMutation } from '@apollo/client';
import { Button, FileInput, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { CaseDocumentType, CasePage_CaseFragment } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, FormAlert } from '../../../platform/forms';
import { DOCUMENT_TYPES as PDF_TYPES, UploadError, useUpload } from '../../listing/hooks/useUpload';
import { DOCUMENT_TYPES, LIMITS } from '../model';

const AddCaseDocumentMutation = graphql(`
  mutation CaseDocumentForm_addCaseDocument($input: AddCaseDocumentInput!) {
    addCaseDocument(input: $input) {
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

type Values = { file: File | null; type: CaseDocumentType | ''; note: string };

/** Adds a PDF (NDA, term sheet, contract…) to the dossier: uploaded first, then attached to the case. */
export function CaseDocumentForm({ kase }: { kase: CasePage_CaseFragment }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const upload = useUpload();
  const [formError, setFormError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [addDocument, { loading }] = useMutation(AddCaseDocumentMutation);
  const form = useForm<Values>({
    initialValues: { file: null, type: '', note: '' },
    validate: {
      file: (value) => (value ? null : t('brokering.document.fileRequired')),
      type: (value) => (value ? null : t('validation.requiredChoice')),
      note: (value) =>
        value.trim().length > LIMITS.documentNote
          ? t('validation.maxLength', { max: LIMITS.documentNote })
          : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (!values.file) return;
    setFormError(null);
    setUploading(true);
    try {
      const uploaded = await upload(values.file, PDF_TYPES);
      const { data } = await addDocument({
        variables: {
          input: {
            caseId: kase.id,
            attachmentId: uploaded.id,
            type: values.type as CaseDocumentType,
            note: values.note.trim() || null,
          },
        },
      });
      const payload = data?.addCaseDocument;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setFormError(applyPayloadErrors(form, payload.errors));
        return;
      }
      notifications.show({ color: 'green', message: t('brokering.document.added') });
      form.reset();
    } catch (error) {
      if (error instanceof UploadError) setFormError(error.message);
      else notifyError(error);
    } finally {
      setUploading(false);
    }
  });

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="case-document-title"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz={18} id="case-document-title">
            {t('brokering.document.title')}
          </Title>
          <FormAlert message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <FileInput
              label={t('brokering.document.file')}
              placeholder={t('brokering.document.filePlaceholder')}
              description={t('brokering.document.fileHint')}
              accept="application/pdf"
              clearable
              withAsterisk
              leftSection={<IconFileUpload size={18} aria-hidden />}
              // Mantine's placeholder grey is too pale for WCAG AA.
              styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
              {...form.getInputProps('file')}
            />
            <Select
              label={t('brokering.document.type')}
              placeholder={t('brokering.document.typePlaceholder')}
              withAsterisk
              allowDeselect={false}
              data={DOCUMENT_TYPES.map((value) => ({
                value,
                label: t(`brokering.enums.documentType.${value}`),
              }))}
              {...form.getInputProps('type')}
            />
          </SimpleGrid>
          <TextInput
            label={t('brokering.document.note')}
            description={<CharCount value={form.values.note} max={LIMITS.documentNote} />}
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              variant="light"
              loading={uploading || loading}
              leftSection={<IconUpload size={16} aria-hidden />}
            >
              {t('brokering.document.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
