import { useQuery } from '@apollo/client';
import {
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { VerificationStatus } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { RequireAuth } from '../../account/components/RequireAuth';
import { VerificationBadge } from '../../organization/components/VerificationBadge';
import type { VerificationTarget } from '../components/VerifyOrganizationDialog';
import { VerifyOrganizationDialog } from '../components/VerifyOrganizationDialog';

const OrganizationsQuery = graphql(`
  query AdminOrganizationsPage_organizations($first: Int!, $after: String, $where: OrganizationWhere) {
    organizations(first: $first, after: $after, where: $where) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          type
          taxCode
          verificationStatus
          createdAt
          province {
            code
            name
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

const STATUSES: VerificationStatus[] = ['UNVERIFIED', 'VERIFIED', 'REJECTED'];
const PAGE_SIZE = 50;

function parseStatus(value: string | null): VerificationStatus {
  return STATUSES.includes(value as VerificationStatus) ? (value as VerificationStatus) : 'UNVERIFIED';
}

export function AdminOrganizationsPage() {
  return (
    <RequireAuth roles={['BROKER', 'ADMIN']}>
      <AdminOrganizationsContent />
    </RequireAuth>
  );
}

/** Brokers' queue of organisations to verify; status filter and search live in the URL. */
function AdminOrganizationsContent() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  const [target, setTarget] = useState<VerificationTarget | null>(null);

  const { data, loading, error, refetch, fetchMore } = useQuery(OrganizationsQuery, {
    variables: { first: PAGE_SIZE, where: { verificationStatus: status, search: q || undefined } },
    fetchPolicy: 'cache-and-network',
  });

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  const organizations = data?.organizations.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title={t('admin.organizations.title')} description={t('admin.organizations.description')} size="xl">
      <Stack gap="sm">
        <Group align="flex-end" gap="md" wrap="wrap">
          <div>
            <Text size="sm" fw={500} mb={4} id="status-filter-label">
              {t('admin.organizations.statusFilter')}
            </Text>
            <SegmentedControl
              aria-labelledby="status-filter-label"
              value={status}
              onChange={(value) => update({ status: value })}
              data={STATUSES.map((value) => ({ value, label: t(`enums.verificationStatus.${value}`) }))}
            />
          </div>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              update({ q: search.trim() });
            }}
            style={{ flex: '1 1 280px', maxWidth: 440 }}
          >
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('admin.organizations.search')}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                style={{ flex: 1 }}
                type="search"
              />
              <Button type="submit" variant="default" aria-label={t('common.search')}>
                <IconSearch size={18} aria-hidden />
              </Button>
            </Group>
          </form>
        </Group>
      </Stack>

      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !data ? (
        <PageLoader />
      ) : (
        <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
          <Text size="sm" c="gray.7" mb="xs" role="status">
            {t('admin.organizations.total', { count: data?.organizations.totalCount ?? 0 })}
          </Text>
          {organizations.length === 0 ? (
            <Text py="md">{t('admin.organizations.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.organizations.name')}</Table.Th>
                    <Table.Th scope="col">{t('admin.organizations.type')}</Table.Th>
                    <Table.Th scope="col">{t('admin.organizations.taxCode')}</Table.Th>
                    <Table.Th scope="col">{t('admin.organizations.province')}</Table.Th>
                    <Table.Th scope="col">{t('admin.organizations.createdAt')}</Table.Th>
                    <Table.Th scope="col">{t('admin.organizations.status')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('admin.organizations.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {organizations.map((organization) => (
                    <Table.Tr key={organization.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/organizations/${organization.id}`} fw={600} size="sm">
                          {organization.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`enums.organizationType.${organization.type}`)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {organization.taxCode}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{organization.province.name}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(organization.createdAt)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <VerificationBadge status={organization.verificationStatus} size="sm" />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap" justify="flex-end">
                          {organization.verificationStatus !== 'VERIFIED' && (
                            <Button
                              size="xs"
                              color="green"
                              aria-label={t('admin.organizations.verifyLabel', { name: organization.name })}
                              onClick={() =>
                                setTarget({
                                  id: organization.id,
                                  name: organization.name,
                                  taxCode: organization.taxCode,
                                  status: 'VERIFIED',
                                })
                              }
                            >
                              {t('admin.organizations.verify')}
                            </Button>
                          )}
                          {organization.verificationStatus !== 'REJECTED' && (
                            <Button
                              size="xs"
                              variant="outline"
                              color="red"
                              aria-label={t('admin.organizations.rejectLabel', { name: organization.name })}
                              onClick={() =>
                                setTarget({
                                  id: organization.id,
                                  name: organization.name,
                                  taxCode: organization.taxCode,
                                  status: 'REJECTED',
                                })
                              }
                            >
                              {t('admin.organizations.reject')}
                            </Button>
                          )}
                          {organization.verificationStatus !== 'UNVERIFIED' && (
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('admin.organizations.reopenLabel', { name: organization.name })}
                              onClick={() =>
                                setTarget({
                                  id: organization.id,
                                  name: organization.name,
                                  taxCode: organization.taxCode,
                                  status: 'UNVERIFIED',
                                })
                              }
                            >
                              {t('admin.organizations.reopen')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {data?.organizations.pageInfo.hasNextPage && (
            <Group justify="center" mt="md">
              <Button
                variant="light"
                onClick={() =>
                  void fetchMore({ variables: { after: data.organizations.pageInfo.endCursor } })
                }
              >
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
        </Paper>
      )}

      <VerifyOrganizationDialog
        target={target}
        onClose={() => setTarget(null)}
        onDone={() => {
          setTarget(null);
          void refetch();
        }}
      />
    </Page>
  );
}
