import { Anchor, Badge, Box, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import {
  IconArrowRight,
  IconCalendarEvent,
  IconCircleCheck,
  IconFileText,
  IconFolderOpen,
  IconLock,
  IconMessage,
  IconStar,
  IconUserCheck,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseEventKind, CasePage_CaseFragment } from '../../../generated/graphql';
import { useFormatBytes, useFormatDate } from '../../../platform/format';

type CaseEvent = CasePage_CaseFragment['timeline'][number];

const ICONS: Record<CaseEventKind, Icon> = {
  OPENED: IconFolderOpen,
  STAGE_CHANGED: IconArrowRight,
  ASSIGNED: IconUserCheck,
  MESSAGE: IconMessage,
  INTERNAL_NOTE: IconLock,
  DOCUMENT: IconFileText,
  MEETING: IconCalendarEvent,
  INTRODUCTION: IconUsersGroup,
  CLOSED: IconCircleCheck,
  RATED: IconStar,
};

/**
 * The dossier's history, oldest first: stage changes, messages, documents (with their download links),
 * meetings. Internal notes come only to brokers and stand out, so that nobody mistakes one for a message
 * the parties read.
 */
export function CaseTimeline({ events }: { events: readonly CaseEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Text c="gray.7">{t('brokering.timeline.empty')}</Text>;
  return (
    <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {events.map((event) => (
        <TimelineEntry key={event.id} event={event} />
      ))}
    </Stack>
  );
}

function TimelineEntry({ event }: { event: CaseEvent }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatBytes = useFormatBytes();
  const Icon = ICONS[event.kind];
  const internal = event.kind === 'INTERNAL_NOTE';

  let headline: string = t(`brokering.enums.caseEventKind.${event.kind}`);
  if (event.kind === 'STAGE_CHANGED' && event.fromStage && event.toStage) {
    headline = t('brokering.timeline.stageChanged', {
      from: t(`brokering.enums.caseStage.${event.fromStage}`),
      to: t(`brokering.enums.caseStage.${event.toStage}`),
    });
  } else if (event.kind === 'DOCUMENT' && event.documentType) {
    headline = t(`brokering.enums.documentType.${event.documentType}`);
  } else if (event.kind === 'MEETING' && event.meetingAt) {
    headline = t('brokering.timeline.meeting', {
      date: formatDate(event.meetingAt, true),
      place: event.meetingPlace ?? '',
    });
  }

  // A document's text is its file name when no note was given: say it once.
  const text = event.kind === 'DOCUMENT' && event.text === event.document?.fileName ? '' : event.text;

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      bg={internal ? 'yellow.0' : undefined}
      style={internal ? { borderColor: 'var(--mantine-color-yellow-6)', borderStyle: 'dashed' } : undefined}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <ThemeIcon
          size={32}
          radius="xl"
          variant="light"
          color={internal ? 'yellow' : event.kind === 'CLOSED' ? 'teal' : 'brand'}
          aria-hidden
        >
          <Icon size={18} />
        </ThemeIcon>
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" justify="space-between" align="baseline">
            <Group gap="xs">
              <Text fw={700} size="sm">
                {headline}
              </Text>
              {internal && (
                <Badge
                  color="yellow"
                  variant="light"
                  radius="sm"
                  size="sm"
                  leftSection={<IconLock size={12} aria-hidden />}
                >
                  {t('brokering.timeline.internalBadge')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="gray.7">
              <time dateTime={event.createdAt}>{formatDate(event.createdAt, true)}</time>
            </Text>
          </Group>
          <Text size="xs" c="gray.7">
            {event.authorName ?? t('brokering.timeline.system')}
          </Text>
          {event.document && (
            <Anchor href={event.document.url} size="sm" fw={600} mt={4} display="inline-block" download>
              <Group gap={4} component="span" wrap="nowrap">
                <IconFileText size={16} aria-hidden />
                <span style={{ wordBreak: 'break-all' }}>
                  {event.document.fileName} ({formatBytes(event.document.byteSize)})
                </span>
              </Group>
            </Anchor>
          )}
          {text && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
              {text}
            </Text>
          )}
        </Box>
      </Group>
    </Paper>
  );
}
