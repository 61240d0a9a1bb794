import { useQuery } from '@apollo/client';
import {
  Anchor,
  Box,
  Button,
  Grid,
  Group,
  NavLink as MantineNavLink,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconFilter, IconMail, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { MailText } from '../components/MailText';

const DevMailboxQuery = graphql(`
  query DevMailboxPage_devMailbox($first: Int!, $after: String, $where: DevMailboxWhere) {
    devMailbox(first: $first, after: $after, where: $where) {
      totalCount
      edges {
        cursor
        node {
          id
          to
          subject
          text
          sentAt
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
const POLL_MS = 5000;

/**
 * The development mailbox: filter (`?to=`) and the open message (`?id=`) live in the URL, so a link to
 * one e-mail can be shared between developers.
 */
export function DevMailboxPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [params, setParams] = useSearchParams();
  const to = params.get('to') ?? '';
  const selectedId = params.get('id');
  const [filter, setFilter] = useState(to);
  useEffect(() => setFilter(to), [to]);

  const { data, loading, error, refetch, fetchMore } = useQuery(DevMailboxQuery, {
    variables: { first: PAGE_SIZE, where: to ? { to } : null },
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_MS,
    notifyOnNetworkStatusChange: false,
  });

  const mails = data?.devMailbox.edges.map((edge) => edge.node) ?? [];
  const selected = selectedId ? mails.find((mail) => mail.id === selectedId) : undefined;

  const linkTo = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('id', id);
    else next.delete('id');
    return `?${next.toString()}`;
  };

  const applyFilter = (value: string) => {
    const next = new URLSearchParams();
    if (value.trim()) next.set('to', value.trim());
    setParams(next);
  };

  const list = (
    <Paper withBorder radius="md" p="xs">
      <Group justify="space-between" px="xs" py={6}>
        <Title order={2} fz={16}>
          {t('mail.messages', { count: data?.devMailbox.totalCount ?? 0 })}
        </Title>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={() => void refetch()}
        >
          {t('common.refresh')}
        </Button>
      </Group>
      {mails.length === 0 ? (
        <Text size="sm" c="gray.7" p="sm">
          {to ? t('mail.emptyFiltered', { to }) : t('mail.empty')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={640} type="auto">
          <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {mails.map((mail) => (
              <li key={mail.id}>
                <MantineNavLink
                  component={Link}
                  to={linkTo(mail.id)}
                  active={mail.id === selectedId}
                  aria-current={mail.id === selectedId ? 'true' : undefined}
                  leftSection={<IconMail size={18} aria-hidden />}
                  label={
                    <Text size="sm" fw={600} lineClamp={2}>
                      {mail.subject}
                    </Text>
                  }
                  description={
                    <Text component="span" size="xs" c="gray.7">
                      {mail.to} · {formatDate(mail.sentAt, true)}
                    </Text>
                  }
                  style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                />
              </li>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
      {data?.devMailbox.pageInfo.hasNextPage && (
        <Group justify="center" p="xs">
          <Button
            variant="light"
            size="xs"
            onClick={() => void fetchMore({ variables: { after: data.devMailbox.pageInfo.endCursor } })}
          >
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
    </Paper>
  );

  const reader = (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="article"
      aria-label={selected?.subject}
    >
      {selected ? (
        <Stack gap="md">
          <Anchor component={Link} to={linkTo(null)} size="sm" hiddenFrom="md">
            <Group gap={4} component="span">
              <IconArrowLeft size={16} aria-hidden />
              {t('mail.backToList')}
            </Group>
          </Anchor>
          <Title order={2} fz={20}>
            {selected.subject}
          </Title>
          <Box component="dl" m={0}>
            <Group gap="xs">
              <Text component="dt" size="sm" c="gray.7" fw={600}>
                {t('mail.to')}:
              </Text>
              <Text component="dd" size="sm" m={0}>
                {selected.to}
              </Text>
            </Group>
            <Group gap="xs">
              <Text component="dt" size="sm" c="gray.7" fw={600}>
                {t('mail.sentAt')}:
              </Text>
              <Text component="dd" size="sm" m={0}>
                {formatDate(selected.sentAt, true)}
              </Text>
            </Group>
          </Box>
          <Box pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <MailText text={selected.text} />
          </Box>
        </Stack>
      ) : (
        <Text c="gray.7">{selectedId && data ? t('mail.notLoaded') : t('mail.selectPrompt')}</Text>
      )}
    </Paper>
  );

  return (
    <Page title={t('mail.title')} description={t('mail.description')} size="xl">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          applyFilter(filter);
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('mail.filterLabel')}
            placeholder={t('mail.filterPlaceholder')}
            type="email"
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
            style={{ flex: '1 1 280px' }}
            maw={480}
          />
          <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
            {t('mail.filter')}
          </Button>
          {to && (
            <Button variant="default" onClick={() => applyFilter('')}>
              {t('mail.clearFilter')}
            </Button>
          )}
        </Group>
      </form>
      <Text size="xs" c="gray.7">
        {t('mail.autoRefresh')}
      </Text>

      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !data ? (
        <PageLoader />
      ) : (
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 5 }} display={{ base: selected ? 'none' : 'block', md: 'block' }}>
            {list}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }} display={{ base: selected ? 'block' : 'none', md: 'block' }}>
            {reader}
          </Grid.Col>
        </Grid>
      )}
    </Page>
  );
}
