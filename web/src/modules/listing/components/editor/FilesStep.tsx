import {
  ActionIcon,
  Alert,
  AspectRatio,
  Badge,
  Button,
  FileButton,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconFileTypePdf, IconPhotoPlus, IconStar, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatBytes } from '../../../../platform/format';
import { DOCUMENT_TYPES, IMAGE_TYPES, UploadError, useUpload } from '../../hooks/useUpload';
import { LIMITS } from '../../model';
import type { ListingFormValues } from './formModel';

/** Step 6: images (the first is the cover) and PDF documents, each public or confidential. */
export function FilesStep({ form }: { form: UseFormReturnType<ListingFormValues> }) {
  const { t } = useTranslation();
  const upload = useUpload();
  const formatBytes = useFormatBytes();
  const [uploading, setUploading] = useState<'images' | 'documents' | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const { images, documents } = form.values;

  const uploadAll = async (files: File[], target: 'images' | 'documents') => {
    const room = target === 'images' ? LIMITS.images - images.length : LIMITS.documents - documents.length;
    const errors: string[] = [];
    if (files.length > room) {
      errors.push(
        t('listing.upload.tooMany', { max: target === 'images' ? LIMITS.images : LIMITS.documents }),
      );
    }
    setUploading(target);
    for (const file of files.slice(0, Math.max(room, 0))) {
      try {
        const uploaded = await upload(file, target === 'images' ? IMAGE_TYPES : DOCUMENT_TYPES);
        if (target === 'images') {
          form.insertListItem('images', {
            id: uploaded.id,
            fileName: uploaded.fileName,
            url: uploaded.url,
            thumbnailUrl: uploaded.thumbnailUrl ?? null,
          });
        } else {
          form.insertListItem('documents', {
            id: uploaded.id,
            fileName: uploaded.fileName,
            byteSize: uploaded.byteSize,
            url: uploaded.url,
            confidential: false,
          });
        }
      } catch (error) {
        errors.push(
          error instanceof UploadError ? error.message : t('listing.upload.failed', { name: file.name }),
        );
      }
    }
    setUploading(null);
    setProblems(errors);
  };

  const makeCover = (index: number) => {
    const next = [...images];
    const [picked] = next.splice(index, 1);
    form.setFieldValue('images', [picked, ...next]);
  };

  return (
    <Stack gap="lg">
      {problems.length > 0 && (
        <Alert color="red" variant="light" title={t('listing.upload.problems')} role="alert">
          <Stack gap={4}>
            {problems.map((problem, index) => (
              <Text key={index} size="sm">
                {problem}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}

      <section aria-labelledby="listing-images">
        <Group justify="space-between" align="flex-end" mb="xs">
          <div>
            <Title order={3} fz={17} id="listing-images">
              {t('listing.fields.images')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('listing.editor.imagesHint', { max: LIMITS.images })}
            </Text>
          </div>
          <FileButton
            onChange={(files) => void uploadAll(files, 'images')}
            accept={IMAGE_TYPES.join(',')}
            multiple
            disabled={images.length >= LIMITS.images || uploading !== null}
          >
            {(props) => (
              <Button
                {...props}
                variant="light"
                leftSection={<IconPhotoPlus size={18} aria-hidden />}
                loading={uploading === 'images'}
                disabled={images.length >= LIMITS.images || (uploading !== null && uploading !== 'images')}
              >
                {t('listing.editor.addImages')}
              </Button>
            )}
          </FileButton>
        </Group>
        {form.errors.images && (
          <Text size="sm" c="red.9" role="alert" mb="xs">
            {form.errors.images}
          </Text>
        )}
        {images.length === 0 ? (
          <Paper withBorder radius="md" p="lg" ta="center" c="gray.7" style={{ borderStyle: 'dashed' }}>
            {t('listing.editor.noImages')}
          </Paper>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm">
            {images.map((image, index) => (
              <Paper key={image.id} withBorder radius="md" p={6}>
                <AspectRatio ratio={4 / 3}>
                  <Image src={image.thumbnailUrl ?? image.url} alt={image.fileName} fit="cover" radius="sm" />
                </AspectRatio>
                <Group justify="space-between" gap={4} mt={6} wrap="nowrap">
                  {index === 0 ? (
                    <Badge size="sm" radius="sm" leftSection={<IconStar size={12} aria-hidden />}>
                      {t('listing.editor.cover')}
                    </Badge>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => makeCover(index)}
                      aria-label={t('listing.editor.makeCoverLabel', { name: image.fileName })}
                    >
                      {t('listing.editor.makeCover')}
                    </Button>
                  )}
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('listing.editor.removeFile', { name: image.fileName })}
                    onClick={() => form.removeListItem('images', index)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </section>

      <section aria-labelledby="listing-documents">
        <Group justify="space-between" align="flex-end" mb="xs">
          <div>
            <Title order={3} fz={17} id="listing-documents">
              {t('listing.fields.documents')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('listing.editor.documentsHint', { max: LIMITS.documents })}
            </Text>
          </div>
          <FileButton
            onChange={(files) => void uploadAll(files, 'documents')}
            accept={DOCUMENT_TYPES.join(',')}
            multiple
            disabled={documents.length >= LIMITS.documents || uploading !== null}
          >
            {(props) => (
              <Button
                {...props}
                variant="light"
                leftSection={<IconUpload size={18} aria-hidden />}
                loading={uploading === 'documents'}
                disabled={
                  documents.length >= LIMITS.documents || (uploading !== null && uploading !== 'documents')
                }
              >
                {t('listing.editor.addDocuments')}
              </Button>
            )}
          </FileButton>
        </Group>
        {form.errors.documents && (
          <Text size="sm" c="red.9" role="alert" mb="xs">
            {form.errors.documents}
          </Text>
        )}
        {documents.length === 0 ? (
          <Paper withBorder radius="md" p="lg" ta="center" c="gray.7" style={{ borderStyle: 'dashed' }}>
            {t('listing.editor.noDocuments')}
          </Paper>
        ) : (
          <Stack gap="xs">
            {documents.map((document, index) => (
              <Paper key={document.id} withBorder radius="md" p="sm">
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Group gap="sm" wrap="nowrap" miw={0}>
                    <IconFileTypePdf
                      size={28}
                      aria-hidden
                      color="var(--mantine-color-red-9)"
                      style={{ flexShrink: 0 }}
                    />
                    <div style={{ minWidth: 0 }}>
                      <Text fw={600} size="sm" truncate="end">
                        {document.fileName}
                      </Text>
                      <Text size="xs" c="gray.7">
                        {formatBytes(document.byteSize)}
                      </Text>
                    </div>
                  </Group>
                  <Group gap="sm" wrap="nowrap">
                    <Switch
                      label={t('listing.editor.confidentialDocument')}
                      aria-label={t('listing.editor.confidentialDocumentLabel', { name: document.fileName })}
                      {...form.getInputProps(`documents.${index}.confidential`, { type: 'checkbox' })}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('listing.editor.removeFile', { name: document.fileName })}
                      onClick={() => form.removeListItem('documents', index)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
