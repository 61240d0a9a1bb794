import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { EmailSection } from '../components/EmailSection';
import { MembershipsSection } from '../components/MembershipsSection';
import { ProfileForm } from '../components/ProfileForm';
import { RequireAuth } from '../components/RequireAuth';
import { SessionsSection } from '../components/SessionsSection';
import { useViewer } from '../hooks/useViewer';

export function AccountPage() {
  return (
    <RequireAuth>
      <AccountPageContent />
    </RequireAuth>
  );
}

function AccountPageContent() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return <PageLoader />;
  return (
    <Page title={t('account.account.title')} description={t('account.account.description')}>
      <Stack gap="lg">
        <ProfileForm viewer={viewer} />
        <EmailSection viewer={viewer} />
        <MembershipsSection viewer={viewer} />
        <ChangePasswordForm />
        <SessionsSection />
      </Stack>
    </Page>
  );
}
