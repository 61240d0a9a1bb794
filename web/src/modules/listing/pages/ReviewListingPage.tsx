import { useMutation, useQuery } from '@apollo/client';
import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { ReviewDecision, ReviewListingPage_ListingQuery } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { Section } from '../../../platform/components/Section';
import { ErrorAlert, useNotifyError } from '../../../platform/errors';
import { useFormatDate, useFormatDay, useFormatDong } from '../../../platform/format';
import { RequireAuth } from '../../account/components/RequireAuth';
import { VerificationBadge } from '../../organization/components/VerificationBadge';
import type { ListedIpRecord } from '../components/IpRecordsList';
import {
  AnonymousBadge,
  KindBadge,
  ListingStatusBadge,
  PendingStatusBadge,
} from '../components/ListingBadges';
import { ListingBody, ListingFacts } from '../components/ListingContentView';
import { ReviewDecisionDialog } from '../components/ReviewDecisionDialog';
import { ReviewHistory } from '../components/ReviewHistory';
import { listingPath } from '../model';

const ReviewListingQuery = graphql(`
  query ReviewListingPage_listing($id: ID!) {
    listing(id: $id) {
      id
      slug
      kind
      status
      pendingStatus
      anonymous
      updatedAt
      lastConfirmedAt
      viewerCanReview
      organization {
        id
        name
        verificationStatus
      }
      contact {
        name
        email
        phone
      }
      reviewDiff {
        field
        label
        before
        after
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
      pendingContent {
        ...ListingContentView_content
      }
    }
  }
`);

const ProvincesQuery = graphql(`
  query ReviewListingPage_provinces {
    provinces {
      code
      name
    }
  }
`);

const VerifyIpMutation = graphql(`
  mutation ReviewListingPage_verifyIpRecord($input: VerifyIpRecordInput!) {
    verifyIpRecord(input: $input) {
      listing {
        id
        content {
          ipRecords {
            id
            type
            status
            number
            date
            territory
            verified
          }
        }
        pendingContent {
          ipRecords {
            id
            type
            status
            number
            date
            territory
            verified
          }
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type ReviewedListing = NonNullable<ReviewListingPage_ListingQuery['listing']>;

const BOOLEAN_FIELDS = new Set(['priceNegotiable', 'openForInterest', 'anonymous']);
const ENUM_LIST_FIELDS: Record<string, 'partnerType' | 'transferForm'> = {
  partnerTypes: 'partnerType',
  transferForms: 'transferForm',
};

/**
 * The API gives each changed field's values as plain text (`LICENCE; ASSIGNMENT`, `false`, `600000000`,
 * `type: PATENT, status: FILED, …`). Shown to a broker in words: enum labels, Có/Không, đồng, names of
 * provinces and files. Anything not recognised is shown as it came.
 */
function useDiffFormatter(listing: ReviewedListing, provinces: readonly { code: string; name: string }[]) {
  const { t } = useTranslation();
  const formatDong = useFormatDong();
  const formatDay = useFormatDay();
  return useMemo(() => {
    const files = new Map<string, string>();
    for (const content of [listing.content, listing.pendingContent]) {
      for (const file of [...(content?.images ?? []), ...(content?.documents ?? [])]) {
        files.set(file.id, file.fileName);
      }
    }
    const provinceNames = new Map(provinces.map((province) => [province.code, province.name]));
    const enumLabel = (group: string, value: string) =>
      t(`enums.${group}.${value}` as 'enums.ipType.PATENT', { defaultValue: value });
    const yesNo = (value: string) =>
      value === 'true' ? t('common.yes') : value === 'false' ? t('common.no') : value;
    const record = (text: string) => {
      const pairs = new Map(
        text.split(', ').map((pair) => {
          const at = pair.indexOf(': ');
          return at === -1 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 2)];
        }),
      );
      if (pairs.has('type') && pairs.has('status')) {
        return [
          enumLabel('ipType', pairs.get('type')!),
          enumLabel('ipStatus', pairs.get('status')!),
          pairs.get('number'),
          pairs.get('date') && pairs.get('date') !== 'null' ? formatDay(pairs.get('date')) : null,
          pairs.get('territory') ? enumLabel('ipTerritory', pairs.get('territory')!) : null,
          pairs.get('verified') === 'true' ? t('listing.badges.ipVerified') : null,
        ]
          .filter(Boolean)
          .join(' · ');
      }
      if (pairs.has('attachmentId')) {
        const name = files.get(pairs.get('attachmentId')!) ?? pairs.get('attachmentId');
        return pairs.get('confidential') === 'true' ? `${name} (${t('listing.badges.confidential')})` : name;
      }
      return text;
    };
    return (field: string, value: string): string => {
      if (BOOLEAN_FIELDS.has(field)) return yesNo(value);
      if ((field === 'priceMin' || field === 'priceMax') && /^\d+$/.test(value))
        return formatDong(Number(value));
      if (field === 'trl' && /^\d$/.test(value)) return `TRL ${value}`;
      if (field === 'provinceCode') return provinceNames.get(value) ?? value;
      if (field === 'deadline') return formatDay(value);
      const list = value.split('; ');
      if (ENUM_LIST_FIELDS[field]) return list.map((v) => enumLabel(ENUM_LIST_FIELDS[field], v)).join(', ');
      if (field === 'languages') {
        return list
          .map((code) => t(`listing.languages.${code}` as 'listing.languages.vi', { defaultValue: code }))
          .join(', ');
      }
      if (field === 'imageIds') return list.map((id) => files.get(id) ?? id).join('\n');
      if (field === 'ipRecords' || field === 'documents') return list.map(record).join('\n');
      return value;
    };
  }, [listing, provinces, t, formatDong, formatDay]);
}

export function ReviewListingPage() {
  return (
    <RequireAuth roles={['BROKER', 'ADMIN']}>
      <ReviewListingContent />
    </RequireAuth>
  );
}

function ReviewListingContent() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ReviewListingQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <PageLoader />;
  const listing = data?.listing;
  if (!listing) {
    return (
      <Page title={t('listing.review.title')}>
        {error ? <ErrorAlert error={error} /> : <ErrorAlert kind="NOT_FOUND" />}
      </Page>
    );
  }
  return <ReviewView listing={listing} />;
}

/** One listing under review: what changed, the full content, IP checks and the three decisions. */
function ReviewView({ listing }: { listing: ReviewedListing }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const notifyError = useNotifyError();
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const [verifyIp] = useMutation(VerifyIpMutation);
  // The switch shows what the broker chose while the API records it.
  const [verifying, setVerifying] = useState<{ id: string; verified: boolean } | null>(null);
  const { data: provincesData } = useQuery(ProvincesQuery);
  const formatValue = useDiffFormatter(listing, provincesData?.provinces ?? []);
  const content = listing.pendingContent ?? listing.content;
  const changesOfLive = listing.pendingContent !== null && listing.pendingContent !== undefined;
  const unverified = listing.organization && listing.organization.verificationStatus !== 'VERIFIED';

  const toggleIp = async (record: ListedIpRecord, verified: boolean) => {
    setVerifying({ id: record.id, verified });
    try {
      const { data } = await verifyIp({
        variables: { input: { listingId: listing.id, ipRecordId: record.id, verified } },
      });
      const payload = data?.verifyIpRecord;
      if (payload && payload.errors.length > 0) {
        notifications.show({ color: 'red', message: payload.errors.map((e) => e.message).join(' ') });
      } else {
        notifications.show({
          color: 'green',
          message: verified ? t('listing.review.ipVerified') : t('listing.review.ipUnverified'),
        });
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setVerifying(null);
    }
  };

  return (
    <Page
      title={content.title}
      size="xl"
      description={
        <Group gap="xs">
          <KindBadge kind={listing.kind} size="lg" />
          <ListingStatusBadge status={listing.status} size="lg" />
          {listing.pendingStatus && <PendingStatusBadge status={listing.pendingStatus} size="lg" />}
          {listing.anonymous && <AnonymousBadge size="lg" />}
        </Group>
      }
      actions={
        <Button
          component={Link}
          to="/quan-tri/duyet-tin"
          variant="default"
          leftSection={<IconArrowLeft size={18} aria-hidden />}
        >
          {t('listing.review.backToQueue')}
        </Button>
      }
    >
      {unverified && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('listing.review.organizationUnverified')}{' '}
          <Anchor component={Link} to="/admin/organizations" fw={600}>
            {t('listing.review.verifyOrganizations')}
          </Anchor>
        </Alert>
      )}

      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'lg' }}
        component="section"
        aria-labelledby="review-decide"
      >
        <Stack gap="sm">
          <Title order={2} fz={20} id="review-decide">
            {t('listing.review.decide')}
          </Title>
          <Text size="sm" c="gray.7">
            {listing.viewerCanReview ? t('listing.review.decideHint') : t('listing.review.notReviewable')}
          </Text>
          <Group gap="sm">
            <Button
              color="green"
              leftSection={<IconCheck size={18} aria-hidden />}
              disabled={!listing.viewerCanReview}
              onClick={() => setDecision('PUBLISHED')}
            >
              {t('listing.review.publish')}
            </Button>
            <Button
              color="orange"
              variant="outline"
              leftSection={<IconPencil size={18} aria-hidden />}
              disabled={!listing.viewerCanReview}
              onClick={() => setDecision('CHANGES_REQUESTED')}
            >
              {t('listing.review.requestChanges')}
            </Button>
            <Button
              color="red"
              variant="outline"
              leftSection={<IconX size={18} aria-hidden />}
              disabled={!listing.viewerCanReview}
              onClick={() => setDecision('REJECTED')}
            >
              {t('listing.review.reject')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Section
        title={changesOfLive ? t('listing.review.diffTitleChanges') : t('listing.review.diffTitleNew')}
        description={changesOfLive ? t('listing.review.diffHint') : t('listing.review.diffHintNew')}
      >
        {listing.reviewDiff.length === 0 ? (
          <Text c="gray.7">{t('listing.review.noDiff')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" withTableBorder withColumnBorders layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="22%">
                    {t('listing.review.field')}
                  </Table.Th>
                  {changesOfLive && <Table.Th scope="col">{t('listing.review.before')}</Table.Th>}
                  <Table.Th scope="col">
                    {changesOfLive ? t('listing.review.after') : t('listing.review.submitted')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {listing.reviewDiff.map((change) => (
                  <Table.Tr key={change.field}>
                    <Table.Th scope="row" fw={600}>
                      {change.label}
                    </Table.Th>
                    {changesOfLive && (
                      <Table.Td bg={change.before ? 'red.0' : undefined}>
                        <DiffValue value={change.before && formatValue(change.field, change.before)} />
                      </Table.Td>
                    )}
                    <Table.Td bg={changesOfLive && change.after ? 'green.0' : undefined}>
                      <DiffValue value={change.after && formatValue(change.field, change.after)} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ListingBody
            content={content}
            kind={listing.kind}
            ipAction={(record) => (
              <Switch
                label={t('listing.review.ipVerifiedSwitch')}
                description={t('listing.review.ipVerifiedHint')}
                checked={verifying?.id === record.id ? verifying.verified : record.verified}
                disabled={verifying !== null}
                onChange={(event) => void toggleIp(record, event.currentTarget.checked)}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="review-facts">
              <Title order={2} fz={18} id="review-facts" mb="sm">
                {t('listing.detail.facts')}
              </Title>
              <ListingFacts
                content={content}
                kind={listing.kind}
                lastConfirmedAt={listing.lastConfirmedAt}
                formatDate={formatDate}
              />
            </Paper>
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="review-owner">
              <Title order={2} fz={18} id="review-owner" mb="sm">
                {t('listing.review.owner')}
              </Title>
              {listing.organization && (
                <Stack gap={6}>
                  <Anchor component={Link} to={`/organizations/${listing.organization.id}`} fw={700}>
                    {listing.organization.name}
                  </Anchor>
                  <VerificationBadge
                    status={listing.organization.verificationStatus}
                    style={{ alignSelf: 'flex-start' }}
                  />
                </Stack>
              )}
              {listing.contact && (
                <Text size="sm" mt="sm">
                  {t('listing.detail.contact', {
                    name: listing.contact.name || '—',
                    email: listing.contact.email || '—',
                    phone: listing.contact.phone || '—',
                  })}
                </Text>
              )}
            </Paper>
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="review-history">
              <Title order={2} fz={18} id="review-history" mb="sm">
                {t('listing.reviews.heading')}
              </Title>
              <ReviewHistory reviews={listing.reviews} />
            </Paper>
            {listing.status === 'PUBLISHED' && (
              <Button component={Link} to={listingPath(listing.slug)} variant="default">
                {t('listing.review.viewPublic')}
              </Button>
            )}
          </Stack>
        </Grid.Col>
      </Grid>

      <ReviewDecisionDialog
        listing={{ id: listing.id, title: content.title }}
        decision={decision}
        onClose={() => setDecision(null)}
        onDone={() => {
          setDecision(null);
          void navigate('/quan-tri/duyet-tin');
        }}
      />
    </Page>
  );
}

function DiffValue({ value }: { value: string | null }) {
  const { t } = useTranslation();
  if (value === null) {
    return (
      <Text size="sm" c="gray.7" fs="italic">
        {t('listing.review.empty')}
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  );
}
