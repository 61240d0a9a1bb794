import { useQuery } from '@apollo/client';
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { RequireAuth } from '../../account/components/RequireAuth';
import { VerificationBadge } from '../../organization/components/VerificationBadge';
import { AnonymousBadge, KindBadge } from '../components/ListingBadges';
import { reviewListingPath } from '../model';

const ReviewQueueQuery = graphql(`
  query ReviewQueuePage_reviewQueue($first: Int!, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          kind
          status
          pendingStatus
          anonymous
          updatedAt
          content {
            title
          }
          pendingContent {
            title
          }
          organization {
            id
            name
            verificationStatus
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 50;

export function ReviewQueuePage() {
  return (
    <RequireAuth roles={['BROKER', 'ADMIN']}>
      <ReviewQueueContent />
    </RequireAuth>
  );
}

/** Brokers' queue: first submissions and changes to published listings, oldest first. */
function ReviewQueueContent() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { data, loading, error, fetchMore } = useQuery(ReviewQueueQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const listings = data?.reviewQueue.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title={t('listing.queue.title')} description={t('listing.queue.description')} size="xl">
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !data ? (
        <PageLoader />
      ) : (
        <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
          <Text size="sm" c="gray.7" mb="xs" role="status">
            {t('listing.queue.total', { count: data?.reviewQueue.totalCount ?? 0 })}
          </Text>
          {listings.length === 0 ? (
            <Text py="md">{t('listing.queue.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('listing.queue.listing')}</Table.Th>
                    <Table.Th scope="col">{t('listing.queue.organization')}</Table.Th>
                    <Table.Th scope="col">{t('listing.queue.what')}</Table.Th>
                    <Table.Th scope="col">{t('listing.queue.submittedAt')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('listing.queue.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {listings.map((listing) => {
                    const title = listing.pendingContent?.title || listing.content.title;
                    const changes = listing.status === 'PUBLISHED' || listing.status === 'EXPIRED';
                    return (
                      <Table.Tr key={listing.id}>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap" align="flex-start">
                            <KindBadge kind={listing.kind} size="sm" miw="max-content" />
                            <Anchor component={Link} to={reviewListingPath(listing.id)} fw={600} size="sm">
                              {title}
                            </Anchor>
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          {listing.organization ? (
                            <Stack gap={4} align="flex-start">
                              <Text size="sm">{listing.organization.name}</Text>
                              <Group gap={4}>
                                <VerificationBadge
                                  status={listing.organization.verificationStatus}
                                  size="xs"
                                />
                                {listing.anonymous && <AnonymousBadge size="xs" />}
                              </Group>
                            </Stack>
                          ) : (
                            <AnonymousBadge size="sm" />
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            variant="light"
                            color={changes ? 'grape' : 'blue'}
                            radius="sm"
                            miw="max-content"
                          >
                            {changes ? t('listing.queue.changes') : t('listing.queue.new')}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatDate(listing.updatedAt, true)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Button
                            component={Link}
                            to={reviewListingPath(listing.id)}
                            size="xs"
                            aria-label={t('listing.queue.openLabel', { title })}
                          >
                            {t('listing.queue.open')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {data?.reviewQueue.pageInfo.hasNextPage && (
            <Group justify="center" mt="md">
              <Button
                variant="light"
                onClick={() => void fetchMore({ variables: { after: data.reviewQueue.pageInfo.endCursor } })}
              >
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
        </Paper>
      )}
    </Page>
  );
}
