import { useQuery } from '@apollo/client';
import { Alert, Anchor, Group, Paper, SegmentedControl, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInfoCircle, IconTopologyStar3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { MatchStatus } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useKeptData } from '../../../platform/useKeptData';
import { RequireAuth } from '../../account/components/RequireAuth';
import { KindBadge } from '../../listing/components/ListingBadges';
import { listingPath } from '../../listing/model';
import { MatchProposalCard } from '../components/MatchProposalCard';
import { MATCH_REVIEW_PATH } from '../model';

const ProposalsQuery = graphql(`
  query MatchReviewPage_proposals($listingId: ID, $status: [MatchStatus!], $first: Int) {
    matchProposals(listingId: $listingId, status: $status, first: $first) {
      ...MatchProposalCard_proposal
    }
  }
`);

const ListingQuery = graphql(`
  query MatchReviewPage_listing($id: ID!) {
    listing(id: $id) {
      id
      slug
      kind
      content {
        title
      }
    }
  }
`);

const STATUS_PARAMS: Record<string, MatchStatus> = {
  'de-xuat': 'PROPOSED',
  'da-gioi-thieu': 'INTRODUCED',
  'da-bo-qua': 'DISMISSED',
};

export function MatchReviewPage() {
  return (
    <RequireAuth roles={['BROKER', 'ADMIN']}>
      <MatchReviewContent />
    </RequireAuth>
  );
}

/**
 * "Ghép nối": the system's proposals, best first, each with its score and why; the broker introduces the
 * parties or dismisses the proposal. `?tin=<listing id>` narrows to one listing's proposals (any status).
 */
function MatchReviewContent() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const listingId = params.get('tin');
  const statusKey = params.get('trang-thai') ?? 'de-xuat';
  const status = STATUS_PARAMS[statusKey] ?? 'PROPOSED';
  const { data: current, error } = useQuery(ProposalsQuery, {
    variables: { listingId, status: [status], first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const data = useKeptData(current, `${listingId}|${status}`);
  const { data: listingData } = useQuery(ListingQuery, {
    variables: { id: listingId ?? '' },
    skip: !listingId,
  });
  const listing = listingData?.listing;
  const proposals = data?.matchProposals ?? [];

  return (
    <Page title={t('matching.title')} description={t('matching.description')} size="lg">
      {listingId && (
        <Alert color="brand" variant="light" icon={<IconInfoCircle aria-hidden />}>
          <Stack gap={4}>
            {listing ? (
              <Group gap="xs">
                <Text size="sm">{t('matching.forListing')}</Text>
                <KindBadge kind={listing.kind} size="sm" />
                <Anchor component={Link} to={listingPath(listing.slug)} size="sm" fw={700}>
                  {listing.content.title}
                </Anchor>
              </Group>
            ) : (
              <Text size="sm">{t('matching.forOneListing')}</Text>
            )}
            <Anchor component={Link} to={MATCH_REVIEW_PATH} size="sm" fw={600}>
              {t('matching.showAll')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <div>
        <Text size="sm" fw={500} mb={4} id="match-status-filter">
          {t('matching.statusFilter')}
        </Text>
        <SegmentedControl
          aria-labelledby="match-status-filter"
          value={statusKey in STATUS_PARAMS ? statusKey : 'de-xuat'}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value === 'de-xuat') next.delete('trang-thai');
            else next.set('trang-thai', value);
            setParams(next);
          }}
          data={Object.entries(STATUS_PARAMS).map(([value, s]) => ({
            value,
            label: t(`matching.statusPlural.${s}`),
          }))}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
      </div>
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : !data ? (
        <PageLoader />
      ) : proposals.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" ta="center" gap="sm">
            <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
              <IconTopologyStar3 size={30} />
            </ThemeIcon>
            <Title order={2} fz={20}>
              {t(`matching.empty.${status}`)}
            </Title>
            {status === 'PROPOSED' && <Text c="gray.7">{t('matching.emptyText')}</Text>}
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="gray.7" role="status">
            {t('matching.total', { count: proposals.length })}
          </Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {proposals.map((proposal) => (
              <MatchProposalCard key={proposal.id} proposal={proposal} />
            ))}
          </Stack>
        </Stack>
      )}
    </Page>
  );
}
