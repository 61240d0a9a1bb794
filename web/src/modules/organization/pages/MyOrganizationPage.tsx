import { useMutation, useQuery } from '@apollo/client';
import { Alert, Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBuildingCommunity,
  IconClockHour4,
  IconAlertOctagon,
  IconExternalLink,
  IconPencil,
  IconPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { MyOrganizationPage_OrganizationQuery, OrganizationType } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { Section } from '../../../platform/components/Section';
import { ErrorAlert, useNotifyError } from '../../../platform/errors';
import { usePageTitle } from '../../../platform/site';
import { RequireAuth } from '../../account/components/RequireAuth';
import { InvitationsSection } from '../components/InvitationsSection';
import { MembersSection } from '../components/MembersSection';
import { OrganizationDetails } from '../components/OrganizationDetails';
import type { OrganizationFormValues } from '../components/OrganizationForm';
import { OrganizationForm } from '../components/OrganizationForm';
import { VerificationBadge } from '../components/VerificationBadge';

const MyOrganizationQuery = graphql(`
  query MyOrganizationPage_organization {
    me {
      id
      activeOrganization {
        id
        viewerRole
        ...OrganizationDetails_organization
        ...MembersSection_organization
        ...InvitationsSection_organization
      }
    }
  }
`);

const UpdateOrganizationMutation = graphql(`
  mutation MyOrganizationPage_updateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization {
        id
        ...OrganizationDetails_organization
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type ActiveOrganization = NonNullable<
  NonNullable<MyOrganizationPage_OrganizationQuery['me']>['activeOrganization']
>;

export function MyOrganizationPage() {
  return (
    <RequireAuth>
      <MyOrganizationContent />
    </RequireAuth>
  );
}

function MyOrganizationContent() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MyOrganizationQuery, { fetchPolicy: 'cache-and-network' });
  usePageTitle(t('organization.mine.title'));

  if (loading && !data) return <PageLoader />;
  if (error && !data) {
    return (
      <Page title={t('organization.mine.title')}>
        <ErrorAlert error={error} />
      </Page>
    );
  }
  const organization = data?.me?.activeOrganization;
  if (!organization) return <NoOrganization />;
  return <OrganizationView organization={organization} />;
}

function NoOrganization() {
  const { t } = useTranslation();
  return (
    <Page title={t('organization.mine.title')}>
      <Paper withBorder radius="md" p="xl">
        <Stack align="center" ta="center" gap="md" maw={560} mx="auto">
          <ThemeIcon size={64} radius="xl" variant="light" aria-hidden>
            <IconBuildingCommunity size={36} />
          </ThemeIcon>
          <Title order={2} fz={22}>
            {t('organization.mine.emptyTitle')}
          </Title>
          <Text c="gray.7">{t('organization.mine.emptyText')}</Text>
          <Button
            component={Link}
            to="/organizations/new"
            size="md"
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t('organization.mine.create')}
          </Button>
        </Stack>
      </Paper>
    </Page>
  );
}

function toFormValues(organization: ActiveOrganization): OrganizationFormValues {
  return {
    name: organization.name,
    type: organization.type,
    taxCode: organization.taxCode ?? '',
    provinceCode: organization.province.code,
    address: organization.address ?? '',
    website: organization.website ?? '',
    description: organization.description ?? '',
  };
}

function OrganizationView({ organization }: { organization: ActiveOrganization }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [editing, setEditing] = useState(false);
  const [updateOrganization, { loading: saving }] = useMutation(UpdateOrganizationMutation);
  const isOwner = organization.viewerRole === 'OWNER';

  const onSave = async (values: OrganizationFormValues) => {
    const before = toFormValues(organization);
    // Only what changed is sent; a cleared optional field is sent as null.
    const changed = <K extends keyof OrganizationFormValues>(key: K) =>
      values[key].trim() !== before[key].trim();
    const text = (key: 'name' | 'taxCode' | 'address' | 'website' | 'description') =>
      changed(key) ? values[key].trim() || null : undefined;
    try {
      const { data } = await updateOrganization({
        variables: {
          input: {
            organizationId: organization.id,
            name: text('name'),
            type: changed('type') ? (values.type as OrganizationType) : undefined,
            taxCode: text('taxCode'),
            provinceCode: changed('provinceCode') ? values.provinceCode : undefined,
            address: text('address'),
            website: text('website'),
            description: text('description'),
          },
        },
      });
      const payload = data?.updateOrganization;
      if (!payload) return null;
      if (payload.errors.length > 0) return payload.errors;
      setEditing(false);
      notifications.show({ color: 'green', message: t('organization.mine.updated') });
      return null;
    } catch (error) {
      notifyError(error);
      return null;
    }
  };

  return (
    <Page
      title={organization.name}
      size="lg"
      description={
        <Group gap="sm">
          <VerificationBadge status={organization.verificationStatus} size="lg" />
          <Text c="gray.7">{t(`enums.organizationType.${organization.type}`)}</Text>
          {organization.viewerRole && (
            <Badge variant="outline" color="gray" c="gray.8" size="lg" radius="sm">
              {t('organization.profile.yourRole', {
                role: t(`enums.membershipRole.${organization.viewerRole}`),
              })}
            </Badge>
          )}
        </Group>
      }
      actions={
        <Group gap="sm">
          <Button
            component={Link}
            to={`/organizations/${organization.id}`}
            variant="default"
            leftSection={<IconExternalLink size={18} aria-hidden />}
          >
            {t('organization.mine.publicProfile')}
          </Button>
          {isOwner && !editing && (
            <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>
              {t('organization.mine.edit')}
            </Button>
          )}
        </Group>
      }
    >
      {organization.verificationStatus === 'UNVERIFIED' && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconClockHour4 aria-hidden />}
          title={t('organization.mine.unverifiedTitle')}
        >
          {t('organization.mine.unverifiedNotice')}
          {organization.verificationNote && (
            <Text size="sm" mt="xs">
              {t('organization.mine.note', { note: organization.verificationNote })}
            </Text>
          )}
        </Alert>
      )}
      {organization.verificationStatus === 'REJECTED' && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertOctagon aria-hidden />}
          title={t('organization.mine.rejectedTitle')}
        >
          {t('organization.mine.rejectedNotice')}
          {organization.verificationNote && (
            <Text size="sm" mt="xs" fw={600}>
              {t('organization.mine.note', { note: organization.verificationNote })}
            </Text>
          )}
        </Alert>
      )}

      {editing ? (
        <Section title={t('organization.mine.editTitle')}>
          <OrganizationForm
            initialValues={toFormValues(organization)}
            submitLabel={t('common.save')}
            onSubmit={onSave}
            onCancel={() => setEditing(false)}
            loading={saving}
            warnOnTaxCodeChange
          />
        </Section>
      ) : (
        <Section title={t('organization.profile.details')}>
          <OrganizationDetails organization={organization} />
        </Section>
      )}

      <MembersSection organization={organization} />
      {isOwner && <InvitationsSection organization={organization} />}
    </Page>
  );
}
