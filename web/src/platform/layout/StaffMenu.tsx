import { Group, Menu, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import classes from './Header.module.css';
import type { NavItem } from './navigation';

/** The header's menu of department staff pages; its own chunk, loaded for staff only (Header). */
export function StaffMenu({ items, active }: { items: NavItem[]; active: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton className={classes.link} data-active={active || undefined}>
          <Group gap={4} wrap="nowrap" component="span">
            {t('layout.nav.staff')}
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
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
  );
}
