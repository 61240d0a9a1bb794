import { AppShell, Box } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { PageLoader } from '../components/Page';
import { Footer } from './Footer';
import { Header } from './Header';
import { MobileNav } from './MobileNav';
import { PageCommitted } from '../ssr/takeOver';

/** The frame of every page: header with navigation, the page, the footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();

  // Close the phone menu once a link in it was followed.
  useEffect(() => close(), [pathname, close]);

  return (
    <AppShell
      header={{ height: 68 }}
      navbar={{ width: 300, breakpoint: 'lg', collapsed: { mobile: !navOpened, desktop: true } }}
      padding={0}
      style={{ display: 'flex', flexDirection: 'column', minHeight: '100dvh' }}
    >
      <a href="#main-content" className="tb-skip-link">
        {t('layout.skipToContent')}
      </a>
      <AppShell.Header withBorder style={{ borderTop: '4px solid var(--mantine-color-brand-8)' }}>
        <Header navOpened={navOpened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar
        p="md"
        hiddenFrom="lg"
        id="main-navigation-mobile"
        aria-label={t('layout.mainNavigation')}
      >
        <MobileNav />
      </AppShell.Navbar>
      {/* At least a screen high: the footer starts below the fold, so that pages filling in (a loader,
          then the page, then its data) never push it, or anything, across the screen (layout shift). */}
      <AppShell.Main
        id="main-content"
        tabIndex={-1}
        style={{ flex: 1, minHeight: '100dvh', outline: 'none' }}
      >
        <Box pb="xl">
          {/* Pages load on demand (router.tsx): the spinner says so meanwhile. */}
          <Suspense fallback={<PageLoader />}>
            <PageCommitted>
              <Outlet />
            </PageCommitted>
          </Suspense>
        </Box>
      </AppShell.Main>
      <Footer />
      <ScrollRestoration />
    </AppShell>
  );
}
