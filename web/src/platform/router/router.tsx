import { createBrowserRouter } from 'react-router';
import { AdminOrganizationsPage } from '../../modules/admin/pages/AdminOrganizationsPage';
import { AccountPage } from '../../modules/account/pages/AccountPage';
import { CheckEmailPage } from '../../modules/account/pages/CheckEmailPage';
import { ForgotPasswordPage } from '../../modules/account/pages/ForgotPasswordPage';
import { RegisterPage } from '../../modules/account/pages/RegisterPage';
import { ResetPasswordPage } from '../../modules/account/pages/ResetPasswordPage';
import { SignInPage } from '../../modules/account/pages/SignInPage';
import { VerifyEmailPage } from '../../modules/account/pages/VerifyEmailPage';
import { DevMailboxPage } from '../../modules/mail/pages/DevMailboxPage';
import { HomePage } from '../../modules/home/pages/HomePage';
import { NotFoundPage } from '../../modules/home/pages/NotFoundPage';
import { CreateOrganizationPage } from '../../modules/organization/pages/CreateOrganizationPage';
import { InvitationPage } from '../../modules/organization/pages/InvitationPage';
import { MyOrganizationPage } from '../../modules/organization/pages/MyOrganizationPage';
import { OrganizationPage } from '../../modules/organization/pages/OrganizationPage';
import { AdminSectorsPage } from '../../modules/listing/pages/AdminSectorsPage';
import { ListingEditorPage } from '../../modules/listing/pages/ListingEditorPage';
import { ListingPage } from '../../modules/listing/pages/ListingPage';
import { MyListingsPage } from '../../modules/listing/pages/MyListingsPage';
import { ReviewListingPage } from '../../modules/listing/pages/ReviewListingPage';
import { ReviewQueuePage } from '../../modules/listing/pages/ReviewQueuePage';
import { SearchPage } from '../../modules/search/pages/SearchPage';
import { SynonymsPage } from '../../modules/search/pages/SynonymsPage';
import { CasePage } from '../../modules/brokering/pages/CasePage';
import { CasesPage } from '../../modules/brokering/pages/CasesPage';
import { InterestsPage } from '../../modules/brokering/pages/InterestsPage';
import { MatchReviewPage } from '../../modules/matching/pages/MatchReviewPage';
import { NotificationSettingsPage } from '../../modules/notification/pages/NotificationSettingsPage';
import { NotificationsPage } from '../../modules/notification/pages/NotificationsPage';
import { SavedSearchesPage } from '../../modules/notification/pages/SavedSearchesPage';
import { AuditLogPage } from '../../modules/report/pages/AuditLogPage';
import { BrokerDashboardPage } from '../../modules/report/pages/BrokerDashboardPage';
import { AppLayout } from '../layout/AppLayout';
import { RouteError } from './RouteError';

/**
 * Every path of the app. /verify-email, /reset-password and /invitation are linked from the API's
 * e-mails: they must not move. The API serves index.html for any other GET, so all are real paths.
 * The exchange's public pages have Vietnamese paths (/tim-kiem, /cong-nghe/<slug>): they are what people
 * share and search engines index. /dang-tin/moi and /dang-tin/:id/sua render the same element, so the
 * form keeps its state when a new draft's URL becomes its edit URL.
 */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'register/check-email', element: <CheckEmailPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'invitation', element: <InvitationPage /> },
          { path: 'organizations/new', element: <CreateOrganizationPage /> },
          { path: 'organizations/:id', element: <OrganizationPage /> },
          { path: 'organization', element: <MyOrganizationPage /> },
          { path: 'dev/mailbox', element: <DevMailboxPage /> },
          { path: 'admin/organizations', element: <AdminOrganizationsPage /> },
          { path: 'tim-kiem', element: <SearchPage /> },
          { path: 'cong-nghe/:slug', element: <ListingPage /> },
          { path: 'dang-tin/moi', element: <ListingEditorPage /> },
          { path: 'dang-tin/:id/sua', element: <ListingEditorPage /> },
          { path: 'tin-cua-toi', element: <MyListingsPage /> },
          { path: 'quan-tri/duyet-tin', element: <ReviewQueuePage /> },
          { path: 'quan-tri/duyet-tin/:id', element: <ReviewListingPage /> },
          { path: 'quan-tri/linh-vuc', element: <AdminSectorsPage /> },
          { path: 'quan-tri/tu-dong-nghia', element: <SynonymsPage /> },
          // Interests, brokering cases, matchmaking, notifications, statistics and reports. The API's
          // notifications link to /quan-tam?chieu=gui|nhan and /ho-so/<id>: they must not move.
          { path: 'quan-tam', element: <InterestsPage /> },
          { path: 'ho-so', element: <CasesPage /> },
          { path: 'ho-so/:id', element: <CasePage /> },
          { path: 'thong-bao', element: <NotificationsPage /> },
          { path: 'tai-khoan/thong-bao', element: <NotificationSettingsPage /> },
          { path: 'tim-kiem-da-luu', element: <SavedSearchesPage /> },
          // The pages with charts load with their chart library, on demand (vite.config.ts: `charts`).
          {
            path: 'thong-ke',
            lazy: async () => ({
              Component: (await import('../../modules/report/pages/StatisticsPage')).StatisticsPage,
            }),
          },
          { path: 'quan-tri/ghep-noi', element: <MatchReviewPage /> },
          { path: 'quan-tri/bang-dieu-khien', element: <BrokerDashboardPage /> },
          {
            path: 'quan-tri/bao-cao',
            lazy: async () => ({
              Component: (await import('../../modules/report/pages/ReportsPage')).ReportsPage,
            }),
          },
          { path: 'quan-tri/nhat-ky', element: <AuditLogPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
