import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IP_STATUSES, IP_TERRITORIES, IP_TYPES, LIMITS } from '../../model';
import { VerifiedIpBadge } from '../ListingBadges';
import type { ListingFormValues } from './formModel';
import { newKey } from './formModel';

/** Repeatable intellectual-property records of an offer. */
export function IpRecordsField({ form }: { form: UseFormReturnType<ListingFormValues> }) {
  const { t } = useTranslation();
  const records = form.values.ipRecords;
  const error = form.errors.ipRecords;

  return (
    <Stack gap="sm">
      <div>
        <Text fw={500} size="sm" id="ip-records-label">
          {t('listing.fields.ipRecords')}
        </Text>
        <Text size="xs" c="gray.7">
          {t('listing.editor.ipHint', { max: LIMITS.ipRecords })}
        </Text>
        {error && (
          <Text size="sm" c="red.9" role="alert" mt={4}>
            {error}
          </Text>
        )}
      </div>
      {records.map((record, index) => (
        <Fieldset
          key={record.key}
          legend={t('listing.editor.ipRecord', { index: index + 1 })}
          radius="md"
          p="sm"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('listing.ip.type')}
              data={IP_TYPES.map((value) => ({ value, label: t(`enums.ipType.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps(`ipRecords.${index}.type`)}
            />
            <Select
              label={t('listing.ip.status')}
              data={IP_STATUSES.map((value) => ({ value, label: t(`enums.ipStatus.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps(`ipRecords.${index}.status`)}
            />
            <TextInput
              label={t('listing.ip.number')}
              description={t('listing.editor.ipNumberHint')}
              {...form.getInputProps(`ipRecords.${index}.number`)}
            />
            <TextInput
              type="date"
              label={t('listing.ip.date')}
              description={t('listing.editor.ipDateHint')}
              {...form.getInputProps(`ipRecords.${index}.date`)}
            />
            <Select
              label={t('listing.ip.territory')}
              data={IP_TERRITORIES.map((value) => ({ value, label: t(`enums.ipTerritory.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps(`ipRecords.${index}.territory`)}
            />
          </SimpleGrid>
          <Group justify="space-between" mt="sm">
            {record.verified ? (
              <Group gap="xs">
                <VerifiedIpBadge size="sm" />
                <Text size="xs" c="gray.7">
                  {t('listing.editor.ipVerifiedHint')}
                </Text>
              </Group>
            ) : (
              <span />
            )}
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('listing.editor.removeIp', { index: index + 1 })}
              onClick={() => form.removeListItem('ipRecords', index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Fieldset>
      ))}
      {records.length < LIMITS.ipRecords && (
        <Button
          variant="light"
          leftSection={<IconPlus size={18} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            form.insertListItem('ipRecords', {
              key: newKey(),
              id: null,
              type: 'PATENT',
              status: 'FILED',
              number: '',
              date: '',
              territory: 'VN',
              verified: false,
            })
          }
        >
          {t('listing.editor.addIp')}
        </Button>
      )}
    </Stack>
  );
}
