import { Box, Burger, Button, Group, Image, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { UserMenu } from '../../modules/account/components/UserMenu';
import { useViewer } from '../../modules/account/hooks/useViewer';
import { NotificationBell } from '../../modules/notification';
import { signInPath, withNext } from '../next';
import { useSite } from '../site';
import classes from './Header.module.css';
import { LanguageSwitch } from './LanguageSwitch';
import { navItems, staffNavItems } from './navigation';

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
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <UnstyledButton className={classes.link} data-active={inStaffArea || undefined}>
                <Group gap={4} wrap="nowrap" component="span">
                  {t('layout.nav.staff')}
                  <IconChevronDown size={16} aria-hidden />
                </Group>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              {staffItems.map((item) => (
                <Menu.Item
                  key={item.to}
                  component={Link}
                  to={item.to}
                  leftSection={<item.icon size={16} aria-hidden />}
                  aria-current={location.pathname.startsWith(item.to) ? 'page' : undefined}
                >
                  {t(`layout.nav.${item.labelKey}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>

      <Group gap={6} wrap="nowrap">
        <LanguageSwitch />
        {!loading && viewer && <NotificationBell />}
        {!loading && viewer && <UserMenu viewer={viewer} />}
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
