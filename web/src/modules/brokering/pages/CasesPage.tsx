import { useQuery } from '@apollo/client';
import { Button, Chip, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFolders, IconMessagePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useKeptData } from '../../../platform/useKeptData';
import { RequireAuth } from '../../account/components/RequireAuth';
import { isStaff, useViewer } from '../../account/hooks/useViewer';
import { CaseCard } from '../components/CaseCard';
import { RequestBrokeringDialog } from '../components/RequestBrokeringDialog';

const CasesQuery = graphql(`
  query CasesPage_cases($first: Int!, $where: CaseWhere) {
    cases(first: $first, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...CaseCard_case
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

export function CasesPage() {
  return (
    <RequireAuth>
      <CasesContent />
    </RequireAuth>
  );
}

/**
 * "Hồ sơ": brokering dossiers in work order (overdue first, then by due date, closed last). Members see
 * their organisation's; brokers all of them, or only theirs (`?cua-toi=1`), or only late ones (`?tre-han=1`).
 */
function CasesContent() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const staff = isStaff(viewer);
  const [params, setParams] = useSearchParams();
  const [requesting, setRequesting] = useState(false);
  const mine = staff && params.get('cua-toi') === '1';
  const lateOnly = params.get('tre-han') === '1';
  const first = Math.min(100, Math.max(PAGE_SIZE, Number(params.get('so')) || PAGE_SIZE));

  const { data, loading, error } = useQuery(CasesQuery, {
    variables: { first, where: { mine: mine || undefined, lateOnly: lateOnly || undefined } },
    fetchPolicy: 'cache-and-network',
  });
  const shown = useKeptData(data, `${mine}|${lateOnly}`);

  const toggle = (key: string, on: boolean) => {
    const next = new URLSearchParams(params);
    if (on) next.set(key, '1');
    else next.delete(key);
    next.delete('so');
    setParams(next);
  };

  const cases = shown?.cases.edges.map((edge) => edge.node) ?? [];
  const canRequest = !!viewer?.activeOrganization;

  return (
    <Page
      title={staff ? t('brokering.cases.titleBroker') : t('brokering.cases.title')}
      description={staff ? t('brokering.cases.descriptionBroker') : t('brokering.cases.description')}
      size="lg"
      actions={
        canRequest && (
          <Button leftSection={<IconMessagePlus size={18} aria-hidden />} onClick={() => setRequesting(true)}>
            {t('brokering.cases.newRequest')}
          </Button>
        )
      }
    >
      <Group gap="xs" role="group" aria-label={t('brokering.cases.filters')}>
        {staff && (
          <Chip checked={mine} onChange={(on) => toggle('cua-toi', on)} variant="outline">
            {t('brokering.cases.mineOnly')}
          </Chip>
        )}
        <Chip checked={lateOnly} onChange={(on) => toggle('tre-han', on)} variant="outline" color="red">
          {t('brokering.cases.lateOnly')}
        </Chip>
      </Group>
      {error && !shown ? (
        <ErrorAlert error={error} />
      ) : !shown ? (
        <PageLoader />
      ) : cases.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" ta="center" gap="sm">
            <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
              <IconFolders size={30} />
            </ThemeIcon>
            <Title order={2} fz={20}>
              {mine || lateOnly ? t('brokering.cases.emptyFiltered') : t('brokering.cases.empty')}
            </Title>
            {!staff && !mine && !lateOnly && <Text c="gray.7">{t('brokering.cases.emptyText')}</Text>}
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="gray.7" role="status">
            {t('brokering.cases.total', { count: shown.cases.totalCount })}
          </Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {cases.map((kase) => (
              <CaseCard key={kase.id} kase={kase} showRequester={staff} />
            ))}
          </Stack>
          {shown.cases.pageInfo.hasNextPage && first < 100 && (
            <Group justify="center">
              <Button
                variant="light"
                loading={loading}
                onClick={() => {
                  const next = new URLSearchParams(params);
                  next.set('so', String(first + PAGE_SIZE));
                  setParams(next, { replace: true });
                }}
              >
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <RequestBrokeringDialog opened={requesting} onClose={() => setRequesting(false)} />
    </Page>
  );
}
