import { useQuery } from '@apollo/client';
import { Anchor, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { StatisticMetric, StatisticRecordKind } from '../../../generated/graphql';
import { PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useStatFormat } from '../format';

const RecordsQuery = graphql(`
  query ReportRecordsDialog_records($metric: StatisticMetric!, $period: String) {
    statisticsRecords(metric: $metric, period: $period) {
      metric
      period
      label
      definition
      aggregation
      value
      records {
        kind
        id
        reference
        value
      }
    }
  }
`);

function recordPath(kind: StatisticRecordKind, id: string, reference: string): string | null {
  if (kind === 'CASE') return `/ho-so/${encodeURIComponent(id)}`;
  if (kind === 'LISTING') return `/cong-nghe/${encodeURIComponent(reference)}`;
  return null;
}

/** The records behind one figure of a report, so that every number can be traced to what it counts. */
export function ReportRecordsDialog({
  metric,
  period,
  onClose,
}: {
  metric: StatisticMetric | null;
  period: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={metric !== null} onClose={onClose} title={t('report.records.title')} size="xl" centered>
      {metric && <RecordsList metric={metric} period={period} />}
    </Modal>
  );
}

function RecordsList({ metric, period }: { metric: StatisticMetric; period: string }) {
  const { t } = useTranslation();
  const f = useStatFormat();
  const { data, loading, error } = useQuery(RecordsQuery, { variables: { metric, period } });
  if (loading && !data) return <PageLoader />;
  if (error || !data) return <ErrorAlert error={error} />;
  const r = data.statisticsRecords;
  return (
    <Stack gap="sm">
      <div>
        <Text fw={700}>{r.label}</Text>
        <Text size="sm" c="gray.7">
          {r.definition}
        </Text>
      </div>
      <Text size="sm">
        {t('report.records.summary', {
          aggregation: t(`report.aggregation.${r.aggregation}`),
          count: r.records.length,
          value: f.number(r.value, 2),
        })}
      </Text>
      {r.records.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('report.records.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('report.records.kind')}</Table.Th>
                <Table.Th>{t('report.records.reference')}</Table.Th>
                <Table.Th ta="right">{t('report.records.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.records.map((record) => {
                const path = recordPath(record.kind, record.id, record.reference);
                return (
                  <Table.Tr key={`${record.kind}-${record.id}`}>
                    <Table.Td>{t(`report.recordKind.${record.kind}`)}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>
                      {path ? (
                        <Anchor component={Link} to={path}>
                          {record.reference}
                        </Anchor>
                      ) : (
                        record.reference
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{f.number(record.value, 2)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
