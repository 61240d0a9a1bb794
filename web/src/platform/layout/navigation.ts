import type { Icon } from '@tabler/icons-react';
import {
  IconBuildingCommunity,
  IconCategory,
  IconClipboardCheck,
  IconFilePlus,
  IconFiles,
  IconHome,
  IconMailbox,
  IconReplace,
  IconSearch,
  IconShieldCheck,
} from '@tabler/icons-react';
import type { Viewer } from '../../modules/account/hooks/useViewer';
import { isStaff } from '../../modules/account/hooks/useViewer';

export interface NavItem {
  to: string;
  labelKey:
    | 'home'
    | 'search'
    | 'postListing'
    | 'myListings'
    | 'myOrganization'
    | 'reviewListings'
    | 'verifyOrganizations'
    | 'sectors'
    | 'synonyms'
    | 'devMailbox';
  icon: Icon;
  end?: boolean;
  /** Also in the user menu: left out of the wide header, which has little room. */
  inUserMenu?: boolean;
}

/** People who post listings: members, and staff who also belong to an organisation. */
function postsListings(viewer: Viewer | null): boolean {
  return !!viewer && (!isStaff(viewer) || viewer.memberships.length > 0);
}

/** The main links, depending on who is signed in and on the site's configuration. */
export function navItems(viewer: Viewer | null, devMailboxEnabled: boolean): NavItem[] {
  const items: NavItem[] = [
    { to: '/', labelKey: 'home', icon: IconHome, end: true },
    { to: '/tim-kiem', labelKey: 'search', icon: IconSearch },
  ];
  if (postsListings(viewer)) {
    items.push({ to: '/dang-tin/moi', labelKey: 'postListing', icon: IconFilePlus });
    items.push({ to: '/tin-cua-toi', labelKey: 'myListings', icon: IconFiles });
  }
  if (viewer) {
    items.push({
      to: '/organization',
      labelKey: 'myOrganization',
      icon: IconBuildingCommunity,
      inUserMenu: true,
    });
  }
  if (devMailboxEnabled) items.push({ to: '/dev/mailbox', labelKey: 'devMailbox', icon: IconMailbox });
  return items;
}

/** The department's work: listed under "Quản trị" for brokers and admins only. */
export function staffNavItems(viewer: Viewer | null): NavItem[] {
  if (!isStaff(viewer)) return [];
  const items: NavItem[] = [
    { to: '/quan-tri/duyet-tin', labelKey: 'reviewListings', icon: IconClipboardCheck },
    { to: '/admin/organizations', labelKey: 'verifyOrganizations', icon: IconShieldCheck },
    { to: '/quan-tri/tu-dong-nghia', labelKey: 'synonyms', icon: IconReplace },
  ];
  if (viewer?.role === 'ADMIN') {
    items.push({ to: '/quan-tri/linh-vuc', labelKey: 'sectors', icon: IconCategory });
  }
  return items;
}
