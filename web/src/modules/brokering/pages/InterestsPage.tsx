import { useQuery } from '@apollo/client';
import { Button, Group, Paper, SegmentedControl, Stack, Tabs, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { InterestDirection, InterestStatus } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useKeptData } from '../../../platform/useKeptData';
import { RequireAuth } from '../../account/components/RequireAuth';
import { isStaff, useViewer } from '../../account/hooks/useViewer';
import { InterestCard } from '../components/InterestCard';
import type { InterestTab } from '../model';
import { INTEREST_TABS } from '../model';

const InterestsQuery = graphql(`
  query InterestsPage_interests($direction: InterestDirection!, $first: Int!, $status: [InterestStatus!]) {
    interests(direction: $direction, first: $first, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...InterestCard_interest
        }
      }
    }
  }
`);

const STATUS_FILTERS = {
  'tat-ca': undefined,
  'cho-tra-loi': ['PENDING'],
  'chap-nhan': ['ACCEPTED'],
  'tu-choi': ['DECLINED'],
} as const satisfies Record<string, readonly InterestStatus[] | undefined>;
type StatusFilter = keyof typeof STATUS_FILTERS;
const STATUS_KEYS = Object.keys(STATUS_FILTERS) as StatusFilter[];

const PAGE_SIZE = 20;

export function InterestsPage() {
  return (
    <RequireAuth>
      <InterestsContent />
    </RequireAuth>
  );
}

/**
 * "Quan tâm": the interests the organisation sent and those it received on its listings (`?chieu=gui|nhan`),
 * and for brokers every interest (`?chieu=tat-ca`). The owner answers received ones here.
 */
function InterestsContent() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const staff = isStaff(viewer);
  const tabs: InterestTab[] = staff ? ['gui', 'nhan', 'tat-ca'] : ['gui', 'nhan'];
  const asked = params.get('chieu') as InterestTab | null;
  const tab: InterestTab =
    asked && tabs.includes(asked) ? asked : staff && !viewer?.activeOrganization ? 'tat-ca' : 'nhan';
  const statusParam = params.get('trang-thai') as StatusFilter | null;
  const status: StatusFilter = statusParam && STATUS_KEYS.includes(statusParam) ? statusParam : 'tat-ca';
  const first = Math.min(100, Math.max(PAGE_SIZE, Number(params.get('so')) || PAGE_SIZE));
  const direction: InterestDirection = INTEREST_TABS[tab];

  const { data: current, error } = useQuery(InterestsQuery, {
    variables: {
      direction,
      first,
      status: STATUS_FILTERS[status] ? [...STATUS_FILTERS[status]] : undefined,
    },
    fetchPolicy: 'cache-and-network',
  });
  const data = useKeptData(current, `${direction}|${status}`);

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: false });
  };

  const interests = data?.interests.edges.map((edge) => edge.node) ?? [];
  const noOrganization = !viewer?.activeOrganization && tab !== 'tat-ca';

  return (
    <Page title={t('brokering.interests.title')} description={t('brokering.interests.description')} size="lg">
      <Tabs
        value={tab}
        onChange={(value) => value && set({ chieu: value, so: null })}
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List>
          {tabs.map((key) => (
            <Tabs.Tab key={key} value={key} fw={600}>
              {t(`brokering.interests.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((key) => (
          <Tabs.Panel key={key} value={key} pt="md">
            <Stack gap="md">
              <div>
                <Text size="sm" fw={500} mb={4} id="interest-status-filter">
                  {t('brokering.interests.statusFilter')}
                </Text>
                <SegmentedControl
                  aria-labelledby="interest-status-filter"
                  value={status}
                  onChange={(value) => set({ 'trang-thai': value === 'tat-ca' ? null : value, so: null })}
                  data={STATUS_KEYS.map((value) => ({
                    value,
                    label: t(`brokering.interests.statusFilters.${value}`),
                  }))}
                  style={{ maxWidth: '100%', overflowX: 'auto' }}
                />
              </div>
              {noOrganization ? (
                <Text c="gray.7">{t('brokering.interests.noOrganization')}</Text>
              ) : error && !data ? (
                <ErrorAlert error={error} />
              ) : !data ? (
                <PageLoader />
              ) : interests.length === 0 ? (
                <Paper withBorder radius="md" p="xl">
                  <Stack align="center" ta="center" gap="sm">
                    <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
                      <IconHeartHandshake size={30} />
                    </ThemeIcon>
                    <Title order={2} fz={20}>
                      {t(`brokering.interests.empty.${tab}`)}
                    </Title>
                  </Stack>
                </Paper>
              ) : (
                <>
                  <Text size="sm" c="gray.7" role="status">
                    {t('brokering.interests.total', { count: data?.interests.totalCount ?? 0 })}
                  </Text>
                  <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                    {interests.map((interest) => (
                      <InterestCard key={interest.id} interest={interest} direction={direction} />
                    ))}
                  </Stack>
                  {data?.interests.pageInfo.hasNextPage && first < 100 && (
                    <Group justify="center">
                      <Button variant="light" onClick={() => set({ so: String(first + PAGE_SIZE) })}>
                        {t('common.loadMore')}
                      </Button>
                    </Group>
                  )}
                </>
              )}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}
