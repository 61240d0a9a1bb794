import { useApolloClient, useMutation } from '@apollo/client';
import { Badge, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../../generated';
import type { MembersSection_OrganizationFragment } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../platform/components/ConfirmDialog';
import { Section } from '../../../platform/components/Section';
import { useNotifyError } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { useViewer } from '../../account/hooks/useViewer';

export const MembersSectionFragment = graphql(`
  fragment MembersSection_organization on Organization {
    id
    name
    viewerRole
    members {
      id
      role
      createdAt
      user {
        id
        displayName
        email
      }
    }
  }
`);

const RemoveMemberMutation = graphql(`
  mutation MembersSection_removeMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      organization {
        id
        members {
          id
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

type Member = MembersSection_OrganizationFragment['members'][number];

export function MembersSection({ organization }: { organization: MembersSection_OrganizationFragment }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const formatDate = useFormatDate();
  const client = useApolloClient();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  const [removeMember, { loading }] = useMutation(RemoveMemberMutation);
  const [pending, setPending] = useState<Member | null>(null);
  const isOwner = organization.viewerRole === 'OWNER';
  const leaving = pending !== null && pending.user.id === viewer?.id;

  const onConfirm = async () => {
    if (!pending) return;
    try {
      const { data } = await removeMember({ variables: { input: { membershipId: pending.id } } });
      const payload = data?.removeMember;
      if (!payload) return;
      if (payload.errors.length > 0) {
        notifications.show({ color: 'red', message: payload.errors.map((e) => e.message).join(' ') });
        setPending(null);
        return;
      }
      setPending(null);
      if (leaving) {
        await navigate('/account');
        await client.resetStore();
        notifications.show({
          color: 'brand',
          message: t('organization.members.left', { organization: organization.name }),
        });
      } else {
        notifications.show({
          color: 'green',
          message: t('organization.members.removed', { name: pending.user.displayName }),
        });
      }
    } catch (error) {
      notifyError(error);
    }
  };

  const action = (member: Member) => {
    if (member.user.id === viewer?.id) {
      return (
        <Button size="xs" variant="subtle" color="red" onClick={() => setPending(member)}>
          {t('organization.members.leave')}
        </Button>
      );
    }
    if (!isOwner) return null;
    return (
      <Button
        size="xs"
        variant="subtle"
        color="red"
        aria-label={t('organization.members.removeLabel', { name: member.user.displayName })}
        onClick={() => setPending(member)}
      >
        {t('organization.members.remove')}
      </Button>
    );
  };

  return (
    <Section title={t('organization.members.title')} description={t('organization.members.description')}>
      {/* Phones: one card per member. */}
      <Stack hiddenFrom="sm" gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {organization.members.map((member) => (
          <Paper component="li" key={member.id} withBorder radius="sm" p="sm">
            <Stack gap={6} align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Text fw={600} size="sm">
                    {member.user.displayName}
                  </Text>
                  {member.user.id === viewer?.id && (
                    <Badge variant="light" size="sm">
                      {t('organization.members.you')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {member.user.email}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`enums.membershipRole.${member.role}`)} · {t('organization.members.joined')}{' '}
                  {formatDate(member.createdAt)}
                </Text>
              </div>
              {action(member)}
            </Stack>
          </Paper>
        ))}
      </Stack>
      {/* Wider screens: a table. */}
      <Table.ScrollContainer minWidth={620} visibleFrom="sm">
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('organization.members.name')}</Table.Th>
              <Table.Th scope="col">{t('organization.members.email')}</Table.Th>
              <Table.Th scope="col">{t('organization.members.role')}</Table.Th>
              <Table.Th scope="col">{t('organization.members.joined')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('organization.members.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {organization.members.map((member) => {
              const isSelf = member.user.id === viewer?.id;
              return (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text fw={600} size="sm">
                        {member.user.displayName}
                      </Text>
                      {isSelf && (
                        <Badge variant="light" size="sm">
                          {t('organization.members.you')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{member.user.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`enums.membershipRole.${member.role}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(member.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{action(member)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={pending !== null}
        onClose={() => setPending(null)}
        loading={loading}
        onConfirm={() => void onConfirm()}
        title={
          leaving ? t('organization.members.confirmLeaveTitle') : t('organization.members.confirmRemoveTitle')
        }
        message={
          leaving
            ? t('organization.members.confirmLeave', { organization: organization.name })
            : t('organization.members.confirmRemove', {
                name: pending?.user.displayName ?? '',
                organization: organization.name,
              })
        }
        confirmLabel={leaving ? t('organization.members.leave') : t('organization.members.remove')}
      />
    </Section>
  );
}
