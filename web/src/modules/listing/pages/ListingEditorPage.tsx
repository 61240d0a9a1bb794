import { useQuery } from '@apollo/client';
import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { ListingKind } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useSite } from '../../../platform/site';
import { RequireAuth } from '../../account/components/RequireAuth';
import type { Viewer } from '../../account/hooks/useViewer';
import { useViewer } from '../../account/hooks/useViewer';
import { emptyValues } from '../components/editor/formModel';
import { ListingEditor, valuesOfListing } from '../components/editor/ListingEditor';
import { STEPS } from '../components/editor/formModel';
import { editListingPath, listingPath } from '../model';

const ListingQuery = graphql(`
  query ListingEditorPage_listing($id: ID!) {
    listing(id: $id) {
      ...ListingEditor_listing
    }
  }
`);

const OptionsQuery = graphql(`
  query ListingEditorPage_options {
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

function parseKind(value: string | null): ListingKind {
  return value === 'REQUEST' ? 'REQUEST' : 'OFFER';
}

function parseStep(value: string | null): number {
  const step = Number(value);
  return Number.isInteger(step) && step >= 1 && step <= STEPS.length ? step - 1 : 0;
}

/** `/dang-tin/moi?kind=OFFER|REQUEST` and `/dang-tin/:id/sua`; the step is `?buoc=` in the URL. */
export function ListingEditorPage() {
  return (
    <RequireAuth>
      <ListingEditorContent />
    </RequireAuth>
  );
}

function ListingEditorContent() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { viewer } = useViewer();
  const { site } = useSite();
  // The draft this page created: its URL changes to /dang-tin/:id/sua but the form stays as it is.
  const [created, setCreated] = useState<{ id: string; kind: ListingKind } | null>(null);
  const loadsListing = !!id && id !== created?.id;
  const step = parseStep(params.get('buoc'));

  const options = useQuery(OptionsQuery);
  const { data, loading, error } = useQuery(ListingQuery, {
    variables: { id: id ?? '' },
    skip: !loadsListing,
    fetchPolicy: 'network-only',
  });

  const setStep = (next: number) => {
    const nextParams = new URLSearchParams(params);
    nextParams.set('buoc', String(next + 1));
    setParams(nextParams);
  };

  const organization = viewer?.activeOrganization ?? null;
  const newValues = useMemo(
    () =>
      emptyValues({
        contactName: viewer?.displayName ?? '',
        contactEmail: viewer?.email ?? '',
        provinceCode: site?.province.code ?? '',
      }),
    [viewer?.displayName, viewer?.email, site?.province.code],
  );

  if (!viewer) return null;
  if (loadsListing) {
    if (loading && !data) return <PageLoader />;
    const listing = data?.listing;
    if (error || !listing) {
      return (
        <Page title={t('listing.editor.editTitle')}>
          {error ? <ErrorAlert error={error} /> : <ErrorAlert kind="NOT_FOUND" />}
        </Page>
      );
    }
    if (!listing.viewerCanEdit) {
      return (
        <Page title={t('listing.editor.editTitle')}>
          <ErrorAlert kind="FORBIDDEN" />
          <Group>
            <Button component={Link} to={listingPath(listing.slug)} variant="default">
              {t('listing.editor.viewListing')}
            </Button>
          </Group>
        </Page>
      );
    }
    if (options.loading && !options.data) return <PageLoader />;
    return (
      <Page title={t('listing.editor.editTitle')} description={listing.content.title} size="lg">
        <ListingEditor
          key={listing.id}
          kind={listing.kind}
          onKindChange={() => undefined}
          listing={listing}
          initialValues={valuesOfListing(listing)}
          sectors={sectorsWithChosen(options.data?.sectors ?? [], listing.content.sectors)}
          provinces={options.data?.provinces ?? []}
          step={step}
          onStepChange={setStep}
          onCreated={() => undefined}
          organization={organization}
        />
      </Page>
    );
  }

  if (!organization) return <NoOrganization viewer={viewer} />;
  if (options.loading && !options.data) return <PageLoader />;
  const kind = created?.kind ?? parseKind(params.get('kind'));
  return (
    <Page
      title={t(`listing.editor.newTitle.${kind}`)}
      description={t('listing.editor.newDescription', { name: organization.name })}
      size="lg"
    >
      <ListingEditor
        key="new"
        kind={kind}
        onKindChange={(next) => {
          const nextParams = new URLSearchParams(params);
          nextParams.set('kind', next);
          setParams(nextParams, { replace: true });
        }}
        listing={null}
        initialValues={newValues}
        sectors={options.data?.sectors ?? []}
        provinces={options.data?.provinces ?? []}
        step={step}
        onStepChange={setStep}
        onCreated={(draft) => {
          setCreated({ id: draft.id, kind: draft.kind });
          void navigate(`${editListingPath(draft.id)}?buoc=${step + 1}`, { replace: true });
        }}
        organization={organization}
      />
    </Page>
  );
}

/** Sectors since deactivated stay choosable on listings that already have them. */
function sectorsWithChosen(
  active: readonly { id: string; label: string }[],
  chosen: readonly { id: string; label: string }[],
) {
  const ids = new Set(active.map((sector) => sector.id));
  return [...active, ...chosen.filter((sector) => !ids.has(sector.id))];
}

function NoOrganization({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <Page title={t('listing.editor.newTitle.OFFER')}>
      <Paper withBorder radius="md" p="xl">
        <Stack align="center" ta="center" gap="md" maw={560} mx="auto">
          <ThemeIcon size={64} radius="xl" variant="light" aria-hidden>
            <IconBuildingCommunity size={36} />
          </ThemeIcon>
          <Title order={2} fz={22}>
            {t('listing.editor.noOrganizationTitle')}
          </Title>
          <Text c="gray.7">
            {viewer.memberships.length > 0
              ? t('listing.editor.chooseOrganization')
              : t('listing.editor.noOrganizationText')}
          </Text>
          {viewer.memberships.length === 0 && (
            <Button
              component={Link}
              to="/organizations/new"
              size="md"
              leftSection={<IconPlus size={18} aria-hidden />}
            >
              {t('listing.editor.createOrganization')}
            </Button>
          )}
        </Stack>
      </Paper>
    </Page>
  );
}
