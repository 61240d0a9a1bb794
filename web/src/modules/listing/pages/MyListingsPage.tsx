import { useMutation, useQuery } from '@apollo/client';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconCalendarRepeat,
  IconChecks,
  IconDots,
  IconFilePlus,
  IconPencil,
  IconSend,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { ListingStatus, MyListingsPage_ListingsQuery } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../platform/components/ConfirmDialog';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert, useNotifyError } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { RequireAuth } from '../../account/components/RequireAuth';
import { useViewer } from '../../account/hooks/useViewer';
import { KindBadge, ListingStatusBadge, PendingStatusBadge } from '../components/ListingBadges';
import { editListingPath, listingPath, SUBMITTABLE } from '../model';

const MyListingsQuery = graphql(`
  query MyListingsPage_listings($first: Int!, $after: String, $where: ListingWhere) {
    listings(first: $first, after: $after, where: $where) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          kind
          status
          pendingStatus
          expiresAt
          lastConfirmedAt
          updatedAt
          viewerCanEdit
          content {
            title
          }
          pendingContent {
            title
          }
          reviews {
            decision
            reason
            brokerName
            createdAt
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

const SubmitMutation = graphql(`
  mutation MyListingsPage_submitListing($input: SubmitListingInput!) {
    submitListing(input: $input) {
      listing {
        id
        status
        pendingStatus
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const RenewMutation = graphql(`
  mutation MyListingsPage_renewListing($input: ListingActionInput!) {
    renewListing(input: $input) {
      listing {
        id
        status
        expiresAt
        lastConfirmedAt
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation MyListingsPage_withdrawListing($input: ListingActionInput!) {
    withdrawListing(input: $input) {
      listing {
        id
        status
        version
        viewerCanEdit
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const FulfilMutation = graphql(`
  mutation MyListingsPage_markListingFulfilled($input: ListingActionInput!) {
    markListingFulfilled(input: $input) {
      listing {
        id
        status
        version
        viewerCanEdit
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type MyListing = MyListingsPage_ListingsQuery['listings']['edges'][number]['node'];

const FILTERS = {
  all: undefined,
  drafts: ['DRAFT', 'CHANGES_REQUESTED'],
  review: ['SUBMITTED'],
  published: ['PUBLISHED'],
  closed: ['REJECTED', 'EXPIRED', 'WITHDRAWN', 'FULFILLED'],
} as const satisfies Record<string, readonly ListingStatus[] | undefined>;
type FilterKey = keyof typeof FILTERS;
const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

const PAGE_SIZE = 30;

export function MyListingsPage() {
  return (
    <RequireAuth>
      <MyListingsContent />
    </RequireAuth>
  );
}

/** "Tin của tôi": the organisation's listings with what each one needs next. */
function MyListingsContent() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const filter = FILTER_KEYS.includes(params.get('loc') as FilterKey)
    ? (params.get('loc') as FilterKey)
    : 'all';
  const organization = viewer?.activeOrganization;

  const { data, loading, error, fetchMore, refetch } = useQuery(MyListingsQuery, {
    variables: {
      first: PAGE_SIZE,
      where: { mine: true, status: FILTERS[filter] ? [...FILTERS[filter]] : undefined },
    },
    fetchPolicy: 'cache-and-network',
    skip: !organization,
  });

  const actions = (
    <Group gap="sm">
      <Button
        component={Link}
        to="/dang-tin/moi?kind=OFFER"
        leftSection={<IconFilePlus size={18} aria-hidden />}
      >
        {t('listing.mine.newOffer')}
      </Button>
      <Button component={Link} to="/dang-tin/moi?kind=REQUEST" variant="default">
        {t('listing.mine.newRequest')}
      </Button>
    </Group>
  );

  if (!organization) {
    return (
      <Page title={t('listing.mine.title')}>
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" ta="center" gap="md" maw={560} mx="auto">
            <Title order={2} fz={22}>
              {t('listing.editor.noOrganizationTitle')}
            </Title>
            <Text c="gray.7">{t('listing.editor.noOrganizationText')}</Text>
            <Button component={Link} to="/organizations/new">
              {t('listing.editor.createOrganization')}
            </Button>
          </Stack>
        </Paper>
      </Page>
    );
  }

  const listings = data?.listings.edges.map((edge) => edge.node) ?? [];

  return (
    <Page
      title={t('listing.mine.title')}
      description={t('listing.mine.description', { name: organization.name })}
      actions={actions}
      size="lg"
    >
      <div>
        <Text size="sm" fw={500} mb={4} id="my-listings-filter">
          {t('listing.mine.filter')}
        </Text>
        <SegmentedControl
          aria-labelledby="my-listings-filter"
          value={filter}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value === 'all') next.delete('loc');
            else next.set('loc', value);
            setParams(next);
          }}
          data={FILTER_KEYS.map((key) => ({ value: key, label: t(`listing.mine.filters.${key}`) }))}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
      </div>
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !data ? (
        <PageLoader />
      ) : listings.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" ta="center" gap="sm">
            <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
              <IconFilePlus size={30} />
            </ThemeIcon>
            <Title order={2} fz={20}>
              {filter === 'all' ? t('listing.mine.emptyTitle') : t('listing.mine.emptyFiltered')}
            </Title>
            {filter === 'all' && <Text c="gray.7">{t('listing.mine.emptyText')}</Text>}
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="gray.7" role="status">
            {t('listing.mine.total', { count: data?.listings.totalCount ?? 0 })}
          </Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {listings.map((listing) => (
              <MyListingCard key={listing.id} listing={listing} onChanged={() => void refetch()} />
            ))}
          </Stack>
          {data?.listings.pageInfo.hasNextPage && (
            <Group justify="center">
              <Button
                variant="light"
                onClick={() => void fetchMore({ variables: { after: data.listings.pageInfo.endCursor } })}
              >
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Page>
  );
}

type Confirmable = 'withdraw' | 'fulfil';

function MyListingCard({ listing, onChanged }: { listing: MyListing; onChanged: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const notifyError = useNotifyError();
  const [confirm, setConfirm] = useState<Confirmable | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [submit, submitState] = useMutation(SubmitMutation);
  const [renew, renewState] = useMutation(RenewMutation);
  const [withdraw, withdrawState] = useMutation(WithdrawMutation);
  const [fulfil, fulfilState] = useMutation(FulfilMutation);
  const title = listing.pendingContent?.title || listing.content.title || t('listing.mine.untitled');
  const latest = listing.reviews[0];
  const live = listing.status === 'PUBLISHED';
  const canSubmit =
    listing.viewerCanEdit &&
    (SUBMITTABLE.includes(listing.status) ||
      (live && (listing.pendingStatus === 'DRAFT' || listing.pendingStatus === 'CHANGES_REQUESTED')));
  const canRenew = listing.status === 'PUBLISHED' || listing.status === 'EXPIRED';

  const run = async (
    action: () => Promise<{ errors: readonly { message: string }[] } | null | undefined>,
    done: string,
  ) => {
    setProblem(null);
    try {
      const payload = await action();
      if (!payload) return;
      if (payload.errors.length > 0) {
        setProblem(payload.errors.map((e) => e.message).join(' '));
        return;
      }
      notifications.show({ color: 'green', message: done });
      onChanged();
    } catch (error) {
      notifyError(error);
    } finally {
      setConfirm(null);
    }
  };
  const input = { variables: { input: { listingId: listing.id } } };

  return (
    <Paper component="li" withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div style={{ minWidth: 0 }}>
            <Group gap={6} mb={4}>
              <KindBadge kind={listing.kind} size="sm" />
              <ListingStatusBadge status={listing.status} size="sm" />
              {listing.pendingStatus && <PendingStatusBadge status={listing.pendingStatus} size="sm" />}
            </Group>
            <Anchor
              component={Link}
              to={listingPath(listing.slug)}
              fw={700}
              fz="lg"
              style={{ wordBreak: 'break-word' }}
            >
              {title}
            </Anchor>
          </div>
        </Group>
        <Group gap="md">
          <Text size="sm" c="gray.7">
            {t('listing.mine.updatedAt', { date: formatDate(listing.updatedAt) })}
          </Text>
          {listing.expiresAt && (live || listing.status === 'EXPIRED') && (
            <Text size="sm" c={listing.status === 'EXPIRED' ? 'red.9' : 'gray.7'}>
              {t('listing.mine.expiresAt', { date: formatDate(listing.expiresAt) })}
            </Text>
          )}
        </Group>
        {latest && latest.decision !== 'PUBLISHED' && (
          <Alert
            color={latest.decision === 'REJECTED' ? 'red' : 'orange'}
            variant="light"
            p="xs"
            title={t('listing.mine.brokerReason', {
              decision: t(`enums.reviewDecision.${latest.decision}`),
              name: latest.brokerName,
            })}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {latest.reason}
            </Text>
          </Alert>
        )}
        {problem && (
          <Alert color="red" variant="light" p="xs" role="alert">
            {problem}
          </Alert>
        )}
        <Group gap="xs">
          {listing.viewerCanEdit && (
            <Button
              component={Link}
              to={editListingPath(listing.id)}
              size="xs"
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              aria-label={t('listing.mine.actionLabel', { action: t('common.edit'), title })}
            >
              {t('common.edit')}
            </Button>
          )}
          {canSubmit && (
            <Button
              size="xs"
              leftSection={<IconSend size={16} aria-hidden />}
              loading={submitState.loading}
              aria-label={t('listing.mine.actionLabel', {
                action: live ? t('listing.mine.submitChanges') : t('listing.mine.submit'),
                title,
              })}
              onClick={() =>
                void run(async () => (await submit(input)).data?.submitListing, t('listing.editor.submitted'))
              }
            >
              {live ? t('listing.mine.submitChanges') : t('listing.mine.submit')}
            </Button>
          )}
          {canRenew && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCalendarRepeat size={16} aria-hidden />}
              loading={renewState.loading}
              aria-label={t('listing.mine.actionLabel', { action: t('listing.mine.renew'), title })}
              onClick={() =>
                void run(async () => (await renew(input)).data?.renewListing, t('listing.mine.renewed'))
              }
            >
              {t('listing.mine.renew')}
            </Button>
          )}
          {live && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="xs"
                  variant="subtle"
                  color="gray"
                  c="gray.8"
                  rightSection={<IconDots size={16} aria-hidden />}
                  aria-label={t('listing.mine.actionLabel', { action: t('listing.mine.more'), title })}
                >
                  {t('listing.mine.more')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconChecks size={16} aria-hidden />}
                  onClick={() => setConfirm('fulfil')}
                >
                  {t('listing.mine.fulfil')}
                </Menu.Item>
                <Menu.Item
                  color="red.9"
                  leftSection={<IconArchive size={16} aria-hidden />}
                  onClick={() => setConfirm('withdraw')}
                >
                  {t('listing.mine.withdraw')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirm === 'withdraw'}
        title={t('listing.mine.withdrawTitle')}
        message={t('listing.mine.withdrawMessage', { title })}
        confirmLabel={t('listing.mine.withdraw')}
        loading={withdrawState.loading}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          void run(async () => (await withdraw(input)).data?.withdrawListing, t('listing.mine.withdrawn'))
        }
      />
      <ConfirmDialog
        opened={confirm === 'fulfil'}
        title={t('listing.mine.fulfilTitle')}
        message={t('listing.mine.fulfilMessage', { title })}
        confirmLabel={t('listing.mine.fulfil')}
        danger={false}
        loading={fulfilState.loading}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          void run(async () => (await fulfil(input)).data?.markListingFulfilled, t('listing.mine.fulfilled'))
        }
      />
    </Paper>
  );
}
