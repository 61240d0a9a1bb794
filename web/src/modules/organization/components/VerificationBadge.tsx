import type { BadgeProps } from '@mantine/core';
import { Badge } from '@mantine/core';
import { IconAlertOctagon, IconClockHour4, IconRosetteDiscountCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VerificationStatus } from '../../../generated/graphql';

// Dark enough for white text to pass WCAG AA at badge size.
const COLORS: Record<VerificationStatus, string> = {
  UNVERIFIED: '#9a4a00',
  VERIFIED: '#1b6e35',
  REJECTED: '#b3261e',
};
const ICONS = {
  UNVERIFIED: IconClockHour4,
  VERIFIED: IconRosetteDiscountCheck,
  REJECTED: IconAlertOctagon,
} as const;

/** "Đã xác minh" / "Chưa xác minh": shown wherever an organisation appears. */
export function VerificationBadge({ status, ...props }: { status: VerificationStatus } & BadgeProps) {
  const { t } = useTranslation();
  const Icon = ICONS[status];
  return (
    <Badge
      color={COLORS[status]}
      variant="filled"
      radius="sm"
      leftSection={<Icon size={14} aria-hidden />}
      {...props}
    >
      {t(`enums.verificationStatus.${status}`)}
    </Badge>
  );
}
