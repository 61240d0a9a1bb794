import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { OrganizationDetails_OrganizationFragment } from '../../../generated/graphql';
import { useFormatDate } from '../../../platform/format';

export const OrganizationDetailsFragment = graphql(`
  fragment OrganizationDetails_organization on Organization {
    id
    name
    type
    taxCode
    address
    website
    description
    verified
    verificationStatus
    verifiedAt
    verificationNote
    createdAt
    province {
      code
      name
    }
  }
`);

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="gray.7" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="md" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** An organisation's profile as a description list; confidential fields only when the API returns them. */
export function OrganizationDetails({
  organization,
}: {
  organization: OrganizationDetails_OrganizationFragment;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const website =
    organization.website && /^https?:\/\//i.test(organization.website) ? organization.website : null;

  return (
    <Stack gap="lg">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md" m={0}>
        <Field label={t('organization.profile.type')}>
          {t(`enums.organizationType.${organization.type}`)}
        </Field>
        <Field label={t('organization.profile.province')}>{organization.province.name}</Field>
        {organization.taxCode !== null && (
          <Field label={t('organization.profile.taxCode')}>{organization.taxCode}</Field>
        )}
        {organization.address !== null && (
          <Field label={t('organization.profile.address')}>
            {organization.address || t('common.notProvided')}
          </Field>
        )}
        <Field label={t('organization.profile.website')}>
          {website ? (
            <Anchor href={website} target="_blank" rel="noopener noreferrer nofollow">
              {website}
            </Anchor>
          ) : (
            t('common.notProvided')
          )}
        </Field>
        <Field label={t('organization.profile.createdAt')}>{formatDate(organization.createdAt)}</Field>
        {organization.verifiedAt && organization.verificationStatus === 'VERIFIED' && (
          <Field label={t('organization.profile.verifiedAt')}>{formatDate(organization.verifiedAt)}</Field>
        )}
      </SimpleGrid>
      <div>
        <Text size="sm" c="gray.7" fw={600}>
          {t('organization.profile.description')}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          {organization.description || t('organization.profile.noDescription')}
        </Text>
      </div>
    </Stack>
  );
}
