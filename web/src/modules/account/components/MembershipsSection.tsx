import { Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../../platform/components/Section';
import { VerificationBadge } from '../../organization/components/VerificationBadge';
import type { Viewer } from '../hooks/useViewer';

/** The organisations the user belongs to, with their role, and which one they act for. */
export function MembershipsSection({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <Section title={t('account.account.organizations.title')}>
      {viewer.memberships.length === 0 ? (
        <Group justify="space-between">
          <Text size="sm">{t('account.account.organizations.empty')}</Text>
          <Button component={Link} to="/organizations/new" variant="light">
            {t('account.account.organizations.create')}
          </Button>
        </Group>
      ) : (
        <List spacing="sm" listStyleType="none" ml={0} pl={0}>
          {viewer.memberships.map((membership) => (
            <List.Item key={membership.id}>
              <Group gap="xs">
                <Anchor component={Link} to={`/organizations/${membership.organization.id}`} fw={600}>
                  {membership.organization.name}
                </Anchor>
                <VerificationBadge status={membership.organization.verificationStatus} size="sm" />
                <Badge variant="outline" color="gray.7" size="sm">
                  {t(`enums.membershipRole.${membership.role}`)}
                </Badge>
                {viewer.activeOrganization?.id === membership.organization.id && (
                  <Badge variant="light" size="sm">
                    {t('account.account.organizations.acting')}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
