import { useMutation, useQuery } from '@apollo/client';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmarks, IconSearch, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type {
  SavedSearchesPage_SavedSearchesQuery,
  SavedSearchesPage_UpdateSavedSearchMutation,
} from '../../../generated/graphql';
import { ConfirmDialog } from '../../../platform/components/ConfirmDialog';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert, useNotifyError } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { RequireAuth } from '../../account/components/RequireAuth';
import type { FilterName } from '../../search/hooks/useSearchState';
import { FILTERS, SEARCH_PATH, searchUrl } from '../../search/hooks/useSearchState';

const SavedSearchesQuery = graphql(`
  query SavedSearchesPage_savedSearches {
    savedSearches {
      id
      name
      query
      alerts
      createdAt
      lastAlertAt
      where {
        kind
        sector
        maturityStage
        ipStatus
        transferForm
        province
        organizationType
        priceBand
      }
    }
    sectors {
      id
      code
      label
    }
    provinces {
      code
      name
    }
  }
`);

const UpdateSavedSearchMutation = graphql(`
  mutation SavedSearchesPage_updateSavedSearch($input: UpdateSavedSearchInput!) {
    updateSavedSearch(input: $input) {
      savedSearch {
        id
        name
        alerts
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const DeleteSavedSearchMutation = graphql(`
  mutation SavedSearchesPage_deleteSavedSearch($input: DeleteSavedSearchInput!) {
    deleteSavedSearch(input: $input) {
      deleted
      errors {
        field
        code
        message
      }
    }
  }
`);

type SavedSearch = SavedSearchesPage_SavedSearchesQuery['savedSearches'][number];

export function SavedSearchesPage() {
  return (
    <RequireAuth>
      <SavedSearchesContent />
    </RequireAuth>
  );
}

/** "Tìm kiếm đã lưu": run a saved search again, switch its alerts, delete it. */
function SavedSearchesContent() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SavedSearchesQuery, { fetchPolicy: 'cache-and-network' });
  const labels = useMemo(() => {
    const sectors = new Map((data?.sectors ?? []).map((s) => [s.code, s.label]));
    const provinces = new Map((data?.provinces ?? []).map((p) => [p.code, p.name]));
    return { sectors, provinces };
  }, [data]);
  const searches = data?.savedSearches ?? [];

  return (
    <Page
      title={t('notification.saved.title')}
      description={t('notification.saved.description')}
      actions={
        <Button
          component={Link}
          to={SEARCH_PATH}
          variant="default"
          leftSection={<IconSearch size={18} aria-hidden />}
        >
          {t('notification.saved.newSearch')}
        </Button>
      }
    >
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !data ? (
        <PageLoader />
      ) : searches.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" ta="center" gap="sm">
            <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
              <IconBookmarks size={30} />
            </ThemeIcon>
            <Title order={2} fz={20}>
              {t('notification.saved.empty')}
            </Title>
            <Text c="gray.7">{t('notification.saved.emptyText')}</Text>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {searches.map((search) => (
            <SavedSearchItem key={search.id} search={search} labels={labels} />
          ))}
        </Stack>
      )}
    </Page>
  );
}

function SavedSearchItem({
  search,
  labels,
}: {
  search: SavedSearch;
  labels: { sectors: Map<string, string>; provinces: Map<string, string> };
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const notifyError = useNotifyError();
  const [confirming, setConfirming] = useState(false);
  const [update] = useMutation(UpdateSavedSearchMutation);
  const [remove, removeState] = useMutation(DeleteSavedSearchMutation, {
    update(cache, { data }) {
      if (data?.deleteSavedSearch.deleted) {
        cache.evict({ id: cache.identify({ __typename: 'SavedSearch', id: search.id }) });
        cache.gc();
      }
    },
  });
  const headingId = `saved-${search.id}`;

  const filters = Object.fromEntries(FILTERS.map((name) => [name, [...search.where[name]]])) as Record<
    FilterName,
    string[]
  >;
  const chips: string[] = [
    ...search.where.kind.map((v) => t(`enums.listingKindShort.${v}`)),
    ...search.where.sector.map((v) => labels.sectors.get(v) ?? v),
    ...search.where.maturityStage.map((v) => t(`enums.maturityStage.${v}`)),
    ...search.where.ipStatus.map((v) => t(`enums.ipStatus.${v}`)),
    ...search.where.transferForm.map((v) => t(`enums.transferForm.${v}`)),
    ...search.where.province.map((v) => labels.provinces.get(v) ?? v),
    ...search.where.organizationType.map((v) => t(`enums.organizationType.${v}`)),
    ...search.where.priceBand.map((v) => t(`enums.priceBand.${v}`)),
  ];

  const toggleAlerts = async (alerts: boolean) => {
    try {
      const { data } = await update({
        variables: { input: { id: search.id, alerts } },
        optimisticResponse: {
          updateSavedSearch: {
            __typename: 'UpdateSavedSearchPayload',
            savedSearch: { __typename: 'SavedSearch', id: search.id, name: search.name, alerts },
            errors: [],
          },
        } as SavedSearchesPage_UpdateSavedSearchMutation,
      });
      const payload = data?.updateSavedSearch;
      if (payload && payload.errors.length > 0) {
        notifications.show({ color: 'red', message: payload.errors.map((e) => e.message).join(' ') });
      }
    } catch (error) {
      notifyError(error);
    }
  };

  const onDelete = async () => {
    try {
      const { data } = await remove({ variables: { input: { id: search.id } } });
      const payload = data?.deleteSavedSearch;
      if (payload && payload.errors.length > 0) {
        notifications.show({ color: 'red', message: payload.errors.map((e) => e.message).join(' ') });
      } else if (payload?.deleted) {
        notifications.show({
          color: 'green',
          message: t('notification.saved.deleted', { name: search.name }),
        });
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setConfirming(false);
    }
  };

  return (
    <Paper component="li" withBorder radius="md" p={{ base: 'sm', sm: 'md' }} aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text fw={700} fz="lg" id={headingId} style={{ wordBreak: 'break-word' }}>
              {search.name}
            </Text>
            <Text size="sm" c="gray.8">
              {search.query
                ? t('notification.saved.words', { query: search.query })
                : t('notification.saved.noWords')}
            </Text>
          </div>
          <Tooltip label={t('notification.saved.delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              onClick={() => setConfirming(true)}
              aria-label={t('notification.saved.deleteLabel', { name: search.name })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
        {chips.length > 0 && (
          <Group gap={6}>
            {chips.map((chip) => (
              <Badge key={chip} variant="light" color="gray" c="gray.9" radius="sm" fw={500}>
                {chip}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="xs" c="gray.7">
          {t('notification.saved.createdAt', { date: formatDate(search.createdAt) })}
          {search.lastAlertAt &&
            ` · ${t('notification.saved.lastAlert', { date: formatDate(search.lastAlertAt) })}`}
        </Text>
        <Group justify="space-between" gap="sm">
          <Switch
            label={t('notification.saved.alerts')}
            checked={search.alerts}
            onChange={(event) => void toggleAlerts(event.currentTarget.checked)}
          />
          <Button
            component={Link}
            to={searchUrl({ q: search.query, filters })}
            size="sm"
            leftSection={<IconSearch size={16} aria-hidden />}
            aria-label={t('notification.saved.openLabel', { name: search.name })}
          >
            {t('notification.saved.open')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('notification.saved.deleteTitle')}
        message={t('notification.saved.deleteText', { name: search.name })}
        confirmLabel={t('notification.saved.delete')}
        loading={removeState.loading}
        onClose={() => setConfirming(false)}
        onConfirm={() => void onDelete()}
      />
    </Paper>
  );
}
