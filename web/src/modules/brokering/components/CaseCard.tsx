import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { CaseCard_CaseFragment } from '../../../generated/graphql';
import { useFormatDate } from '../../../platform/format';
import { casePath } from '../model';
import { ClockBadge } from './BrokeringBadges';
import { CaseStageProgress } from './CaseStageProgress';

graphql(`
  fragment CaseCard_case on BrokeringCase {
    id
    number
    title
    stage
    outcome
    dueAt
    clock
    workingDaysLeft
    openedAt
    closedAt
    requester {
      id
      name
    }
    assignee {
      id
      displayName
    }
  }
`);

/** A dossier in a list, as a citizen tracks a procedure: number, title, progress, clock and due date. */
export function CaseCard({
  kase,
  showRequester,
  component = 'li',
}: {
  kase: CaseCard_CaseFragment;
  showRequester?: boolean;
  component?: 'li' | 'div';
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const closed = kase.stage === 'CLOSED';
  const titleId = `case-${kase.id}-title`;
  return (
    <Paper
      component={component}
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      aria-labelledby={titleId}
    >
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Text size="sm" ff="monospace" c="gray.7">
            {kase.number}
          </Text>
          <Anchor
            component={Link}
            to={casePath(kase.id)}
            fw={700}
            fz="lg"
            id={titleId}
            style={{ wordBreak: 'break-word' }}
          >
            {kase.title}
          </Anchor>
          {showRequester && (
            <Text size="sm" c="gray.8">
              {t('brokering.cases.requester', { name: kase.requester.name })}
              {' · '}
              {kase.assignee
                ? t('brokering.cases.assignee', { name: kase.assignee.displayName })
                : t('brokering.cases.unassigned')}
            </Text>
          )}
          <CaseStageProgress stage={kase.stage} outcome={kase.outcome} />
        </Stack>
        <Stack gap={6} align="flex-start" style={{ flex: '0 1 240px' }}>
          <ClockBadge clock={kase.clock} workingDaysLeft={kase.workingDaysLeft} closed={closed} size="md" />
          <Text size="sm" c="gray.8">
            {closed
              ? t('brokering.cases.closedOn', { date: formatDate(kase.closedAt) })
              : kase.dueAt
                ? t('brokering.cases.dueOn', { date: formatDate(kase.dueAt) })
                : t('brokering.cases.noDue')}
          </Text>
          <Text size="xs" c="gray.7">
            {t('brokering.cases.openedOn', { date: formatDate(kase.openedAt) })}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
