import type { Icon } from '@tabler/icons-react';
import {
  IconBell,
  IconBookmarks,
  IconChartBar,
  IconFileAnalytics,
  IconFolders,
  IconHeartHandshake,
  IconHistory,
  IconLayoutDashboard,
  IconTopologyStar3,
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
    | 'devMailbox'
    | 'statistics'
    | 'interests'
    | 'cases'
    | 'notifications'
    | 'savedSearches'
    | 'dashboard'
    | 'matchReview'
    | 'reports'
    | 'auditLog';
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
    // The logo links home on wide screens, whose header has no room to spare.
    { to: '/', labelKey: 'home', icon: IconHome, end: true, inUserMenu: true },
    { to: '/tim-kiem', labelKey: 'search', icon: IconSearch },
    { to: '/thong-ke', labelKey: 'statistics', icon: IconChartBar },
  ];
  if (postsListings(viewer)) {
    items.push({ to: '/dang-tin/moi', labelKey: 'postListing', icon: IconFilePlus });
    items.push({ to: '/tin-cua-toi', labelKey: 'myListings', icon: IconFiles });
  }
  if (viewer) {
    items.push({ to: '/quan-tam', labelKey: 'interests', icon: IconHeartHandshake });
    items.push({ to: '/ho-so', labelKey: 'cases', icon: IconFolders });
    // On wide screens the header's bell leads to notifications, and they lead to saved searches.
    items.push({ to: '/thong-bao', labelKey: 'notifications', icon: IconBell, inUserMenu: true });
    items.push({ to: '/tim-kiem-da-luu', labelKey: 'savedSearches', icon: IconBookmarks, inUserMenu: true });
    items.push({
      to: '/organization',
      labelKey: 'myOrganization',
      icon: IconBuildingCommunity,
      inUserMenu: true,
    });
  }
  // A development tool: in the phone menu, and linked from the pages that send e-mail; the wide header is full.
  if (devMailboxEnabled)
    items.push({ to: '/dev/mailbox', labelKey: 'devMailbox', icon: IconMailbox, inUserMenu: true });
  return items;
}

/** The department's work: listed under "Quản trị" for brokers and admins only. */
export function staffNavItems(viewer: Viewer | null): NavItem[] {
  if (!isStaff(viewer)) return [];
  const items: NavItem[] = [
    { to: '/quan-tri/bang-dieu-khien', labelKey: 'dashboard', icon: IconLayoutDashboard },
    { to: '/quan-tri/duyet-tin', labelKey: 'reviewListings', icon: IconClipboardCheck },
    { to: '/quan-tri/ghep-noi', labelKey: 'matchReview', icon: IconTopologyStar3 },
    { to: '/admin/organizations', labelKey: 'verifyOrganizations', icon: IconShieldCheck },
    { to: '/quan-tri/tu-dong-nghia', labelKey: 'synonyms', icon: IconReplace },
    { to: '/quan-tri/bao-cao', labelKey: 'reports', icon: IconFileAnalytics },
  ];
  if (viewer?.role === 'ADMIN') {
    items.push({ to: '/quan-tri/linh-vuc', labelKey: 'sectors', icon: IconCategory });
    items.push({ to: '/quan-tri/nhat-ky', labelKey: 'auditLog', icon: IconHistory });
  }
  return items;
}
