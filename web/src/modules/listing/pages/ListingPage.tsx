import { useQuery } from '@apollo/client';
import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity, IconInfoCircle, IconPencil, IconUserCircle } from '@tabler/icons-react';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../../platform/today';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { ListingPage_ListingQuery } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { Section } from '../../../platform/components/Section';
import { ErrorAlert } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { isStaff, useViewer } from '../../account/hooks/useViewer';
import { VerificationBadge } from '../../organization/components/VerificationBadge';
import { InterestActions } from '../components/InterestActions';
import {
  AnonymousBadge,
  KindBadge,
  ListingStatusBadge,
  PendingStatusBadge,
  useMaturityLabel,
  VerifiedIpBadge,
} from '../components/ListingBadges';
import { ListingBody, ListingFacts } from '../components/ListingContentView';
import { ReviewHistory } from '../components/ReviewHistory';
import { useFormatPrice } from '../hooks/useFormatPrice';
import { editListingPath, reviewListingPath } from '../model';

const ListingQuery = graphql(`
  query ListingPage_listing($slug: String!) {
    listing(slug: $slug) {
      id
      slug
      kind
      status
      pendingStatus
      anonymous
      publishedAt
      expiresAt
      lastConfirmedAt
      viewerCanEdit
      viewerCanReview
      organization {
        id
        name
        type
        verificationStatus
        viewerRole
        province {
          code
          name
        }
      }
      contact {
        name
        email
        phone
      }
      reviews {
        decision
        reason
        brokerName
        createdAt
      }
      content {
        ...ListingContentView_content
      }
    }
  }
`);

type Listing = NonNullable<ListingPage_ListingQuery['listing']>;

/** The public page of a listing, with the owner's and the broker's extras when they look at it. */
export function ListingPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const {
    data: fresh,
    loading,
    error,
  } = useQuery(ListingQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  // The page is rendered at low priority, in slices that leave the browser responsive, rather than in
  // one long task the moment Apollo has the answer.
  const data = useDeferredValue(fresh);

  if (!data && (loading || fresh)) return <PageLoader />;
  const listing = data?.listing;
  if (!listing) {
    return (
      <Page title={t('listing.detail.notFoundTitle')}>
        {error ? <ErrorAlert error={error} /> : <Text>{t('listing.detail.notFound')}</Text>}
        <Group>
          <Button component={Link} to="/tim-kiem" variant="default">
            {t('listing.detail.backToSearch')}
          </Button>
        </Group>
      </Page>
    );
  }
  return <ListingView listing={listing} />;
}

function ListingView({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const maturityLabel = useMaturityLabel();
  const formatPrice = useFormatPrice();
  const { viewer } = useViewer();
  const { content } = listing;
  const isOwner = listing.organization?.viewerRole != null;
  const staff = isStaff(viewer);
  const hasVerifiedIp = content.ipRecords.some((record) => record.verified);
  const maturity = maturityLabel(content.trl, content.maturityStage);
  const closed = listing.kind === 'REQUEST' && !!content.deadline && content.deadline < todayInVietnam();

  return (
    <Page
      title={content.title}
      size="xl"
      description={
        <Stack gap="xs">
          <Group gap="xs">
            <KindBadge kind={listing.kind} size="lg" />
            {maturity && (
              <Text component="span" size="sm" fw={600} c="gray.8">
                {maturity}
              </Text>
            )}
            {hasVerifiedIp && <VerifiedIpBadge size="lg" long />}
            {listing.anonymous && <AnonymousBadge size="lg" />}
          </Group>
          <Group gap="xs">
            <Text component="span" size="sm" c="gray.7">
              {listing.kind === 'OFFER' ? t('listing.fields.price') : t('listing.fields.budget')}:
            </Text>
            <Text component="span" fw={700} c="brand.9">
              {formatPrice(content)}
            </Text>
            {content.province && (
              <Text component="span" size="sm" c="gray.8">
                · {content.province.name}
              </Text>
            )}
          </Group>
          {content.summary && (
            <Text size="lg" c="gray.8" maw={860} style={{ whiteSpace: 'pre-line' }}>
              {content.summary}
            </Text>
          )}
        </Stack>
      }
    >
      {(isOwner || staff) && <OwnerPanel listing={listing} isOwner={isOwner} />}

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ListingBody content={content} kind={listing.kind} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="listing-facts">
              <Title order={2} fz={18} id="listing-facts" mb="sm">
                {t('listing.detail.facts')}
              </Title>
              <ListingFacts
                content={content}
                kind={listing.kind}
                lastConfirmedAt={listing.lastConfirmedAt}
                formatDate={formatDate}
              />
            </Paper>

            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="listing-owner">
              <Title order={2} fz={18} id="listing-owner" mb="sm">
                {listing.kind === 'OFFER' ? t('listing.detail.owner') : t('listing.detail.requester')}
              </Title>
              {listing.organization ? (
                <Stack gap={6}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <IconBuildingCommunity size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                    <Anchor component={Link} to={`/organizations/${listing.organization.id}`} fw={700}>
                      {listing.organization.name}
                    </Anchor>
                  </Group>
                  <Text size="sm" c="gray.7">
                    {t(`enums.organizationType.${listing.organization.type}`)} ·{' '}
                    {listing.organization.province.name}
                  </Text>
                  {listing.organization.verificationStatus !== 'VERIFIED' && (
                    <VerificationBadge status={listing.organization.verificationStatus} />
                  )}
                  {listing.anonymous && (
                    <Text size="sm" c="gray.7">
                      {t('listing.detail.anonymousToPublic')}
                    </Text>
                  )}
                </Stack>
              ) : (
                <Stack gap={6}>
                  <AnonymousBadge size="lg" style={{ alignSelf: 'flex-start' }} />
                  <Text size="sm" c="gray.7">
                    {t('listing.detail.anonymousHint')}
                  </Text>
                </Stack>
              )}
            </Paper>

            {!isOwner && !staff && listing.status === 'PUBLISHED' && (
              <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="listing-connect">
                <Title order={2} fz={18} id="listing-connect" mb="sm">
                  {t('listing.cta.title')}
                </Title>
                <InterestActions
                  signedIn={viewer !== null}
                  openForInterest={content.openForInterest}
                  closed={closed}
                />
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}

/** What only the owner's members and brokers see: where the listing stands, reviews, the contact. */
function OwnerPanel({ listing, isOwner }: { listing: Listing; isOwner: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const latest = listing.reviews[0];
  return (
    <Section
      title={isOwner ? t('listing.detail.ownerPanel') : t('listing.detail.brokerPanel')}
      description={t('listing.detail.ownerPanelHint')}
    >
      <Group gap="sm">
        <ListingStatusBadge status={listing.status} size="lg" />
        {listing.pendingStatus && <PendingStatusBadge status={listing.pendingStatus} size="lg" />}
        {listing.expiresAt && listing.status === 'PUBLISHED' && (
          <Text size="sm" c="gray.8">
            {t('listing.detail.expiresAt', { date: formatDate(listing.expiresAt) })}
          </Text>
        )}
      </Group>
      {listing.pendingStatus && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('listing.detail.pendingNotice')}
        </Alert>
      )}
      {latest && latest.decision !== 'PUBLISHED' && (
        <Alert
          color={latest.decision === 'REJECTED' ? 'red' : 'orange'}
          variant="light"
          title={t('listing.detail.latestReason', { decision: t(`enums.reviewDecision.${latest.decision}`) })}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {latest.reason}
          </Text>
        </Alert>
      )}
      {listing.contact && (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconUserCircle size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm">
            {t('listing.detail.contact', {
              name: listing.contact.name || '—',
              email: listing.contact.email || '—',
              phone: listing.contact.phone || '—',
            })}
          </Text>
        </Group>
      )}
      {listing.reviews.length > 0 && (
        <details>
          <summary style={{ cursor: 'pointer', fontWeight: 600 }}>
            {t('listing.reviews.title', { count: listing.reviews.length })}
          </summary>
          <div style={{ marginTop: 12 }}>
            <ReviewHistory reviews={listing.reviews} />
          </div>
        </details>
      )}
      <Group gap="sm">
        {listing.viewerCanEdit && (
          <Button
            component={Link}
            to={editListingPath(listing.id)}
            leftSection={<IconPencil size={18} aria-hidden />}
          >
            {t('listing.detail.edit')}
          </Button>
        )}
        {isOwner && (
          <Button component={Link} to="/tin-cua-toi" variant="default">
            {t('listing.detail.myListings')}
          </Button>
        )}
        {listing.viewerCanReview && (
          <Button component={Link} to={reviewListingPath(listing.id)} variant="default">
            {t('listing.detail.review')}
          </Button>
        )}
      </Group>
    </Section>
  );
}
