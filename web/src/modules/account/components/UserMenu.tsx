import { useApolloClient, useMutation } from '@apollo/client';
import { Avatar, Box, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBuildingCommunity,
  IconChevronDown,
  IconLogout,
  IconPlus,
  IconSwitchHorizontal,
  IconUserCircle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import { useNotifyError } from '../../../platform/errors';
import { VerificationBadge } from '../../organization/components/VerificationBadge';
import { useSignOut } from '../hooks/useSignOut';
import type { Viewer } from '../hooks/useViewer';

const SwitchOrganizationMutation = graphql(`
  mutation UserMenu_switchOrganization($input: SwitchOrganizationInput!) {
    switchOrganization(input: $input) {
      me {
        id
        activeOrganization {
          id
          name
          verificationStatus
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  // Vietnamese names put the given name last: "Nguyễn Văn An" → "NA".
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return picked.map((word) => word[0]?.toUpperCase() ?? '').join('');
}

/** The signed-in user's menu: who they are, the organisation they act for (and a switcher), sign out. */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const notifyError = useNotifyError();
  const { signOut } = useSignOut();
  const [switchOrganization] = useMutation(SwitchOrganizationMutation);
  const active = viewer.activeOrganization;
  const others = viewer.memberships.filter((m) => m.organization.id !== active?.id);

  const onSwitch = async (organizationId: string) => {
    try {
      const { data } = await switchOrganization({ variables: { input: { organizationId } } });
      const payload = data?.switchOrganization;
      if (payload && payload.errors.length > 0) {
        notifications.show({ color: 'red', message: payload.errors.map((e) => e.message).join(' ') });
        return;
      }
      // What the user may see depends on the organisation they act for.
      await client.resetStore();
      const name = payload?.me?.activeOrganization?.name ?? '';
      notifications.show({ color: 'brand', message: t('layout.userMenu.switched', { name }) });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Menu position="bottom-end" width={300} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton px={6} py={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="brand" radius="xl" size={34} aria-hidden>
              {initials(viewer.displayName)}
            </Avatar>
            {/* Named "Tài khoản của <name>": visible name on wide screens, hidden text on phones. */}
            <VisuallyHidden hiddenFrom="sm">
              {t('layout.userMenu.label', { name: viewer.displayName })}
            </VisuallyHidden>
            <Box visibleFrom="sm" maw={180}>
              <Text size="sm" fw={600} truncate="end" lh={1.2}>
                <VisuallyHidden>{t('layout.userMenu.labelPrefix')}</VisuallyHidden>
                {viewer.displayName}
              </Text>
              {active && (
                <Text size="xs" c="gray.7" truncate="end" lh={1.2}>
                  {active.name}
                </Text>
              )}
            </Box>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py={6}>
          <Text fw={700} size="sm">
            {viewer.displayName}
          </Text>
          <Text size="xs" c="gray.7">
            {viewer.email}
          </Text>
        </Box>
        <Menu.Divider />
        <Menu.Label>{t('layout.userMenu.actingFor')}</Menu.Label>
        {active ? (
          <Box px="sm" pb={6}>
            <Text size="sm" fw={600}>
              {active.name}
            </Text>
            <VerificationBadge status={active.verificationStatus} size="sm" mt={4} />
          </Box>
        ) : (
          <Text px="sm" pb={6} size="sm" c="gray.7">
            {t('layout.userMenu.noOrganization')}
          </Text>
        )}
        {others.length > 0 && (
          <>
            <Menu.Label>{t('layout.userMenu.switchTo')}</Menu.Label>
            {others.map((membership) => (
              <Menu.Item
                key={membership.id}
                leftSection={<IconSwitchHorizontal size={16} aria-hidden />}
                onClick={() => void onSwitch(membership.organization.id)}
              >
                <Text size="sm">{membership.organization.name}</Text>
                <VerificationBadge status={membership.organization.verificationStatus} size="xs" mt={2} />
              </Menu.Item>
            ))}
          </>
        )}
        {viewer.memberships.length === 0 && (
          <Menu.Item
            component={Link}
            to="/organizations/new"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('layout.userMenu.createOrganization')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('layout.userMenu.myAccount')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/organization"
          leftSection={<IconBuildingCommunity size={16} aria-hidden />}
        >
          {t('layout.userMenu.myOrganization')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOut()}
        >
          {t('layout.userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
