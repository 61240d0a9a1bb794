import { useQuery } from '@apollo/client';
import {
  Anchor,
  Badge,
  Group,
  Paper,
  RingProgress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import {
  IconAlertTriangle,
  IconClipboardCheck,
  IconFolderQuestion,
  IconHeartHandshake,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { BrokerDashboardPage_DashboardQuery } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { Section } from '../../../platform/components/Section';
import { ErrorAlert } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { RequireAuth } from '../../account/components/RequireAuth';
import { CaseCard } from '../../brokering/components/CaseCard';
import { useStatFormat } from '../format';

const DashboardQuery = graphql(`
  query BrokerDashboardPage_dashboard {
    brokerDashboard {
      listingsToReview
      oldestSubmittedAt
      interestsAwaitingAnswer
      interestsPastReminder
      unassignedCases
      myCases {
        ...CaseCard_case
      }
      myCasesByStage {
        stage
        label
        count
        overdue
      }
      onTimePeriod
      myOnTime {
        rate
        closed
        closedOnTime
        open
        openNotLate
      }
      teamOnTime {
        rate
        closed
        closedOnTime
        open
        openNotLate
      }
    }
  }
`);

type Dashboard = BrokerDashboardPage_DashboardQuery['brokerDashboard'];
type OnTime = Dashboard['myOnTime'];

export function BrokerDashboardPage() {
  return (
    <RequireAuth roles={['BROKER', 'ADMIN']}>
      <BrokerDashboardContent />
    </RequireAuth>
  );
}

/** The broker's work queue: what waits (with links to it), their cases overdue first, on-time rates. */
function BrokerDashboardContent() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(DashboardQuery, {
    fetchPolicy: 'cache-and-network',
    pollInterval: 60_000,
  });
  const dashboard = data?.brokerDashboard;
  return (
    <Page title={t('report.dashboard.title')} description={t('report.dashboard.description')} size="xl">
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !dashboard ? (
        <PageLoader />
      ) : dashboard ? (
        <DashboardView dashboard={dashboard} />
      ) : null}
    </Page>
  );
}

function QueueTile({
  icon: TileIcon,
  label,
  count,
  detail,
  to,
  linkLabel,
  urgent,
}: {
  icon: Icon;
  label: string;
  count: number;
  detail?: string;
  to: string;
  linkLabel: string;
  urgent?: boolean;
}) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="li"
      style={urgent ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600} c="gray.8">
          {label}
        </Text>
        <ThemeIcon variant="light" color={urgent ? 'red' : 'brand'} radius="md" size={34} aria-hidden>
          <TileIcon size={20} />
        </ThemeIcon>
      </Group>
      <Text fz={30} fw={800} lh={1.2} c={urgent ? 'red.9' : 'gray.9'}>
        {count}
      </Text>
      {detail && (
        <Text size="xs" c="gray.7">
          {detail}
        </Text>
      )}
      <Anchor component={Link} to={to} size="sm" fw={600} mt={6} display="inline-block">
        {linkLabel}
      </Anchor>
    </Paper>
  );
}

function OnTimeRing({ title, onTime, period }: { title: string; onTime: OnTime; period: string }) {
  const { t } = useTranslation();
  const f = useStatFormat();
  const rate = onTime.rate;
  return (
    <Group gap="md" wrap="nowrap">
      <RingProgress
        size={110}
        thickness={11}
        roundCaps
        sections={
          rate == null
            ? []
            : [{ value: rate * 100, color: rate >= 0.9 ? 'teal.8' : rate >= 0.7 ? 'orange.8' : 'red.9' }]
        }
        label={
          <Text ta="center" fw={800} size="lg">
            {f.percent(rate)}
          </Text>
        }
      />
      <div>
        <Text fw={700}>{title}</Text>
        <Text size="sm" c="gray.8">
          {t('report.dashboard.onTimeDetail', {
            period,
            closedOnTime: onTime.closedOnTime,
            closed: onTime.closed,
            openNotLate: onTime.openNotLate,
            open: onTime.open,
          })}
        </Text>
      </div>
    </Group>
  );
}

function DashboardView({ dashboard: d }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const myOverdue = d.myCasesByStage.reduce((sum, row) => sum + row.overdue, 0);
  return (
    <Stack gap="lg">
      <section aria-labelledby="queue-title">
        <Title order={2} fz={20} mb="sm" id="queue-title">
          {t('report.dashboard.queue')}
        </Title>
        <SimpleGrid
          cols={{ base: 1, xs: 2, md: 4 }}
          spacing="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          <QueueTile
            icon={IconClipboardCheck}
            label={t('report.dashboard.listingsToReview')}
            count={d.listingsToReview}
            detail={
              d.oldestSubmittedAt
                ? t('report.dashboard.oldestSince', { date: formatDate(d.oldestSubmittedAt) })
                : undefined
            }
            to="/quan-tri/duyet-tin"
            linkLabel={t('report.dashboard.openReview')}
          />
          <QueueTile
            icon={IconHeartHandshake}
            label={t('report.dashboard.interestsAwaiting')}
            count={d.interestsAwaitingAnswer}
            detail={t('report.dashboard.pastReminder', { count: d.interestsPastReminder })}
            to="/quan-tam?chieu=tat-ca&trang-thai=cho-tra-loi"
            linkLabel={t('report.dashboard.openInterests')}
            urgent={d.interestsPastReminder > 0}
          />
          <QueueTile
            icon={IconFolderQuestion}
            label={t('report.dashboard.unassigned')}
            count={d.unassignedCases}
            to="/ho-so"
            linkLabel={t('report.dashboard.openCases')}
          />
          <QueueTile
            icon={IconAlertTriangle}
            label={t('report.dashboard.myOverdue')}
            count={myOverdue}
            to="/ho-so?cua-toi=1&tre-han=1"
            linkLabel={t('report.dashboard.openMyOverdue')}
            urgent={myOverdue > 0}
          />
        </SimpleGrid>
      </section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('report.dashboard.myByStage')}>
          {d.myCasesByStage.every((row) => row.count === 0) ? (
            <Text size="sm" c="gray.7">
              {t('report.dashboard.noOpenCases')}
            </Text>
          ) : (
            <Table fz="sm" withRowBorders>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('report.charts.stage')}</Table.Th>
                  <Table.Th ta="right">{t('report.charts.cases')}</Table.Th>
                  <Table.Th ta="right">{t('report.charts.overdue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.myCasesByStage.map((row) => (
                  <Table.Tr key={row.stage}>
                    <Table.Th scope="row" fw={500}>
                      {row.label}
                    </Table.Th>
                    <Table.Td ta="right">{row.count}</Table.Td>
                    <Table.Td ta="right">
                      {row.overdue > 0 ? (
                        <Badge color="red" variant="filled" radius="sm">
                          {row.overdue}
                        </Badge>
                      ) : (
                        0
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>
        <Section title={t('report.dashboard.onTime', { period: d.onTimePeriod })}>
          <Stack gap="md">
            <OnTimeRing title={t('report.dashboard.mine')} onTime={d.myOnTime} period={d.onTimePeriod} />
            <OnTimeRing title={t('report.dashboard.team')} onTime={d.teamOnTime} period={d.onTimePeriod} />
          </Stack>
        </Section>
      </SimpleGrid>

      <section aria-labelledby="my-cases-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz={20} id="my-cases-title">
            {t('report.dashboard.myCases')}
          </Title>
          <Anchor component={Link} to="/ho-so?cua-toi=1" size="sm" fw={600}>
            {t('report.dashboard.allMyCases')}
          </Anchor>
        </Group>
        {d.myCases.length === 0 ? (
          <Text c="gray.7">{t('report.dashboard.noOpenCases')}</Text>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {d.myCases.map((kase) => (
              <CaseCard key={kase.id} kase={kase} showRequester />
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
