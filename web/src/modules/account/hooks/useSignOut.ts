import { useApolloClient, useMutation } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../../generated';
import { useNotifyError } from '../../../platform/errors';

const SignOutMutation = graphql(`
  mutation SignOut_signOut($input: SignOutInput!) {
    signOut(input: $input) {
      signedOut
      errors {
        field
        code
        message
      }
    }
  }
`);

/** Signs out (here, or everywhere), forgets everything cached for the user and goes home. */
export function useSignOut() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  const [signOut, { loading }] = useMutation(SignOutMutation);

  const run = useCallback(
    async (everywhere = false) => {
      try {
        await signOut({ variables: { input: { everywhere } } });
        await navigate('/');
        await client.resetStore();
        notifications.show({
          color: 'brand',
          message: everywhere ? t('account.account.sessions.done') : t('layout.userMenu.signedOut'),
        });
      } catch (error) {
        notifyError(error);
      }
    },
    [client, navigate, notifyError, signOut, t],
  );
  return { signOut: run, loading };
}
