import { UserMenu } from '../../modules/account/components/UserMenu';
import type { Viewer } from '../../modules/account/hooks/useViewer';
import { NotificationBell } from '../../modules/notification';

/** The header's bell and user menu, a chunk of their own: visitors' pages do without them (Header). */
export function SignedInActions({ viewer }: { viewer: Viewer }) {
  return (
    <>
      <NotificationBell />
      <UserMenu viewer={viewer} />
    </>
  );
}
