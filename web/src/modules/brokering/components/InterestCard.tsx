import { useMutation } from '@apollo/client';
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFolderPlus, IconMail, IconPhone, IconUser, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../../generated';
import type { InterestCard_InterestFragment, InterestDirection } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../platform/components/ConfirmDialog';
import { useNotifyError } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { KindBadge } from '../../listing/components/ListingBadges';
import { listingPath } from '../../listing/model';
import { casePath } from '../model';
import { InterestStatusBadge } from './BrokeringBadges';
import { DeclineInterestDialog } from './DeclineInterestDialog';

graphql(`
  fragment InterestCard_interest on Interest {
    id
    status
    timeline
    whoWeAre
    intendedUse
    message
    senderName
    createdAt
    answeredAt
    declineReason
    declineText
    viewerCanAnswer
    listing {
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
    organization {
      id
      name
    }
    senderContact {
      name
      email
      phone
    }
  }
`);

const AcceptInterestMutation = graphql(`
  mutation InterestCard_acceptInterest($input: AcceptInterestInput!) {
    acceptInterest(input: $input) {
      interest {
        ...InterestCard_interest
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const WithdrawInterestMutation = graphql(`
  mutation InterestCard_withdrawInterest($input: WithdrawInterestInput!) {
    withdrawInterest(input: $input) {
      interest {
        ...InterestCard_interest
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const OpenCaseFromInterestMutation = graphql(`
  mutation InterestCard_openCaseFromInterest($input: OpenCaseFromInterestInput!) {
    openCaseFromInterest(input: $input) {
      case {
        id
        number
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** One expression of interest, as its sender, the listing's owner or a broker sees it. */
export function InterestCard({
  interest,
  direction,
}: {
  interest: InterestCard_InterestFragment;
  direction: InterestDirection;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const notifyError = useNotifyError();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'decline' | 'withdraw' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [accept, acceptState] = useMutation(AcceptInterestMutation);
  const [withdraw, withdrawState] = useMutation(WithdrawInterestMutation);
  const [openCase, openCaseState] = useMutation(OpenCaseFromInterestMutation);
  const title = interest.listing.content.title;
  const owner = interest.listing.organization?.name ?? t('brokering.interests.anonymousOwner');
  const titleId = `interest-${interest.id}-title`;

  const run = async (
    action: () => Promise<{ errors: readonly { message: string }[] } | null | undefined>,
    done?: string,
  ) => {
    setProblem(null);
    try {
      const payload = await action();
      if (!payload) return false;
      if (payload.errors.length > 0) {
        setProblem(payload.errors.map((e) => e.message).join(' '));
        return false;
      }
      if (done) notifications.show({ color: 'green', message: done });
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    } finally {
      setDialog(null);
    }
  };

  const onOpenCase = async () => {
    let id: string | null = null;
    await run(async () => {
      const payload = (await openCase({ variables: { input: { interestId: interest.id } } })).data
        ?.openCaseFromInterest;
      id = payload?.case?.id ?? null;
      return payload;
    });
    if (id) void navigate(casePath(id));
  };

  return (
    <Paper component="li" withBorder radius="md" p={{ base: 'sm', sm: 'md' }} aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap={6}>
            <InterestStatusBadge status={interest.status} />
            <KindBadge kind={interest.listing.kind} size="sm" />
          </Group>
          <Text size="sm" c="gray.7">
            {t('brokering.interests.sentOn', { date: formatDate(interest.createdAt) })}
          </Text>
        </Group>
        <Anchor
          component={Link}
          to={listingPath(interest.listing.slug)}
          fw={700}
          fz="lg"
          id={titleId}
          style={{ wordBreak: 'break-word' }}
        >
          {title}
        </Anchor>
        <Text size="sm" c="gray.8">
          {direction === 'SENT'
            ? t('brokering.interests.to', { organization: owner })
            : direction === 'RECEIVED'
              ? t('brokering.interests.from', {
                  organization: interest.organization.name,
                  name: interest.senderName,
                })
              : t('brokering.interests.fromTo', { from: interest.organization.name, to: owner })}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('brokering.interest.timeline')}:
          </Text>{' '}
          {t(`brokering.enums.interestTimeline.${interest.timeline}`)}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <div>
            <Text size="sm" fw={600}>
              {t('brokering.interest.whoWeAre')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
              {interest.whoWeAre}
            </Text>
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('brokering.interest.intendedUse')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
              {interest.intendedUse}
            </Text>
          </div>
        </SimpleGrid>
        {interest.message && (
          <div>
            <Text size="sm" fw={600}>
              {t('brokering.interest.message')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
              {interest.message}
            </Text>
          </div>
        )}
        {interest.status === 'DECLINED' && interest.declineReason && (
          <Alert color="gray" variant="light" p="xs" title={t('brokering.interests.declinedBecause')}>
            <Text size="sm">{t(`brokering.enums.declineReason.${interest.declineReason}`)}</Text>
            {interest.declineText && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                “{interest.declineText}”
              </Text>
            )}
          </Alert>
        )}
        {interest.status === 'ACCEPTED' && interest.senderContact && direction !== 'SENT' && (
          <Alert color="green" variant="light" p="xs" title={t('brokering.interests.senderContact')}>
            <Stack gap={4}>
              <Group gap="xs" wrap="nowrap">
                <IconUser size={16} aria-hidden />
                <Text size="sm">{interest.senderContact.name}</Text>
              </Group>
              {interest.senderContact.email && (
                <Group gap="xs" wrap="nowrap">
                  <IconMail size={16} aria-hidden />
                  <Anchor
                    href={`mailto:${interest.senderContact.email}`}
                    size="sm"
                    style={{ wordBreak: 'break-all' }}
                  >
                    {interest.senderContact.email}
                  </Anchor>
                </Group>
              )}
              {interest.senderContact.phone && (
                <Group gap="xs" wrap="nowrap">
                  <IconPhone size={16} aria-hidden />
                  <Text size="sm">{interest.senderContact.phone}</Text>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        {interest.status === 'ACCEPTED' && direction === 'SENT' && (
          <Text size="sm" c="gray.8">
            {t('brokering.interests.acceptedSent')}{' '}
            <Anchor component={Link} to={listingPath(interest.listing.slug)} fw={600}>
              {t('brokering.interests.seeContact')}
            </Anchor>
          </Text>
        )}
        {problem && (
          <Alert color="red" variant="light" p="xs" role="alert">
            {problem}
          </Alert>
        )}
        {(interest.viewerCanAnswer ||
          (direction === 'SENT' && interest.status === 'PENDING') ||
          (direction === 'ALL' && interest.status === 'ACCEPTED')) && (
          <Group gap="xs">
            {interest.viewerCanAnswer && (
              <>
                <Button
                  size="sm"
                  leftSection={<IconCheck size={16} aria-hidden />}
                  loading={acceptState.loading}
                  aria-label={t('brokering.interests.acceptLabel', {
                    organization: interest.organization.name,
                  })}
                  onClick={() =>
                    void run(
                      async () =>
                        (await accept({ variables: { input: { interestId: interest.id } } })).data
                          ?.acceptInterest,
                      t('brokering.interests.acceptedDone'),
                    )
                  }
                >
                  {t('brokering.interests.accept')}
                </Button>
                <Button
                  size="sm"
                  variant="default"
                  leftSection={<IconX size={16} aria-hidden />}
                  aria-label={t('brokering.interests.declineLabel', {
                    organization: interest.organization.name,
                  })}
                  onClick={() => setDialog('decline')}
                >
                  {t('brokering.interests.decline')}
                </Button>
              </>
            )}
            {direction === 'SENT' && interest.status === 'PENDING' && (
              <Button size="sm" variant="default" onClick={() => setDialog('withdraw')}>
                {t('brokering.interests.withdraw')}
              </Button>
            )}
            {direction === 'ALL' && interest.status === 'ACCEPTED' && (
              <Button
                size="sm"
                variant="light"
                leftSection={<IconFolderPlus size={16} aria-hidden />}
                loading={openCaseState.loading}
                onClick={() => void onOpenCase()}
              >
                {t('brokering.interests.openCase')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {interest.viewerCanAnswer && (
        <DeclineInterestDialog
          opened={dialog === 'decline'}
          onClose={() => setDialog(null)}
          interestId={interest.id}
          listingTitle={title}
          organizationName={interest.organization.name}
        />
      )}
      <ConfirmDialog
        opened={dialog === 'withdraw'}
        title={t('brokering.interests.withdrawTitle')}
        message={t('brokering.interests.withdrawText', { title })}
        confirmLabel={t('brokering.interests.withdraw')}
        loading={withdrawState.loading}
        onClose={() => setDialog(null)}
        onConfirm={() =>
          void run(
            async () =>
              (await withdraw({ variables: { input: { interestId: interest.id } } })).data?.withdrawInterest,
            t('brokering.interests.withdrawnDone'),
          )
        }
      />
    </Paper>
  );
}
