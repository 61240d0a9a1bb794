import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconMailOpened } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert, useNotifyError } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { FormAlert } from '../../../platform/forms';
import { withNext } from '../../../platform/next';
import { useViewer } from '../../account/hooks/useViewer';
import { VerificationBadge } from '../components/VerificationBadge';

const InvitationQuery = graphql(`
  query InvitationPage_invitation($token: String!) {
    invitation(token: $token) {
      id
      email
      role
      status
      expiresAt
      organization {
        id
        name
        type
        verificationStatus
        province {
          code
          name
        }
      }
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation InvitationPage_acceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      membership {
        id
        role
        organization {
          id
          name
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

const SwitchOrganizationMutation = graphql(`
  mutation InvitationPage_switchOrganization($input: SwitchOrganizationInput!) {
    switchOrganization(input: $input) {
      me {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** Opened from an invitation e-mail: shows the invitation; a signed-in user accepts it. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const formatDate = useFormatDate();
  const notifyError = useNotifyError();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error } = useQuery(InvitationQuery, { variables: { token }, skip: !token });
  const [acceptInvitation, { loading: accepting }] = useMutation(AcceptInvitationMutation);
  const [switchOrganization] = useMutation(SwitchOrganizationMutation);
  const [formError, setFormError] = useState<string | null>(null);

  const title = t('organization.invitation.title');
  if (!token) {
    return (
      <Page title={title} size="sm">
        <FormAlert message={t('organization.invitation.missingToken')} />
      </Page>
    );
  }
  if ((loading && !data) || viewerLoading) return <PageLoader />;
  if (error) {
    return (
      <Page title={title} size="sm">
        <ErrorAlert error={error} />
      </Page>
    );
  }
  const invitation = data?.invitation;
  if (!invitation) {
    return (
      <Page title={title} size="sm">
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {t('organization.invitation.invalid')}
        </Alert>
      </Page>
    );
  }

  const here = location.pathname + location.search;
  const role = t(`enums.membershipRole.${invitation.role}`);
  const wrongAccount =
    viewer?.email && viewer.email.toLowerCase() !== invitation.email.toLowerCase() ? viewer.email : null;

  const onAccept = async () => {
    setFormError(null);
    try {
      const { data: result } = await acceptInvitation({ variables: { input: { token } } });
      const payload = result?.acceptInvitation;
      if (!payload) return;
      if (payload.errors.length > 0 || !payload.membership) {
        setFormError(payload.errors.map((e) => e.message).join(' '));
        return;
      }
      const organization = payload.membership.organization;
      // Someone who just joined expects to act for the organisation they joined.
      await switchOrganization({ variables: { input: { organizationId: organization.id } } });
      await client.resetStore();
      await navigate('/organization');
      notifications.show({
        color: 'green',
        message: t('organization.invitation.accepted', { organization: organization.name }),
      });
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Page title={title} size="sm">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="md">
          <Group wrap="nowrap" align="flex-start" gap="md">
            <IconMailOpened
              size={36}
              color="var(--mantine-color-brand-8)"
              aria-hidden
              style={{ flexShrink: 0 }}
            />
            <Text size="lg">
              {t('organization.invitation.intro', { organization: invitation.organization.name, role })}
            </Text>
          </Group>
          <Group gap="sm">
            <VerificationBadge status={invitation.organization.verificationStatus} />
            <Text size="sm" c="gray.7">
              {t(`enums.organizationType.${invitation.organization.type}`)} ·{' '}
              {invitation.organization.province.name}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2 }} component="dl" m={0}>
            <div>
              <Text component="dt" size="sm" c="gray.7" fw={600}>
                {t('organization.invitation.sentTo')}
              </Text>
              <Text component="dd" m={0}>
                {invitation.email}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="gray.7" fw={600}>
                {t('organization.invitation.expires')}
              </Text>
              <Text component="dd" m={0}>
                {formatDate(invitation.expiresAt, true)}
              </Text>
            </div>
          </SimpleGrid>

          {invitation.status !== 'PENDING' ? (
            <FormAlert
              message={t('organization.invitation.notPending', {
                status: t(`enums.invitationStatus.${invitation.status}`),
              })}
            />
          ) : viewer ? (
            <>
              {wrongAccount && (
                <Alert color="yellow" variant="light" icon={<IconAlertCircle aria-hidden />}>
                  {t('organization.invitation.wrongAccount', {
                    email: wrongAccount,
                    invited: invitation.email,
                  })}
                </Alert>
              )}
              <FormAlert message={formError} />
              <Group>
                <Button size="md" onClick={() => void onAccept()} loading={accepting}>
                  {t('organization.invitation.accept')}
                </Button>
              </Group>
            </>
          ) : (
            <>
              <Text>{t('organization.invitation.signInPrompt')}</Text>
              <Group>
                <Button component={Link} to={withNext('/sign-in', here)} size="md">
                  {t('organization.invitation.signIn')}
                </Button>
                <Button
                  component={Link}
                  to={`${withNext('/register', here)}&email=${encodeURIComponent(invitation.email)}`}
                  variant="default"
                  size="md"
                >
                  {t('organization.invitation.register')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Paper>
    </Page>
  );
}
