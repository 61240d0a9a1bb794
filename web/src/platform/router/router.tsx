import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../../modules/home/pages/NotFoundPage';
import { AppLayout } from '../layout/AppLayout';
import { lazyPage } from './lazyPage';
import { RouteError } from './RouteError';

// Each page is its own chunk, loaded the first time it is shown: a visitor's first page ships the
// layout and that page, not the forms, brokering tools and charts of the rest of the exchange. Public
// pages need only the texts shipped with the app (platform/i18n/vi.ts); the others wait for the rest.
const HomePage = lazyPage(() => import('../../modules/home/pages/HomePage'), 'HomePage', {
  publicPage: true,
});
const AccountPage = lazyPage(() => import('../../modules/account/pages/AccountPage'), 'AccountPage');
const CheckEmailPage = lazyPage(() => import('../../modules/account/pages/CheckEmailPage'), 'CheckEmailPage');
const ForgotPasswordPage = lazyPage(
  () => import('../../modules/account/pages/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const RegisterPage = lazyPage(() => import('../../modules/account/pages/RegisterPage'), 'RegisterPage');
const ResetPasswordPage = lazyPage(
  () => import('../../modules/account/pages/ResetPasswordPage'),
  'ResetPasswordPage',
);
const SignInPage = lazyPage(() => import('../../modules/account/pages/SignInPage'), 'SignInPage');
const VerifyEmailPage = lazyPage(
  () => import('../../modules/account/pages/VerifyEmailPage'),
  'VerifyEmailPage',
);
const CreateOrganizationPage = lazyPage(
  () => import('../../modules/organization/pages/CreateOrganizationPage'),
  'CreateOrganizationPage',
);
const InvitationPage = lazyPage(
  () => import('../../modules/organization/pages/InvitationPage'),
  'InvitationPage',
);
const MyOrganizationPage = lazyPage(
  () => import('../../modules/organization/pages/MyOrganizationPage'),
  'MyOrganizationPage',
);
const OrganizationPage = lazyPage(
  () => import('../../modules/organization/pages/OrganizationPage'),
  'OrganizationPage',
);
const DevMailboxPage = lazyPage(() => import('../../modules/mail/pages/DevMailboxPage'), 'DevMailboxPage');
const AdminOrganizationsPage = lazyPage(
  () => import('../../modules/admin/pages/AdminOrganizationsPage'),
  'AdminOrganizationsPage',
);
const SearchPage = lazyPage(() => import('../../modules/search/pages/SearchPage'), 'SearchPage', {
  publicPage: true,
});
const SynonymsPage = lazyPage(() => import('../../modules/search/pages/SynonymsPage'), 'SynonymsPage');
const AdminSectorsPage = lazyPage(
  () => import('../../modules/listing/pages/AdminSectorsPage'),
  'AdminSectorsPage',
);
const ListingEditorPage = lazyPage(
  () => import('../../modules/listing/pages/ListingEditorPage'),
  'ListingEditorPage',
);
const ListingPage = lazyPage(() => import('../../modules/listing/pages/ListingPage'), 'ListingPage', {
  publicPage: true,
});
const MyListingsPage = lazyPage(() => import('../../modules/listing/pages/MyListingsPage'), 'MyListingsPage');
const ReviewListingPage = lazyPage(
  () => import('../../modules/listing/pages/ReviewListingPage'),
  'ReviewListingPage',
);
const ReviewQueuePage = lazyPage(
  () => import('../../modules/listing/pages/ReviewQueuePage'),
  'ReviewQueuePage',
);
const CasePage = lazyPage(() => import('../../modules/brokering/pages/CasePage'), 'CasePage');
const CasesPage = lazyPage(() => import('../../modules/brokering/pages/CasesPage'), 'CasesPage');
const InterestsPage = lazyPage(() => import('../../modules/brokering/pages/InterestsPage'), 'InterestsPage');
const MatchReviewPage = lazyPage(
  () => import('../../modules/matching/pages/MatchReviewPage'),
  'MatchReviewPage',
);
const NotificationSettingsPage = lazyPage(
  () => import('../../modules/notification/pages/NotificationSettingsPage'),
  'NotificationSettingsPage',
);
const NotificationsPage = lazyPage(
  () => import('../../modules/notification/pages/NotificationsPage'),
  'NotificationsPage',
);
const SavedSearchesPage = lazyPage(
  () => import('../../modules/notification/pages/SavedSearchesPage'),
  'SavedSearchesPage',
);
const StatisticsPage = lazyPage(() => import('../../modules/report/pages/StatisticsPage'), 'StatisticsPage');
const ReportsPage = lazyPage(() => import('../../modules/report/pages/ReportsPage'), 'ReportsPage');
const AuditLogPage = lazyPage(() => import('../../modules/report/pages/AuditLogPage'), 'AuditLogPage');
const BrokerDashboardPage = lazyPage(
  () => import('../../modules/report/pages/BrokerDashboardPage'),
  'BrokerDashboardPage',
);

/**
 * Every path of the app. /verify-email, /reset-password and /invitation are linked from the API's
 * e-mails: they must not move. The API serves index.html for any other GET, so all are real paths.
 * The exchange's public pages have Vietnamese paths (/tim-kiem, /cong-nghe/<slug>): they are what people
 * share and search engines index. /dang-tin/moi and /dang-tin/:id/sua render the same element, so the
 * form keeps its state when a new draft's URL becomes its edit URL.
 *
 * The browser makes its router from these (main.tsx); the API renders the public pages from them on the
 * server (entry-server.tsx).
 */
export const routes: RouteObject[] = [
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
          { path: 'thong-ke', element: <StatisticsPage /> },
          { path: 'quan-tri/ghep-noi', element: <MatchReviewPage /> },
          { path: 'quan-tri/bang-dieu-khien', element: <BrokerDashboardPage /> },
          { path: 'quan-tri/bao-cao', element: <ReportsPage /> },
          { path: 'quan-tri/nhat-ky', element: <AuditLogPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
