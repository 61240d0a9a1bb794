import { useQuery } from '@apollo/client';
import { Button, Group, Text } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../generated';
import { Page, PageLoader } from '../../../platform/components/Page';
import { Section } from '../../../platform/components/Section';
import { ErrorAlert } from '../../../platform/errors';
import { useViewer } from '../../account/hooks/useViewer';
import { OrganizationDetails } from '../components/OrganizationDetails';
import { VerificationBadge } from '../components/VerificationBadge';

const OrganizationQuery = graphql(`
  query OrganizationPage_organization($id: ID!) {
    organization(id: $id) {
      id
      viewerRole
      ...OrganizationDetails_organization
    }
  }
`);

/** The public profile of an organisation. */
export function OrganizationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(OrganizationQuery, { variables: { id } });

  if (loading && !data) return <PageLoader />;
  const organization = data?.organization;
  if (error || !organization) {
    return (
      <Page title={t('notFound.title')}>
        {error ? <ErrorAlert error={error} /> : <ErrorAlert kind="NOT_FOUND" />}
      </Page>
    );
  }
  const isActive = viewer?.activeOrganization?.id === organization.id;

  return (
    <Page
      title={organization.name}
      size="lg"
      description={
        <Group gap="sm">
          <VerificationBadge status={organization.verificationStatus} size="lg" />
          <Text c="gray.7">
            {t(`enums.organizationType.${organization.type}`)} · {organization.province.name}
          </Text>
        </Group>
      }
      actions={
        isActive && (
          <Button
            component={Link}
            to="/organization"
            variant="default"
            leftSection={<IconSettings size={18} aria-hidden />}
          >
            {t('organization.profile.manage')}
          </Button>
        )
      }
    >
      <Section title={t('organization.profile.details')}>
        <OrganizationDetails organization={organization} />
      </Section>
    </Page>
  );
}
