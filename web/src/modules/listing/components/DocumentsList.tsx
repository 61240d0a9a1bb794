import { Anchor, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatBytes } from '../../../platform/format';
import { ConfidentialBadge } from './ListingBadges';

export interface ListedDocument {
  id: string;
  fileName: string;
  byteSize: number;
  confidential: boolean;
  url: string;
}

/** Documents to download; confidential ones marked (only those allowed receive them at all). */
export function DocumentsList({ documents }: { documents: readonly ListedDocument[] }) {
  const { t } = useTranslation();
  const formatBytes = useFormatBytes();
  if (documents.length === 0) return <Text c="gray.7">{t('listing.detail.noDocuments')}</Text>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {documents.map((document) => (
        <Group key={document.id} component="li" gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" color="red" size={36} aria-hidden>
            <IconFileTypePdf size={22} />
          </ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Anchor
              href={document.url}
              target="_blank"
              rel="noopener"
              fw={600}
              style={{ wordBreak: 'break-word' }}
            >
              {document.fileName}
            </Anchor>
            <Group gap={8}>
              <Text size="xs" c="gray.7">
                {t('listing.detail.pdfSize', { size: formatBytes(document.byteSize) })}
              </Text>
              {document.confidential && <ConfidentialBadge size="xs" />}
            </Group>
          </div>
        </Group>
      ))}
    </Stack>
  );
}
