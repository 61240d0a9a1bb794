import type { BadgeProps } from '@mantine/core';
import { Badge } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseOutcome, CaseStage, ClockStatus, InterestStatus } from '../../../generated/graphql';
import { INTEREST_STATUS_COLORS } from '../model';

// Light and outline badges: the theme darkens their text enough for WCAG AA.

export function InterestStatusBadge({ status, ...props }: { status: InterestStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={INTEREST_STATUS_COLORS[status]} variant="light" radius="sm" {...props}>
      {t(`brokering.enums.interestStatus.${status}`)}
    </Badge>
  );
}

export function CaseStageBadge({
  stage,
  outcome,
  ...props
}: { stage: CaseStage; outcome?: CaseOutcome | null } & BadgeProps) {
  const { t } = useTranslation();
  const closed = stage === 'CLOSED';
  return (
    <Badge
      color={closed ? (outcome === 'DEAL' ? 'teal' : 'gray') : 'brand'}
      variant="outline"
      radius="sm"
      c={closed && outcome !== 'DEAL' ? 'gray.8' : undefined}
      {...props}
    >
      {closed && outcome
        ? t('brokering.stage.closedWith', { outcome: t(`brokering.enums.caseOutcome.${outcome}`) })
        : t(`brokering.enums.caseStage.${stage}`)}
    </Badge>
  );
}

const CLOCK_COLORS: Record<ClockStatus, string> = { ON_TIME: 'green', DUE_SOON: 'orange', LATE: 'red' };
const CLOCK_ICONS = { ON_TIME: IconCircleCheck, DUE_SOON: IconAlarm, LATE: IconAlertTriangle };

/**
 * "Đúng hạn · còn 3 ngày làm việc", "Sắp đến hạn · còn 1 ngày làm việc", "Trễ hạn · quá 2 ngày làm việc";
 * for a closed case whether it closed on time.
 */
export function ClockBadge({
  clock,
  workingDaysLeft,
  closed = false,
  ...props
}: { clock: ClockStatus; workingDaysLeft?: number | null; closed?: boolean } & BadgeProps) {
  const { t } = useTranslation();
  const Icon = CLOCK_ICONS[clock];
  let text: string;
  if (closed) text = t(`brokering.clock.closed.${clock === 'LATE' ? 'LATE' : 'ON_TIME'}`);
  else if (workingDaysLeft == null) text = t(`brokering.enums.clock.${clock}`);
  else if (clock === 'LATE')
    text =
      workingDaysLeft < 0
        ? t('brokering.clock.late', { status: t('brokering.enums.clock.LATE'), count: -workingDaysLeft })
        : t('brokering.enums.clock.LATE');
  else if (workingDaysLeft <= 0)
    text = t('brokering.clock.dueToday', { status: t('brokering.enums.clock.DUE_SOON') });
  else
    text = t('brokering.clock.left', { status: t(`brokering.enums.clock.${clock}`), count: workingDaysLeft });
  return (
    <Badge
      color={CLOCK_COLORS[clock]}
      variant={clock === 'LATE' && !closed ? 'filled' : 'light'}
      radius="sm"
      leftSection={<Icon size={14} aria-hidden />}
      {...props}
    >
      {text}
    </Badge>
  );
}
