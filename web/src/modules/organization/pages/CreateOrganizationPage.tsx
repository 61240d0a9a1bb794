import { useApolloClient, useMutation } from '@apollo/client';
import { Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../../generated';
import type { OrganizationType } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { useNotifyError } from '../../../platform/errors';
import { useSite } from '../../../platform/site';
import { RequireAuth } from '../../account/components/RequireAuth';
import type { OrganizationFormValues } from '../components/OrganizationForm';
import { EMPTY_ORGANIZATION, OrganizationForm } from '../components/OrganizationForm';

const CreateOrganizationMutation = graphql(`
  mutation CreateOrganizationPage_createOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** An optional text: trimmed, and left out when empty. */
function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function CreateOrganizationPage() {
  return (
    <RequireAuth>
      <CreateOrganizationContent />
    </RequireAuth>
  );
}

function CreateOrganizationContent() {
  const { t } = useTranslation();
  const { site, loading: siteLoading } = useSite();
  const navigate = useNavigate();
  const client = useApolloClient();
  const notifyError = useNotifyError();
  const [createOrganization, { loading }] = useMutation(CreateOrganizationMutation);

  const onSubmit = async (values: OrganizationFormValues) => {
    try {
      const { data } = await createOrganization({
        variables: {
          input: {
            name: values.name.trim(),
            type: values.type as OrganizationType,
            taxCode: values.taxCode.trim(),
            provinceCode: values.provinceCode,
            address: optional(values.address),
            website: optional(values.website),
            description: optional(values.description),
          },
        },
      });
      const payload = data?.createOrganization;
      if (!payload) return null;
      if (payload.errors.length > 0 || !payload.organization) return payload.errors;
      // The user now owns the organisation and acts for it: everything about them changed.
      await client.resetStore();
      await navigate('/organization');
      notifications.show({
        color: 'green',
        message: t('organization.create.created', { name: payload.organization.name }),
      });
      return null;
    } catch (error) {
      notifyError(error);
      return null;
    }
  };

  return (
    <Page title={t('organization.create.title')} description={t('organization.create.description')}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        {siteLoading ? (
          <PageLoader />
        ) : (
          <OrganizationForm
            initialValues={{ ...EMPTY_ORGANIZATION, provinceCode: site?.province.code ?? '' }}
            submitLabel={t('organization.create.submit')}
            onSubmit={onSubmit}
            loading={loading}
          />
        )}
      </Paper>
    </Page>
  );
}
