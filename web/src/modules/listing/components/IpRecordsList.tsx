import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpStatus, IpTerritory, IpType } from '../../../generated/graphql';
import { useFormatDay } from '../../../platform/format';
import { VerifiedIpBadge } from './ListingBadges';

export interface ListedIpRecord {
  id: string;
  type: IpType;
  status: IpStatus;
  number: string;
  date?: string | null;
  territory: IpTerritory;
  verified: boolean;
}

/** Intellectual-property records, each with its public "Đã xác minh" badge once a broker checked it. */
export function IpRecordsList({
  records,
  action,
}: {
  records: readonly ListedIpRecord[];
  /** Something to do with a record, e.g. the broker's verification switch. */
  action?: (record: ListedIpRecord) => ReactNode;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  if (records.length === 0) return <Text c="gray.7">{t('listing.detail.noIp')}</Text>;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {records.map((record) => (
        <Paper key={record.id} component="li" withBorder radius="md" p="sm">
          <Group justify="space-between" align="flex-start" gap="xs">
            <Text fw={700}>{t(`enums.ipType.${record.type}`)}</Text>
            {record.verified && <VerifiedIpBadge size="sm" />}
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} mt={6} mb={0} component="dl">
            <Fact term={t('listing.ip.status')} value={t(`enums.ipStatus.${record.status}`)} />
            <Fact term={t('listing.ip.territory')} value={t(`enums.ipTerritory.${record.territory}`)} />
            {record.number && <Fact term={t('listing.ip.number')} value={record.number} />}
            {record.date && <Fact term={t('listing.ip.date')} value={formatDay(record.date)} />}
          </SimpleGrid>
          {action && <div style={{ marginTop: 8 }}>{action(record)}</div>}
        </Paper>
      ))}
    </Stack>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text component="dt" size="sm" c="gray.7">
        {term}:
      </Text>
      <Text component="dd" size="sm" m={0}>
        {value}
      </Text>
    </Group>
  );
}
