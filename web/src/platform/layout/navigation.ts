import type { Icon } from '@tabler/icons-react';
import { IconBuildingCommunity, IconHome, IconMailbox, IconShieldCheck } from '@tabler/icons-react';
import type { Viewer } from '../../modules/account/hooks/useViewer';
import { isStaff } from '../../modules/account/hooks/useViewer';

export interface NavItem {
  to: string;
  labelKey: 'home' | 'myOrganization' | 'verifyOrganizations' | 'devMailbox';
  icon: Icon;
  end?: boolean;
}

/** The main links, depending on who is signed in and on the site's configuration. */
export function navItems(viewer: Viewer | null, devMailboxEnabled: boolean): NavItem[] {
  const items: NavItem[] = [{ to: '/', labelKey: 'home', icon: IconHome, end: true }];
  if (viewer) items.push({ to: '/organization', labelKey: 'myOrganization', icon: IconBuildingCommunity });
  if (isStaff(viewer)) {
    items.push({ to: '/admin/organizations', labelKey: 'verifyOrganizations', icon: IconShieldCheck });
  }
  if (devMailboxEnabled) items.push({ to: '/dev/mailbox', labelKey: 'devMailbox', icon: IconMailbox });
  return items;
}
