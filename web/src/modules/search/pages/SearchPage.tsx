import { useQuery } from '@apollo/client';
import {
  Alert,
  Badge,
  Box,
  Button,
  Chip,
  CloseButton,
  Grid,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAdjustmentsHorizontal,
  IconAlertTriangle,
  IconInfoCircle,
  IconSearchOff,
} from '@tabler/icons-react';
import { lazy, Suspense, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { SearchOrder } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { SaveSearchButton } from '../../notification';
import type { FacetGroup } from '../components/FacetFilters';
import { FacetFilters } from '../components/FacetFilters';
import { SearchForm } from '../components/SearchForm';
import { SearchHitCard } from '../components/SearchHitCard';
import type { FilterName } from '../hooks/useSearchState';
import { FILTERS, ORDERS, useSearchState } from '../hooks/useSearchState';
import { useMediaMatch } from '../../../platform/useMediaMatch';

const SearchQuery = graphql(`
  query SearchPage_search(
    $query: String
    $where: SearchWhere
    $orderBy: SearchOrder
    $page: Int
    $pageSize: Int
  ) {
    search(query: $query, where: $where, orderBy: $orderBy, page: $page, pageSize: $pageSize) {
      totalCount
      page
      pageCount
      degraded
      searchedWords
      facets {
        name
        values {
          value
          label
          count
        }
      }
      hits {
        card {
          id
        }
        ...SearchHitCard_hit
      }
    }
  }
`);

const LabelsQuery = graphql(`
  query SearchPage_labels {
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

const FiltersDrawer = lazy(async () => ({
  default: (await import('../components/FiltersDrawer')).FiltersDrawer,
}));

const PAGE_SIZE = 20;
/** Kind is chosen above the results; the other facets are checkbox groups. */
const CHECKBOX_FACETS = FILTERS.filter((name) => name !== 'kind');

/** `/tim-kiem`: full-text search over published listings with facets; everything in the URL. */
export function SearchPage() {
  const { t } = useTranslation();
  const { state, update, toggle, where, activeCount } = useSearchState();
  const [filtersOpened, filters] = useDisclosure(false);
  // The drawer's code is fetched when it is first opened, and it stays mounted to animate closing.
  const [drawerWanted, setDrawerWanted] = useState(false);
  if (filtersOpened && !drawerWanted) setDrawerWanted(true);
  const resultsRef = useRef<HTMLDivElement>(null);
  // The side panel of filters is for wide screens; phones open the drawer instead. (Its column is laid out
  // by CSS, so a page the server rendered keeps its layout while the filters fill in.)
  const wide = useMediaMatch('(min-width: 62em)');

  const { data, previousData, loading, error } = useQuery(SearchQuery, {
    variables: {
      query: state.q || undefined,
      where,
      orderBy: state.sort,
      page: state.page,
      pageSize: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const { data: labelsData } = useQuery(LabelsQuery);
  // A page of results is the page's biggest render: done at low priority, in slices, so that the
  // browser stays responsive (an answer from Apollo would otherwise render in one long task).
  const results = useDeferredValue((data ?? previousData)?.search);

  // Labels for selected values the current facets no longer list (e.g. at zero results).
  const seenLabels = useRef(new Map<string, string>());
  const labelOf = useMemo(() => {
    const sectors = new Map((labelsData?.sectors ?? []).map((s) => [s.code, s.label]));
    const provinces = new Map((labelsData?.provinces ?? []).map((p) => [p.code, p.name]));
    return (name: FilterName, value: string): string => {
      const seen = seenLabels.current.get(`${name}:${value}`);
      if (seen) return seen;
      if (name === 'sector') return sectors.get(value) ?? value;
      if (name === 'province') return provinces.get(value) ?? value;
      const enumKey = {
        kind: 'listingKind',
        maturityStage: 'maturityStage',
        ipStatus: 'ipStatus',
        transferForm: 'transferForm',
        organizationType: 'organizationType',
        priceBand: 'priceBand',
      }[name];
      return t(`enums.${enumKey}.${value}` as 'enums.ipStatus.FILED', { defaultValue: value });
    };
  }, [labelsData, t]);

  const groups = useMemo<FacetGroup[]>(() => {
    const facets = new Map((results?.facets ?? []).map((facet) => [facet.name, facet.values]));
    return CHECKBOX_FACETS.map((name) => {
      const values = (facets.get(name) ?? []).map((v) => {
        seenLabels.current.set(`${name}:${v.value}`, v.label);
        return { value: v.value, label: v.label, count: v.count };
      });
      const listed = new Set(values.map((v) => v.value));
      const missing = state.filters[name]
        .filter((value) => !listed.has(value))
        .map((value) => ({ value, label: labelOf(name, value), count: 0 }));
      return { name, values: [...values, ...missing] };
    });
  }, [results, state.filters, labelOf]);

  const chips = FILTERS.flatMap((name) =>
    name === 'kind' ? [] : state.filters[name].map((value) => ({ name, value, label: labelOf(name, value) })),
  );
  const kind = state.filters.kind.length === 1 ? state.filters.kind[0] : 'ALL';

  const goToPage = (page: number) => {
    update({ page });
    resultsRef.current?.scrollIntoView({ block: 'start' });
    resultsRef.current?.focus({ preventScroll: true });
  };

  const facetPanel = (
    <FacetFilters
      groups={groups}
      selected={state.filters}
      onToggle={(name, value, on) => toggle(name, value, on)}
    />
  );

  return (
    <Page
      title={t('search.title')}
      description={t('search.description')}
      size="xl"
      actions={<SaveSearchButton query={state.q} where={where} />}
    >
      <SearchForm initialQuery={state.q} onSearch={(q) => update({ q })} size="lg" />

      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4} id="search-kind-label">
            {t('search.kindLabel')}
          </Text>
          {/* Chips, not a segmented control: that one measures the layout at every render. The short
              labels are for phones, by CSS (the server renders both). */}
          <Chip.Group
            multiple={false}
            value={kind}
            onChange={(value) =>
              update({ filters: { ...state.filters, kind: value === 'ALL' ? [] : [value] } })
            }
          >
            <Group gap={6} role="radiogroup" aria-labelledby="search-kind-label">
              <Chip value="ALL" variant="outline">
                {t('search.kinds.all')}
              </Chip>
              {(['OFFER', 'REQUEST'] as const).map((value) => (
                <Chip key={value} value={value} variant="outline">
                  <Box component="span" hiddenFrom="xs">
                    {t(`enums.listingKindShort.${value}`)}
                  </Box>
                  <Box component="span" visibleFrom="xs">
                    {t(`enums.listingKind.${value}`)}
                  </Box>
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </div>
        <Group gap="sm" align="flex-end">
          <Button
            hiddenFrom="md"
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
            onClick={filters.open}
          >
            {activeCount > 0 ? t('search.filtersCount', { count: activeCount }) : t('search.filters')}
          </Button>
          {/* The browser's own list: no popover code before the first result, and a phone's native picker. */}
          <NativeSelect
            label={t('search.sort.label')}
            value={state.sort}
            onChange={(event) => update({ sort: event.currentTarget.value as SearchOrder })}
            data={ORDERS.map((order) => ({ value: order, label: t(`search.sort.${order}`) }))}
            w={220}
          />
        </Group>
      </Group>

      {results?.degraded && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('search.degradedTitle')}
        >
          {t('search.degraded')}
        </Alert>
      )}
      {results?.searchedWords && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('search.searchedWords', { words: results.searchedWords })}
        </Alert>
      )}

      {chips.length > 0 && (
        <Group gap="xs" aria-label={t('search.activeFilters')} role="group">
          {chips.map((chip) => (
            <Badge
              key={`${chip.name}:${chip.value}`}
              variant="light"
              radius="xl"
              size="lg"
              tt="none"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('search.removeFilter', { label: chip.label })}
                  onClick={() => toggle(chip.name, chip.value, false)}
                />
              }
            >
              {chip.label}
            </Badge>
          ))}
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() =>
              update({
                filters: Object.fromEntries(
                  FILTERS.map((name) => [name, name === 'kind' ? state.filters.kind : []]),
                ) as Record<FilterName, string[]>,
              })
            }
          >
            {t('search.clearFilters')}
          </Button>
        </Group>
      )}

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 3 }} visibleFrom="md">
          {wide && (
            <Paper withBorder radius="md" p="md" component="aside" aria-labelledby="search-filters-title">
              <Title order={2} fz={18} id="search-filters-title" mb="md">
                {t('search.filters')}
              </Title>
              {results?.degraded ? (
                <Text size="sm" c="gray.7">
                  {t('search.facets.degraded')}
                </Text>
              ) : (
                facetPanel
              )}
            </Paper>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="sm" ref={resultsRef} tabIndex={-1} style={{ outline: 'none' }}>
            <Title order={2} fz={18}>
              {t('search.resultsTitle')}
            </Title>
            {error && !results ? (
              <ErrorAlert error={error} />
            ) : !results ? (
              <PageLoader />
            ) : (
              <>
                <Text size="sm" c="gray.7" role="status" aria-live="polite">
                  {loading
                    ? t('common.loading')
                    : state.q
                      ? t('search.countFor', { count: results.totalCount, query: state.q })
                      : t('search.count', { count: results.totalCount })}
                </Text>
                {results.hits.length === 0 ? (
                  <Paper withBorder radius="md" p="xl">
                    <Stack align="center" ta="center" gap="xs">
                      <IconSearchOff size={40} aria-hidden color="var(--mantine-color-gray-6)" />
                      <Text fw={700}>{t('search.emptyTitle')}</Text>
                      <Text size="sm" c="gray.7">
                        {t('search.emptyText')}
                      </Text>
                    </Stack>
                  </Paper>
                ) : (
                  <Stack gap="sm" aria-busy={loading}>
                    {results.hits.map((hit) => (
                      <SearchHitCard key={hit.card.id} hit={hit} />
                    ))}
                  </Stack>
                )}
                {results.pageCount > 1 && (
                  <Group justify="center" mt="md" component="nav" aria-label={t('search.pagination.label')}>
                    <Pagination
                      total={results.pageCount}
                      value={results.page}
                      onChange={goToPage}
                      siblings={1}
                      boundaries={1}
                      getItemProps={(page) => ({
                        'aria-label': t('search.pagination.page', { page }),
                        'aria-current': page === results.page ? 'page' : undefined,
                      })}
                      getControlProps={(control) => ({
                        'aria-label': t(`search.pagination.${control}`),
                      })}
                    />
                  </Group>
                )}
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>

      {drawerWanted && (
        <Suspense fallback={null}>
          <FiltersDrawer
            opened={filtersOpened}
            onClose={filters.close}
            degraded={!!results?.degraded}
            totalCount={results?.totalCount ?? 0}
          >
            {facetPanel}
          </FiltersDrawer>
        </Suspense>
      )}
    </Page>
  );
}
