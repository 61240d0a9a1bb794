import { Box, Burger, Button, Group, Image, Text, UnstyledButton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useViewer } from '../../modules/account/hooks/useViewer';
import { loadAllMessages } from '../i18n';
import { signInPath, withNext } from '../next';
import { useSite } from '../site';
import classes from './Header.module.css';
import { LanguageSwitch } from './LanguageSwitch';
import { navItems, staffNavItems } from './navigation';

// Only signed-in people and staff see these: visitors' pages do without their code.
// The user menu speaks of accounts and organisations: all the texts first (loadAllMessages).
const SignedInActions = lazy(async () => {
  const [{ SignedInActions }] = await Promise.all([import('./SignedInActions'), loadAllMessages()]);
  return { default: SignedInActions };
});
const StaffMenu = lazy(async () => ({ default: (await import('./StaffMenu')).StaffMenu }));

export function Header({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation();
  const { site } = useSite();
  const { viewer, loading } = useViewer();
  const location = useLocation();
  const here = location.pathname + location.search;
  const onAuthPage = ['/sign-in', '/register'].includes(location.pathname);
  const next = onAuthPage || location.pathname === '/' ? null : here;
  const staffItems = staffNavItems(viewer);
  const inStaffArea = staffItems.some((item) => location.pathname.startsWith(item.to));

  return (
    <Group h="100%" px={{ base: 'sm', sm: 'lg' }} justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="lg"
          size="sm"
          aria-label={navOpened ? t('layout.closeNavigation') : t('layout.openNavigation')}
          aria-expanded={navOpened}
          aria-controls="main-navigation-mobile"
        />
        <UnstyledButton component={Link} to="/" className={classes.brand}>
          <Group gap={10} wrap="nowrap" miw={0}>
            <Image src={site?.logoUrl ?? '/logo.svg'} alt="" w={42} h={42} fit="contain" />
            <Box miw={0}>
              <Text className={classes.department} truncate="end">
                {site?.departmentName ?? ''}
              </Text>
              <Text className={classes.exchange} lineClamp={2}>
                {site?.exchangeName ?? ''}
              </Text>
            </Box>
          </Group>
        </UnstyledButton>
      </Group>

      <Group gap={2} wrap="nowrap" visibleFrom="lg" component="nav" aria-label={t('layout.mainNavigation')}>
        {navItems(viewer, site?.devMailboxEnabled ?? false)
          .filter((item) => !item.inUserMenu)
          .map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end} className={classes.link}>
              {t(`layout.nav.${item.labelKey}`)}
            </NavLink>
          ))}
        {staffItems.length > 0 && (
          <Suspense fallback={null}>
            <StaffMenu items={staffItems} active={inStaffArea} />
          </Suspense>
        )}
      </Group>

      <Group gap={6} wrap="nowrap">
        <LanguageSwitch />
        {!loading && viewer && (
          <Suspense fallback={null}>
            <SignedInActions viewer={viewer} />
          </Suspense>
        )}
        {!loading && !viewer && (
          <Group gap={6} wrap="nowrap" visibleFrom="sm">
            <Button component={Link} to={signInPath(next)} variant="default">
              {t('layout.signIn')}
            </Button>
            <Button component={Link} to={withNext('/register', next)}>
              {t('layout.register')}
            </Button>
          </Group>
        )}
      </Group>
    </Group>
  );
}
