import { Button, Divider, NavLink as MantineNavLink, Stack } from '@mantine/core';
import { IconLogin, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useViewer } from '../../modules/account/hooks/useViewer';
import { signInPath, withNext } from '../next';
import { useSite } from '../site';
import { navItems, staffNavItems } from './navigation';

/** The burger menu's content on phones and tablets. */
export function MobileNav() {
  const { t } = useTranslation();
  const { site } = useSite();
  const { viewer, loading } = useViewer();
  const location = useLocation();
  const here = location.pathname === '/' ? null : location.pathname + location.search;
  const staffItems = staffNavItems(viewer);

  return (
    <Stack gap={4}>
      {navItems(viewer, site?.devMailboxEnabled ?? false).map((item) => (
        <MantineNavLink
          key={item.to}
          component={NavLink}
          to={item.to}
          end={item.end}
          label={t(`layout.nav.${item.labelKey}`)}
          leftSection={<item.icon size={20} aria-hidden />}
          active={item.end ? location.pathname === item.to : location.pathname.startsWith(item.to)}
          fw={600}
        />
      ))}
      {staffItems.length > 0 && (
        <>
          <Divider my="xs" label={t('layout.nav.staff')} labelPosition="left" />
          {staffItems.map((item) => (
            <MantineNavLink
              key={item.to}
              component={NavLink}
              to={item.to}
              label={t(`layout.nav.${item.labelKey}`)}
              leftSection={<item.icon size={20} aria-hidden />}
              active={location.pathname.startsWith(item.to)}
              fw={600}
            />
          ))}
        </>
      )}
      {!loading && !viewer && (
        <>
          <Divider my="sm" />
          <Button
            component={Link}
            to={signInPath(here)}
            variant="default"
            leftSection={<IconLogin size={18} aria-hidden />}
          >
            {t('layout.signIn')}
          </Button>
          <Button
            component={Link}
            to={withNext('/register', here)}
            leftSection={<IconUserPlus size={18} aria-hidden />}
          >
            {t('layout.register')}
          </Button>
        </>
      )}
    </Stack>
  );
}
