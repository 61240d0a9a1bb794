import { Box, Group, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CaseOutcome, CaseStage } from '../../../generated/graphql';
import { useFormatDate } from '../../../platform/format';
import { CASE_STAGES } from '../model';

/**
 * A dossier's progress in one line, as a citizen tracks a procedure: seven small segments (done, current,
 * to come) and "Bước 3/7: Tìm đối tác". The segments are decoration; the text says it all.
 */
export function CaseStageProgress({ stage, outcome }: { stage: CaseStage; outcome?: CaseOutcome | null }) {
  const { t } = useTranslation();
  const index = CASE_STAGES.indexOf(stage);
  const closed = stage === 'CLOSED';
  return (
    <Box>
      <Group gap={3} wrap="nowrap" aria-hidden maw={280}>
        {CASE_STAGES.map((s, i) => (
          <Box
            key={s}
            h={6}
            style={{
              flex: 1,
              borderRadius: 3,
              background:
                i < index || closed
                  ? 'var(--mantine-color-brand-8)'
                  : i === index
                    ? 'var(--mantine-color-brand-4)'
                    : 'var(--mantine-color-gray-3)',
            }}
          />
        ))}
      </Group>
      <Text size="sm" mt={4} c="gray.8">
        {closed && outcome
          ? t('brokering.stage.closedWith', { outcome: t(`brokering.enums.caseOutcome.${outcome}`) })
          : t('brokering.stage.step', {
              step: index + 1,
              count: CASE_STAGES.length,
              name: t(`brokering.enums.caseStage.${stage}`),
            })}
      </Text>
    </Box>
  );
}

/** The seven stages as a stepper: horizontal on wide screens, vertical on phones. */
export function CaseStageStepper({
  stage,
  outcome,
  stageStartedAt,
  closedAt,
}: {
  stage: CaseStage;
  outcome?: CaseOutcome | null;
  stageStartedAt: string;
  closedAt?: string | null;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const wide = useMediaQuery('(min-width: 62em)', true);
  const index = CASE_STAGES.indexOf(stage);
  const closed = stage === 'CLOSED';
  return (
    <Stepper
      active={closed ? CASE_STAGES.length : index}
      orientation={wide ? 'horizontal' : 'vertical'}
      size="sm"
      allowNextStepsSelect={false}
      styles={{
        stepLabel: { fontSize: 'var(--mantine-font-size-sm)' },
        // Vertical (phones): tighter than Mantine's default, so that the seven stages fit on one screen.
        step: wide ? undefined : { minHeight: 'calc(var(--stepper-icon-size) + 14px)' },
      }}
    >
      {CASE_STAGES.map((s, i) => (
        <Stepper.Step
          key={s}
          label={
            s === 'CLOSED' && closed && outcome
              ? t(`brokering.enums.caseOutcome.${outcome}`)
              : t(`brokering.enums.caseStage.${s}`)
          }
          description={
            i === index && !closed
              ? t('brokering.stage.since', { date: formatDate(stageStartedAt) })
              : s === 'CLOSED' && closedAt
                ? formatDate(closedAt)
                : undefined
          }
          aria-current={i === index ? 'step' : undefined}
        />
      ))}
    </Stepper>
  );
}
