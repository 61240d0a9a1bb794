import { useQuery } from '@apollo/client';
import { Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv, IconListDetails } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { ReportsPage_ReportQuery, StatisticMetric } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { useKeptData } from '../../../platform/useKeptData';
import { RequireAuth } from '../../account/components/RequireAuth';
import { ReportRecordsDialog } from '../components/ReportRecordsDialog';
import { StatisticsPanel } from '../components/StatisticsPanel';
import { useStatFormat } from '../format';
import type { PeriodChoice, PeriodKind } from '../period';
import { currentPeriod, parsePeriod, periodCode, yearChoices } from '../period';

const ReportQuery = graphql(`
  query ReportsPage_report($period: String!) {
    periodReport(period: $period) {
      period
      label
      from
      to
      generatedAt
      xlsxUrl
      csvUrl
      figures {
        metric
        label
        definition
        unit
        aggregation
        value
        records
      }
      statistics {
        ...StatisticsPanel_statistics
      }
    }
  }
`);

type Figure = ReportsPage_ReportQuery['periodReport']['figures'][number];

const RATES: StatisticMetric[] = ['ON_TIME_RATE', 'CLOSED_ON_TIME_RATE'];

export function ReportsPage() {
  return (
    <RequireAuth roles={['BROKER', 'ADMIN']}>
      <ReportsContent />
    </RequireAuth>
  );
}

/**
 * "Báo cáo": the period report (a month, quarter or year, `?ky=2026-Q4`): every figure with its definition
 * and the records it counts, the same charts as the public statistics, and the spreadsheet downloads.
 */
function ReportsContent() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [params, setParams] = useSearchParams();
  const [tracing, setTracing] = useState<StatisticMetric | null>(null);
  const choice = parsePeriod(params.get('ky')) ?? currentPeriod();
  const period = periodCode(choice);
  const { data: current, error } = useQuery(ReportQuery, {
    variables: { period },
    fetchPolicy: 'cache-and-network',
  });
  const data = useKeptData(current, period);
  const report = data?.periodReport;

  const choose = (next: PeriodChoice) => {
    const nextParams = new URLSearchParams(params);
    nextParams.set('ky', periodCode(next));
    setParams(nextParams);
  };
  const changeKind = (kind: PeriodKind) => {
    const now = currentPeriod(kind);
    choose(now.year === choice.year ? now : { kind, year: choice.year, index: kind === 'year' ? 0 : 1 });
  };

  const indexOptions =
    choice.kind === 'month'
      ? Array.from({ length: 12 }, (_, i) => ({
          value: String(i + 1),
          label: t('report.period.monthN', { n: i + 1 }),
        }))
      : Array.from({ length: 4 }, (_, i) => ({
          value: String(i + 1),
          label: t('report.period.quarterN', { n: i + 1 }),
        }));

  return (
    <Page title={t('report.reports.title')} description={t('report.reports.description')} size="xl">
      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'lg' }}
        component="section"
        aria-labelledby="period-picker"
      >
        <Stack gap="sm">
          <Title order={2} fz={18} id="period-picker">
            {t('report.period.title')}
          </Title>
          <Group gap="sm" align="flex-end">
            <div>
              <Text size="sm" fw={500} mb={4} id="period-kind">
                {t('report.period.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="period-kind"
                value={choice.kind}
                onChange={(value) => changeKind(value as PeriodKind)}
                data={(['month', 'quarter', 'year'] as const).map((kind) => ({
                  value: kind,
                  label: t(`report.period.kinds.${kind}`),
                }))}
              />
            </div>
            {choice.kind !== 'year' && (
              <Select
                label={choice.kind === 'month' ? t('report.period.month') : t('report.period.quarter')}
                data={indexOptions}
                value={String(choice.index)}
                onChange={(value) => value && choose({ ...choice, index: Number(value) })}
                allowDeselect={false}
                w={150}
              />
            )}
            <Select
              label={t('report.period.year')}
              data={yearChoices().map((year) => ({ value: String(year), label: String(year) }))}
              value={String(choice.year)}
              onChange={(value) => value && choose({ ...choice, year: Number(value) })}
              allowDeselect={false}
              w={120}
            />
          </Group>
        </Stack>
      </Paper>

      {error && !data ? (
        <ErrorAlert error={error} />
      ) : !report ? (
        <PageLoader />
      ) : (
        <>
          <Group justify="space-between" align="flex-end" gap="sm">
            <div>
              <Title order={2} fz={24}>
                {report.label}
              </Title>
              <Text size="sm" c="gray.7">
                {t('report.reports.generatedAt', { date: formatDate(report.generatedAt, true) })}
              </Text>
            </div>
            <Group gap="xs">
              <Button
                component="a"
                href={report.xlsxUrl}
                download
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              >
                {t('report.reports.downloadXlsx')}
              </Button>
              <Button
                component="a"
                href={report.csvUrl}
                download
                variant="default"
                leftSection={<IconFileTypeCsv size={18} aria-hidden />}
              >
                {t('report.reports.downloadCsv')}
              </Button>
            </Group>
          </Group>
          <FiguresTable figures={report.figures} onTrace={setTracing} />
          <StatisticsPanel statistics={report.statistics} />
          <ReportRecordsDialog metric={tracing} period={report.period} onClose={() => setTracing(null)} />
        </>
      )}
    </Page>
  );
}

function FiguresTable({
  figures,
  onTrace,
}: {
  figures: readonly Figure[];
  onTrace: (metric: StatisticMetric) => void;
}) {
  const { t } = useTranslation();
  const f = useStatFormat();
  const value = (figure: Figure) => {
    if (figure.value == null) return '—';
    if (RATES.includes(figure.metric)) return f.percent(figure.value);
    if (figure.metric === 'DEALS_VALUE') return f.dong(figure.value);
    const digits = figure.aggregation === 'AVERAGE' || figure.aggregation === 'MEDIAN' ? 1 : 0;
    return `${f.number(figure.value, digits)} ${figure.unit}`;
  };
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-labelledby="figures-title"
    >
      <Title order={2} fz={20} mb="sm" id="figures-title">
        {t('report.reports.figures')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table fz="sm" verticalSpacing="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.reports.figure')}</Table.Th>
              <Table.Th ta="right">{t('report.reports.value')}</Table.Th>
              <Table.Th ta="right">{t('report.reports.records')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.map((figure) => (
              <Table.Tr key={figure.metric}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm" fw={700}>
                    {figure.label}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {figure.definition}
                  </Text>
                </Table.Th>
                <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {value(figure)}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconListDetails size={14} aria-hidden />}
                    onClick={() => onTrace(figure.metric)}
                    aria-label={t('report.reports.traceLabel', {
                      count: figure.records,
                      figure: figure.label,
                    })}
                  >
                    {figure.records}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
