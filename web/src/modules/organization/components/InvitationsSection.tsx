import { useMutation } from '@apollo/client';
import {
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphql } from '../../../generated';
import type { InvitationsSection_OrganizationFragment, MembershipRole } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../platform/components/ConfirmDialog';
import { Section } from '../../../platform/components/Section';
import { useNotifyError } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { applyPayloadErrors, focusFirstError, FormAlert } from '../../../platform/forms';
import { emailField } from '../../../platform/validation';

export const InvitationsSectionFragment = graphql(`
  fragment InvitationsSection_organization on Organization {
    id
    invitations {
      id
      email
      role
      status
      expiresAt
      createdAt
    }
  }
`);

const InviteMemberMutation = graphql(`
  mutation InvitationsSection_inviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation {
        id
        email
        organization {
          id
          ...InvitationsSection_organization
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

const RevokeInvitationMutation = graphql(`
  mutation InvitationsSection_revokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
        status
        organization {
          id
          ...InvitationsSection_organization
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

type Invitation = InvitationsSection_OrganizationFragment['invitations'][number];

export function InvitationsSection({
  organization,
}: {
  organization: InvitationsSection_OrganizationFragment;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const notifyError = useNotifyError();
  const [inviteMember, { loading: inviting }] = useMutation(InviteMemberMutation);
  const [revokeInvitation, { loading: revoking }] = useMutation(RevokeInvitationMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState<Invitation | null>(null);

  const schema = useMemo(() => z.object({ email: emailField(t), role: z.enum(['MEMBER', 'OWNER']) }), [t]);
  const form = useForm({
    initialValues: { email: '', role: 'MEMBER' as MembershipRole },
    validate: zod4Resolver(schema),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        const { data } = await inviteMember({
          variables: {
            input: { organizationId: organization.id, email: values.email.trim(), role: values.role },
          },
        });
        const payload = data?.inviteMember;
        if (!payload) return;
        if (payload.errors.length > 0 || !payload.invitation) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        form.reset();
        notifications.show({
          color: 'green',
          message: t('organization.invitations.sent', { email: payload.invitation.email }),
        });
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  const onRevoke = async () => {
    if (!pending) return;
    try {
      const { data } = await revokeInvitation({ variables: { input: { invitationId: pending.id } } });
      const payload = data?.revokeInvitation;
      if (payload && payload.errors.length > 0) {
        notifications.show({ color: 'red', message: payload.errors.map((e) => e.message).join(' ') });
      } else {
        notifications.show({
          color: 'green',
          message: t('organization.invitations.revoked', { email: pending.email }),
        });
      }
      setPending(null);
    } catch (error) {
      notifyError(error);
    }
  };

  const open = organization.invitations.filter((invitation) => invitation.status === 'PENDING');
  const roleOptions = (['MEMBER', 'OWNER'] as const).map((role) => ({
    value: role,
    label: t(`enums.membershipRole.${role}`),
  }));

  const revokeButton = (invitation: Invitation) => (
    <Button
      size="xs"
      variant="subtle"
      color="red"
      aria-label={t('organization.invitations.revokeLabel', { email: invitation.email })}
      onClick={() => setPending(invitation)}
    >
      {t('organization.invitations.revoke')}
    </Button>
  );

  return (
    <Section
      title={t('organization.invitations.title')}
      description={t('organization.invitations.description')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert message={formError} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('organization.invitations.email')}
              type="email"
              autoComplete="off"
              withAsterisk
              style={{ flex: '1 1 260px' }}
              {...form.getInputProps('email')}
            />
            <Select
              label={t('organization.invitations.role')}
              data={roleOptions}
              allowDeselect={false}
              style={{ flex: '0 1 200px' }}
              {...form.getInputProps('role')}
            />
            <Button
              type="submit"
              loading={inviting}
              mt={{ base: 0, sm: 25 }}
              leftSection={<IconSend size={16} aria-hidden />}
            >
              {t('organization.invitations.submit')}
            </Button>
          </Group>
        </Stack>
      </form>

      <Title order={3} fz={16} mt="sm">
        {t('organization.invitations.pending')}
      </Title>
      {open.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('organization.invitations.empty')}
        </Text>
      ) : (
        <>
          <Stack hiddenFrom="sm" gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {open.map((invitation) => (
              <Paper component="li" key={invitation.id} withBorder radius="sm" p="sm">
                <Stack gap={6} align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {invitation.email}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`enums.membershipRole.${invitation.role}`)} ·{' '}
                      {t('organization.invitations.expiresAt')} {formatDate(invitation.expiresAt)}
                    </Text>
                  </div>
                  {revokeButton(invitation)}
                </Stack>
              </Paper>
            ))}
          </Stack>
          <Table.ScrollContainer minWidth={560} visibleFrom="sm">
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('organization.members.email')}</Table.Th>
                  <Table.Th scope="col">{t('organization.invitations.role')}</Table.Th>
                  <Table.Th scope="col">{t('organization.invitations.sentAt')}</Table.Th>
                  <Table.Th scope="col">{t('organization.invitations.expiresAt')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('organization.members.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {open.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>
                      <Text size="sm">{invitation.email}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`enums.membershipRole.${invitation.role}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(invitation.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(invitation.expiresAt)}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{revokeButton(invitation)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <ConfirmDialog
        opened={pending !== null}
        onClose={() => setPending(null)}
        loading={revoking}
        onConfirm={() => void onRevoke()}
        title={t('organization.invitations.confirmRevokeTitle')}
        message={t('organization.invitations.confirmRevoke', { email: pending?.email ?? '' })}
        confirmLabel={t('organization.invitations.revoke')}
      />
    </Section>
  );
}
