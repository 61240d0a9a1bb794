import { Anchor, Badge, Box, Button, Group, Paper, RingProgress, Stack, Text } from '@mantine/core';
import { IconArrowsLeftRight, IconFolder, IconUsersGroup, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { MatchProposalCard_ProposalFragment, MatchStatus } from '../../../generated/graphql';
import { useFormatDate } from '../../../platform/format';
import { casePath } from '../../brokering/model';
import { KindBadge } from '../../listing/components/ListingBadges';
import { listingPath } from '../../listing/model';
import { DismissMatchDialog, IntroduceMatchDialog } from './MatchDecisionDialogs';

graphql(`
  fragment MatchProposalCard_proposal on MatchProposal {
    id
    score
    status
    dismissReason
    caseId
    updatedAt
    reasons {
      criterion
      text
      points
    }
    request {
      id
      slug
      kind
      content {
        title
      }
      organization {
        id
        name
      }
    }
    offer {
      id
      slug
      kind
      content {
        title
      }
      organization {
        id
        name
      }
    }
  }
`);

const STATUS_COLORS: Record<MatchStatus, string> = {
  PROPOSED: 'blue',
  INTRODUCED: 'green',
  DISMISSED: 'gray',
};

type Side = MatchProposalCard_ProposalFragment['request'];

function ListingSide({ listing }: { listing: Side }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} style={{ flex: '1 1 240px', minWidth: 0 }}>
      <Group gap={6}>
        <KindBadge kind={listing.kind} size="sm" />
        <Text size="sm" c="gray.8" truncate="end" style={{ minWidth: 0 }}>
          {listing.organization?.name ?? t('matching.anonymous')}
        </Text>
      </Group>
      <Anchor component={Link} to={listingPath(listing.slug)} fw={700} style={{ wordBreak: 'break-word' }}>
        {listing.content.title}
      </Anchor>
    </Stack>
  );
}

/** A proposed pairing: request ↔ offer, the score and its reasons, and the broker's decision. */
export function MatchProposalCard({ proposal }: { proposal: MatchProposalCard_ProposalFragment }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [dialog, setDialog] = useState<'introduce' | 'dismiss' | null>(null);
  const [introducedCase, setIntroducedCase] = useState<string | null>(null);
  const caseId = proposal.caseId ?? introducedCase;
  const titles = { requestTitle: proposal.request.content.title, offerTitle: proposal.offer.content.title };
  const headingId = `proposal-${proposal.id}`;

  return (
    <Paper component="li" withBorder radius="md" p={{ base: 'sm', sm: 'md' }} aria-labelledby={headingId}>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <RingProgress
          size={72}
          thickness={7}
          roundCaps
          sections={[{ value: proposal.score, color: proposal.score >= 60 ? 'teal.8' : 'brand.7' }]}
          label={
            <Text ta="center" fw={800} size="lg" aria-hidden>
              {proposal.score}
            </Text>
          }
          aria-hidden
        />
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" justify="space-between">
            <Text fw={700} id={headingId}>
              {t('matching.card.heading', { score: proposal.score })}
            </Text>
            <Group gap="xs">
              <Badge color={STATUS_COLORS[proposal.status]} variant="light" radius="sm">
                {t(`matching.status.${proposal.status}`)}
              </Badge>
              <Text size="xs" c="gray.7">
                {t('matching.card.updated', { date: formatDate(proposal.updatedAt) })}
              </Text>
            </Group>
          </Group>
          <Group gap="sm" align="flex-start">
            <ListingSide listing={proposal.request} />
            <Box c="gray.6" pt={22} visibleFrom="sm" aria-hidden>
              <IconArrowsLeftRight size={22} />
            </Box>
            <ListingSide listing={proposal.offer} />
          </Group>
          <div>
            <Text size="sm" fw={600} mb={4} id={`${headingId}-reasons`}>
              {t('matching.card.reasons')}
            </Text>
            <Group
              gap={6}
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby={`${headingId}-reasons`}
            >
              {proposal.reasons.map((reason) => (
                <Badge
                  key={reason.criterion}
                  component="li"
                  variant="outline"
                  color="brand"
                  radius="xl"
                  size="lg"
                  fw={500}
                  style={{ height: 'auto', whiteSpace: 'normal', textAlign: 'left', paddingBlock: 4 }}
                >
                  {reason.text} · {t('matching.card.points', { points: reason.points })}
                </Badge>
              ))}
            </Group>
          </div>
          {proposal.status === 'DISMISSED' && proposal.dismissReason && (
            <Text size="sm" c="gray.8">
              {t('matching.card.dismissedBecause', { reason: proposal.dismissReason })}
            </Text>
          )}
          <Group gap="xs">
            {proposal.status !== 'INTRODUCED' && (
              <Button
                size="sm"
                leftSection={<IconUsersGroup size={16} aria-hidden />}
                onClick={() => setDialog('introduce')}
                aria-label={t('matching.card.introduceLabel', titles)}
              >
                {t('matching.card.introduce')}
              </Button>
            )}
            {proposal.status === 'PROPOSED' && (
              <Button
                size="sm"
                variant="default"
                leftSection={<IconX size={16} aria-hidden />}
                onClick={() => setDialog('dismiss')}
                aria-label={t('matching.card.dismissLabel', titles)}
              >
                {t('matching.card.dismiss')}
              </Button>
            )}
            {caseId && (
              <Button
                size="sm"
                variant="light"
                component={Link}
                to={casePath(caseId)}
                leftSection={<IconFolder size={16} aria-hidden />}
              >
                {t('matching.card.openCase')}
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
      <IntroduceMatchDialog
        opened={dialog === 'introduce'}
        onClose={() => setDialog(null)}
        proposalId={proposal.id}
        onIntroduced={setIntroducedCase}
        {...titles}
      />
      <DismissMatchDialog
        opened={dialog === 'dismiss'}
        onClose={() => setDialog(null)}
        proposalId={proposal.id}
        {...titles}
      />
    </Paper>
  );
}
