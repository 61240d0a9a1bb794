import { useQuery } from '@apollo/client';
import {
  Autocomplete,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconArrowRight, IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { AuditAction, AuditLogPage_EntriesQuery } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { useKeptData } from '../../../platform/useKeptData';
import { RequireAuth } from '../../account/components/RequireAuth';

const EntriesQuery = graphql(`
  query AuditLogPage_entries($first: Int!, $after: String, $where: AuditLogWhere) {
    auditLog(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          actorId
          actorName
          action
          entity
          entityId
          changes
          at
        }
      }
    }
  }
`);

const UsersQuery = graphql(`
  query AuditLogPage_users {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

type Entry = AuditLogPage_EntriesQuery['auditLog']['edges'][number]['node'];

/** Kinds of record offered as suggestions (any other name may be typed). */
const ENTITIES = [
  'Listing',
  'ListingReview',
  'ListingRevision',
  'BrokeringCase',
  'CaseEvent',
  'Interest',
  'Complaint',
  'MatchProposal',
  'Organization',
  'Membership',
  'Invitation',
  'User',
  'Session',
  'Sector',
  'SearchSynonym',
  'SavedSearch',
  'Attachment',
  'Notification',
  'NotificationSetting',
];

const ACTION_COLORS: Record<AuditAction, string> = { CREATE: 'green', UPDATE: 'blue', DELETE: 'red' };
const PAGE_SIZE = 50;

export function AuditLogPage() {
  return (
    <RequireAuth roles={['ADMIN']}>
      <AuditLogContent />
    </RequireAuth>
  );
}

/**
 * "Nhật ký": every change to every record — who, what, when — newest first, filtered by kind of record,
 * record and person. Filters and the page live in the URL (`?loai=Listing&ma=…&nguoi=…&sau=<cursor>`).
 */
function AuditLogContent() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const entity = params.get('loai') ?? '';
  const entityId = params.get('ma') ?? '';
  const actorId = params.get('nguoi') ?? '';
  const after = params.get('sau');
  const where = {
    entity: entity || undefined,
    entityId: entityId || undefined,
    actorId: actorId || undefined,
  };
  const { data: current, error } = useQuery(EntriesQuery, {
    variables: { first: PAGE_SIZE, after, where },
    fetchPolicy: 'cache-and-network',
  });
  const data = useKeptData(current, `${entity}|${entityId}|${actorId}|${after}`);
  const { data: usersData } = useQuery(UsersQuery);
  const userOptions = (usersData?.users.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.email ? `${node.displayName} (${node.email})` : node.displayName,
  }));

  const form = useForm({ initialValues: { entity, entityId, actorId } });
  const apply = form.onSubmit((values) => {
    const next = new URLSearchParams();
    if (values.entity.trim()) next.set('loai', values.entity.trim());
    if (values.entityId.trim()) next.set('ma', values.entityId.trim());
    if (values.actorId) next.set('nguoi', values.actorId);
    setParams(next);
  });

  const entries = data?.auditLog.edges.map((edge) => edge.node) ?? [];
  const goTo = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('sau', cursor);
    else next.delete('sau');
    setParams(next);
  };

  return (
    <Page title={t('report.audit.title')} description={t('report.audit.description')} size="xl">
      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'lg' }}
        component="section"
        aria-label={t('report.audit.filters')}
      >
        <form onSubmit={apply}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Autocomplete
                label={t('report.audit.entity')}
                placeholder={t('report.audit.entityPlaceholder')}
                data={ENTITIES}
                {...form.getInputProps('entity')}
              />
              <TextInput
                label={t('report.audit.entityId')}
                placeholder={t('report.audit.entityIdPlaceholder')}
                {...form.getInputProps('entityId')}
              />
              <Select
                label={t('report.audit.actor')}
                placeholder={t('report.audit.actorPlaceholder')}
                data={userOptions}
                searchable
                clearable
                nothingFoundMessage={t('report.audit.nobody')}
                value={form.values.actorId || null}
                onChange={(value) => form.setFieldValue('actorId', value ?? '')}
              />
            </SimpleGrid>
            <Group gap="xs">
              <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
                {t('report.audit.apply')}
              </Button>
              {(entity || entityId || actorId) && (
                <Button
                  variant="default"
                  onClick={() => {
                    form.setValues({ entity: '', entityId: '', actorId: '' });
                    setParams(new URLSearchParams());
                  }}
                >
                  {t('report.audit.clear')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Paper>
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : !data ? (
        <PageLoader />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="gray.7" role="status">
            {t('report.audit.total', { count: data.auditLog.totalCount })}
          </Text>
          {entries.length === 0 ? (
            <Text c="gray.7">{t('report.audit.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table striped withTableBorder fz="sm" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('report.audit.at')}</Table.Th>
                    <Table.Th>{t('report.audit.actor')}</Table.Th>
                    <Table.Th>{t('report.audit.action')}</Table.Th>
                    <Table.Th>{t('report.audit.record')}</Table.Th>
                    <Table.Th>{t('report.audit.changes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((entry) => (
                    <AuditRow key={entry.id} entry={entry} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group justify="space-between">
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
              disabled={!after}
              onClick={() => goTo(null)}
            >
              {t('report.audit.first')}
            </Button>
            <Button
              variant="default"
              rightSection={<IconArrowRight size={16} aria-hidden />}
              disabled={!data.auditLog.pageInfo.hasNextPage}
              onClick={() => goTo(data.auditLog.pageInfo.endCursor ?? null)}
            >
              {t('report.audit.next')}
            </Button>
          </Group>
        </Stack>
      )}
    </Page>
  );
}

function AuditRow({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  let changes = entry.changes;
  try {
    changes = JSON.stringify(JSON.parse(entry.changes), null, 2);
  } catch {
    // Shown as it came.
  }
  const empty = changes === '{}' || changes === '';
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={entry.at}>{formatDate(entry.at, true)}</time>
      </Table.Td>
      <Table.Td>
        {entry.actorName ?? (
          <Text span c="gray.7" size="sm">
            {t('report.audit.system')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={ACTION_COLORS[entry.action]} variant="light" radius="sm">
          {t(`report.audit.actions.${entry.action}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {entry.entity}
        </Text>
        <Text size="xs" c="gray.7" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {entry.entityId}
        </Text>
      </Table.Td>
      <Table.Td maw={420}>
        {empty ? (
          <Text size="xs" c="gray.7">
            —
          </Text>
        ) : (
          <details>
            <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-xs)' }}>
              {t('report.audit.showChanges', { count: Object.keys(safeParse(entry.changes)).length })}
            </summary>
            <Code
              block
              fz="xs"
              mt={4}
              style={{ maxHeight: 240, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
            >
              {changes}
            </Code>
          </details>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function safeParse(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
