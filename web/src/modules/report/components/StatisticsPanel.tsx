import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { SimpleGrid, Stack, Title } from '@mantine/core';
import {
  IconBulb,
  IconClockCheck,
  IconFolders,
  IconHandFinger,
  IconMessageReport,
  IconMoodSmile,
  IconSearch,
  IconTrophy,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { StatisticsPanel_StatisticsFragment } from '../../../generated/graphql';
import { useStatFormat } from '../format';
import { ChartFigure } from './ChartFigure';
import { StatTile } from './StatTile';

graphql(`
  fragment StatisticsPanel_statistics on PublicStatistics {
    generatedAt
    offersPublished
    requestsPublished
    interestsExpressed
    casesHandled
    casesOpened
    casesClosed
    dealsClosed
    dealsValue
    bySector {
      sector {
        id
        code
        label
      }
      offers
      requests
    }
    byMonth {
      month
      offers
      requests
    }
    casesByStage {
      stage
      label
      count
      overdue
    }
    onTime {
      rate
      closed
      closedOnTime
      closedOnTimeRate
      open
      openNotLate
    }
    firstResponse {
      medianWorkingDays
      averageWorkingDays
      cases
    }
    satisfaction {
      average
      ratings
      distribution
    }
    complaints {
      filed
      answered
      answeredOnTime
      answeredOnTimeRate
      overdue
    }
  }
`);

// Colours with enough contrast against white for bars (WCAG 1.4.11 asks 3:1 for graphics).
const OFFER_COLOR = 'brand.8';
const REQUEST_COLOR = 'grape.8';

/**
 * The exchange's figures: headline tiles (listings, cases, deals, on-time rate, response time,
 * satisfaction, complaints) and charts (listings by sector and by month, cases by stage), each chart
 * with its numbers as a table.
 */
export function StatisticsPanel({
  statistics,
  headingOrder = 2,
}: {
  statistics: StatisticsPanel_StatisticsFragment;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation();
  const f = useStatFormat();
  const s = statistics;
  const offersLabel = t('report.charts.offers');
  const requestsLabel = t('report.charts.requests');

  const sectors = s.bySector
    .filter((row) => row.offers + row.requests > 0)
    .map((row) => ({ sector: row.sector.label, offers: row.offers, requests: row.requests }));
  const months = s.byMonth.map((row) => ({
    month: f.month(row.month),
    offers: row.offers,
    requests: row.requests,
  }));
  const stages = s.casesByStage.map((row) => ({
    stage: row.label,
    onTime: row.count - row.overdue,
    overdue: row.overdue,
    count: row.count,
  }));

  return (
    <Stack gap="lg">
      <section aria-labelledby="stat-tiles">
        <Title order={headingOrder} fz={20} mb="sm" id="stat-tiles">
          {t('report.tiles.title')}
        </Title>
        <SimpleGrid
          cols={{ base: 2, md: 4 }}
          spacing="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          <StatTile
            icon={IconBulb}
            label={t('report.tiles.listings')}
            value={f.number(s.offersPublished + s.requestsPublished)}
            detail={t('report.tiles.listingsDetail', {
              offers: f.number(s.offersPublished),
              requests: f.number(s.requestsPublished),
            })}
          />
          <StatTile
            icon={IconHandFinger}
            label={t('report.tiles.interests')}
            value={f.number(s.interestsExpressed)}
            detail={t('report.tiles.interestsDetail')}
          />
          <StatTile
            icon={IconFolders}
            label={t('report.tiles.cases')}
            value={f.number(s.casesHandled)}
            detail={t('report.tiles.casesDetail', {
              opened: f.number(s.casesOpened),
              closed: f.number(s.casesClosed),
            })}
          />
          <StatTile
            icon={IconTrophy}
            color="teal"
            label={t('report.tiles.deals')}
            value={f.number(s.dealsClosed)}
            detail={t('report.tiles.dealsDetail', { value: f.dong(s.dealsValue) })}
          />
          <StatTile
            icon={IconClockCheck}
            color="teal"
            label={t('report.tiles.onTime')}
            value={f.percent(s.onTime.rate)}
            detail={t('report.tiles.onTimeDetail', {
              closedOnTime: f.number(s.onTime.closedOnTime),
              closed: f.number(s.onTime.closed),
              openNotLate: f.number(s.onTime.openNotLate),
              open: f.number(s.onTime.open),
            })}
          />
          <StatTile
            icon={IconSearch}
            label={t('report.tiles.firstResponse')}
            value={
              s.firstResponse.medianWorkingDays == null
                ? '—'
                : t('report.tiles.days', { count: f.number(s.firstResponse.medianWorkingDays, 1) })
            }
            detail={t('report.tiles.firstResponseDetail', {
              average: f.number(s.firstResponse.averageWorkingDays, 1),
              cases: f.number(s.firstResponse.cases),
            })}
          />
          <StatTile
            icon={IconMoodSmile}
            color="yellow"
            label={t('report.tiles.satisfaction')}
            value={s.satisfaction.average == null ? '—' : `${f.number(s.satisfaction.average, 1)}/5`}
            detail={t('report.tiles.satisfactionDetail', { ratings: f.number(s.satisfaction.ratings) })}
          />
          <StatTile
            icon={IconMessageReport}
            color="orange"
            label={t('report.tiles.complaints')}
            value={f.number(s.complaints.filed)}
            detail={t('report.tiles.complaintsDetail', {
              onTime: f.number(s.complaints.answeredOnTime),
              rate: f.percent(s.complaints.answeredOnTimeRate),
              overdue: f.number(s.complaints.overdue),
            })}
          />
        </SimpleGrid>
      </section>

      <section aria-labelledby="stat-charts">
        <Title order={headingOrder} fz={20} mb="sm" id="stat-charts">
          {t('report.charts.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <ChartFigure
            title={t('report.charts.bySector')}
            description={t('report.charts.bySectorHint')}
            columns={[t('report.charts.sector'), offersLabel, requestsLabel]}
            rows={sectors.map((row) => [row.sector, row.offers, row.requests])}
            chart={
              <BarChart
                h={Math.max(180, sectors.length * 34 + 60)}
                data={sectors}
                dataKey="sector"
                orientation="vertical"
                type="stacked"
                withLegend
                yAxisProps={{ width: 150 }}
                xAxisProps={{ allowDecimals: false }}
                series={[
                  { name: 'offers', label: offersLabel, color: OFFER_COLOR },
                  { name: 'requests', label: requestsLabel, color: REQUEST_COLOR },
                ]}
                gridAxis="x"
              />
            }
          />
          <ChartFigure
            title={t('report.charts.byMonth')}
            description={t('report.charts.byMonthHint')}
            columns={[t('report.charts.month'), offersLabel, requestsLabel]}
            rows={months.map((row) => [row.month, row.offers, row.requests])}
            chart={
              <BarChart
                h={280}
                data={months}
                dataKey="month"
                withLegend
                series={[
                  { name: 'offers', label: offersLabel, color: OFFER_COLOR },
                  { name: 'requests', label: requestsLabel, color: REQUEST_COLOR },
                ]}
                tickLine="y"
                yAxisProps={{ allowDecimals: false }}
              />
            }
          />
          <ChartFigure
            title={t('report.charts.byStage')}
            description={t('report.charts.byStageHint')}
            columns={[t('report.charts.stage'), t('report.charts.cases'), t('report.charts.overdue')]}
            rows={stages.map((row) => [row.stage, row.count, row.overdue])}
            chart={
              <BarChart
                h={280}
                data={stages}
                dataKey="stage"
                type="stacked"
                withLegend
                series={[
                  { name: 'onTime', label: t('report.charts.notOverdue'), color: 'brand.8' },
                  { name: 'overdue', label: t('report.charts.overdue'), color: 'red.9' },
                ]}
                tickLine="y"
                xAxisProps={{ interval: 0, angle: -30, textAnchor: 'end', height: 70 }}
                yAxisProps={{ allowDecimals: false }}
              />
            }
          />
          <ChartFigure
            title={t('report.charts.satisfaction')}
            description={t('report.charts.satisfactionHint')}
            columns={[t('report.charts.stars'), t('report.charts.ratings')]}
            rows={
              s.satisfaction.ratings === 0
                ? []
                : s.satisfaction.distribution.map((count, i) => [
                    t('report.charts.starsValue', { count: i + 1 }),
                    count,
                  ])
            }
            chart={
              <BarChart
                h={220}
                data={s.satisfaction.distribution.map((count, i) => ({
                  stars: t('report.charts.starsValue', { count: i + 1 }),
                  ratings: count,
                }))}
                dataKey="stars"
                series={[{ name: 'ratings', label: t('report.charts.ratings'), color: 'yellow.9' }]}
                tickLine="y"
                yAxisProps={{ allowDecimals: false }}
              />
            }
          />
        </SimpleGrid>
      </section>
    </Stack>
  );
}
