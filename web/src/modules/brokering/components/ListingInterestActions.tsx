import { useQuery } from '@apollo/client';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import {
  IconAddressBook,
  IconHeartHandshake,
  IconInfoCircle,
  IconMail,
  IconMessages,
  IconPhone,
  IconUser,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { graphql } from '../../../generated';
import { useFormatDate } from '../../../platform/format';
import { signInPath } from '../../../platform/next';
import { useViewer } from '../../account/hooks/useViewer';
import { interestsPath } from '../model';
import { InterestStatusBadge } from './BrokeringBadges';

// The dialogs' forms (and their validation library) load only for members, who can open them: a
// visitor's listing page does without.
const ExpressInterestDialog = lazy(async () => ({
  default: (await import('./ExpressInterestDialog')).ExpressInterestDialog,
}));
const RequestBrokeringDialog = lazy(async () => ({
  default: (await import('./RequestBrokeringDialog')).RequestBrokeringDialog,
}));

const ListingQuery = graphql(`
  query ListingInterestActions_listing($slug: String!) {
    listing(slug: $slug) {
      id
      slug
      content {
        title
      }
      contact {
        name
        email
        phone
      }
    }
  }
`);

const MyInterestsQuery = graphql(`
  query ListingInterestActions_myInterests {
    interests(direction: SENT, first: 100, status: [PENDING, ACCEPTED, DECLINED]) {
      edges {
        node {
          id
          status
          createdAt
          answeredAt
          declineReason
          declineText
          listing {
            id
          }
        }
      }
    }
  }
`);

/**
 * What a member of another organisation can do on a published listing: tell the owner "we are interested"
 * (once per organisation while an interest is open) and ask the department to broker. Shows where the
 * organisation's interest stands, and the owner's contact once they accepted it. Visitors are asked to
 * sign in first.
 */
export function ListingInterestActions({
  slug,
  signedIn,
  openForInterest,
  closed,
}: {
  slug: string;
  signedIn: boolean;
  openForInterest: boolean;
  /** A request past its deadline. */
  closed: boolean;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const formatDate = useFormatDate();
  const { viewer } = useViewer();
  const [dialog, setDialog] = useState<'interest' | 'brokering' | null>(null);
  const { data: listingData } = useQuery(ListingQuery, { variables: { slug }, skip: !slug });
  const { data: interestsData } = useQuery(MyInterestsQuery, {
    skip: !signedIn,
    fetchPolicy: 'cache-and-network',
  });
  const listing = listingData?.listing;
  const noOrganization = signedIn && !!viewer && !viewer.activeOrganization;
  const mine = interestsData?.interests.edges
    .map((edge) => edge.node)
    .find((interest) => interest.listing.id === listing?.id);
  const open = mine && (mine.status === 'PENDING' || mine.status === 'ACCEPTED');
  const interestBlocked = !signedIn || noOrganization || !openForInterest || closed || !!open || !listing;

  let explanation: ReactNode;
  if (!signedIn) {
    explanation = (
      <>
        {t('listing.cta.signInFirst')}{' '}
        <Anchor component={Link} to={signInPath(location.pathname)} fw={600}>
          {t('listing.cta.signIn')}
        </Anchor>
      </>
    );
  } else if (noOrganization) {
    explanation = (
      <>
        {t('brokering.listing.noOrganization')}{' '}
        <Anchor component={Link} to="/organizations/new" fw={600}>
          {t('brokering.listing.createOrganization')}
        </Anchor>
      </>
    );
  } else if (open) {
    explanation = t('brokering.listing.alreadyInterested');
  } else if (closed) {
    explanation = t('listing.cta.closed');
  } else if (!openForInterest) {
    explanation = t('listing.cta.notOpen');
  } else {
    explanation = t('listing.cta.hint');
  }

  return (
    <Stack gap="sm">
      {mine && (
        <Alert
          color={mine.status === 'ACCEPTED' ? 'green' : mine.status === 'DECLINED' ? 'gray' : 'blue'}
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={
            <Group gap="xs" component="span">
              {t('brokering.listing.yourInterest')}
              <InterestStatusBadge status={mine.status} />
            </Group>
          }
        >
          <Stack gap={6}>
            <Text size="sm">
              {mine.status === 'PENDING'
                ? t('brokering.listing.pending', { date: formatDate(mine.createdAt) })
                : mine.status === 'ACCEPTED'
                  ? t('brokering.listing.accepted', { date: formatDate(mine.answeredAt) })
                  : t('brokering.listing.declined', {
                      date: formatDate(mine.answeredAt),
                      reason: mine.declineReason
                        ? t(`brokering.enums.declineReason.${mine.declineReason}`)
                        : '',
                    })}
            </Text>
            {mine.status === 'DECLINED' && mine.declineText && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                “{mine.declineText}”
              </Text>
            )}
            <Anchor component={Link} to={interestsPath('gui')} size="sm" fw={600}>
              {t('brokering.listing.seeSent')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {mine?.status === 'ACCEPTED' && listing?.contact && (
        <Stack gap={6} component="section" aria-labelledby="listing-owner-contact">
          <Group gap="xs">
            <IconAddressBook size={20} aria-hidden />
            <Text fw={700} id="listing-owner-contact">
              {t('brokering.listing.contactTitle')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <IconUser size={16} aria-hidden />
            <Text size="sm">{listing.contact.name || '—'}</Text>
          </Group>
          {listing.contact.email && (
            <Group gap="xs" wrap="nowrap">
              <IconMail size={16} aria-hidden />
              <Anchor href={`mailto:${listing.contact.email}`} size="sm" style={{ wordBreak: 'break-all' }}>
                {listing.contact.email}
              </Anchor>
            </Group>
          )}
          {listing.contact.phone && (
            <Group gap="xs" wrap="nowrap">
              <IconPhone size={16} aria-hidden />
              <Anchor href={`tel:${listing.contact.phone.replace(/\s+/g, '')}`} size="sm">
                {listing.contact.phone}
              </Anchor>
            </Group>
          )}
        </Stack>
      )}
      <Button
        size="md"
        leftSection={<IconHeartHandshake size={20} aria-hidden />}
        disabled={interestBlocked}
        aria-describedby={interestBlocked ? 'interest-explanation' : undefined}
        onClick={() => setDialog('interest')}
      >
        {t('listing.cta.interest')}
      </Button>
      <Button
        size="md"
        variant="default"
        leftSection={<IconMessages size={20} aria-hidden />}
        disabled={!signedIn || noOrganization || !listing}
        aria-describedby={!signedIn || noOrganization ? 'interest-explanation' : undefined}
        onClick={() => setDialog('brokering')}
      >
        {t('listing.cta.brokering')}
      </Button>
      <Text size="sm" c="gray.7" id="interest-explanation">
        {explanation}
      </Text>
      {listing && signedIn && (
        <Suspense fallback={null}>
          <ExpressInterestDialog
            opened={dialog === 'interest'}
            onClose={() => setDialog(null)}
            listingId={listing.id}
            listingTitle={listing.content.title}
          />
          <RequestBrokeringDialog
            opened={dialog === 'brokering'}
            onClose={() => setDialog(null)}
            listingId={listing.id}
            listingTitle={listing.content.title}
          />
        </Suspense>
      )}
    </Stack>
  );
}
