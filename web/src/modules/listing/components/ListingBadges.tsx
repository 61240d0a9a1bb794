import type { BadgeProps } from '@mantine/core';
import { Badge } from '@mantine/core';
import { IconEyeOff, IconLock, IconRosetteDiscountCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type {
  ListingKind,
  ListingStatus,
  MaturityStage,
  PendingChangesStatus,
} from '../../../generated/graphql';

// Light badges: the theme darkens their text enough for WCAG AA.
const STATUS_COLORS: Record<ListingStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  CHANGES_REQUESTED: 'orange',
  REJECTED: 'red',
  PUBLISHED: 'green',
  EXPIRED: 'yellow',
  WITHDRAWN: 'gray',
  FULFILLED: 'teal',
};

export function ListingStatusBadge({ status, ...props }: { status: ListingStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm" {...props}>
      {t(`enums.listingStatus.${status}`)}
    </Badge>
  );
}

const PENDING_COLORS: Record<PendingChangesStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  CHANGES_REQUESTED: 'orange',
};

export function PendingStatusBadge({ status, ...props }: { status: PendingChangesStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={PENDING_COLORS[status]} variant="outline" radius="sm" {...props}>
      {t(`enums.pendingChangesStatus.${status}`)}
    </Badge>
  );
}

export function KindBadge({ kind, ...props }: { kind: ListingKind } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'OFFER' ? 'brand' : 'grape'} variant="filled" radius="sm" {...props}>
      {t(`enums.listingKindShort.${kind}`)}
    </Badge>
  );
}

/**
 * "Đã xác minh": a broker checked the IP record against the register. `long` names what was verified,
 * for places where the badge stands for the whole listing.
 */
export function VerifiedIpBadge({ long = false, ...props }: BadgeProps & { long?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      color="#1b6e35"
      variant="filled"
      radius="sm"
      leftSection={<IconRosetteDiscountCheck size={14} aria-hidden />}
      {...props}
    >
      {long ? t('listing.badges.ipVerifiedLong') : t('listing.badges.ipVerified')}
    </Badge>
  );
}

/** "Ẩn danh": the owner publishes without showing the organisation. */
export function AnonymousBadge(props: BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color="gray"
      variant="outline"
      c="gray.8"
      radius="sm"
      leftSection={<IconEyeOff size={14} aria-hidden />}
      {...props}
    >
      {t('listing.badges.anonymous')}
    </Badge>
  );
}

export function ConfidentialBadge(props: BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color="red"
      variant="light"
      radius="sm"
      leftSection={<IconLock size={12} aria-hidden />}
      {...props}
    >
      {t('listing.badges.confidential')}
    </Badge>
  );
}

/** "TRL 6 · Mẫu thử". */
export function useMaturityLabel() {
  const { t } = useTranslation();
  return (trl: number | null | undefined, stage: MaturityStage | null | undefined) => {
    if (trl == null || !stage) return null;
    return t('listing.maturity.label', { trl, stage: t(`enums.maturityStage.${stage}`) });
  };
}
