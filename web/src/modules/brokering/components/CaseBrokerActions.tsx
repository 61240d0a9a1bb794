import { useMutation, useQuery } from '@apollo/client';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconCalendarPlus, IconCircleCheck, IconTopologyStar3 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { CasePage_CaseFragment } from '../../../generated/graphql';
import { Section } from '../../../platform/components/Section';
import { useNotifyError } from '../../../platform/errors';
import { matchReviewPath } from '../../matching/model';
import { laterStages } from '../model';
import { CloseCaseDialog } from './CloseCaseDialog';
import { MeetingDialog } from './MeetingDialog';
import { MoveCaseDialog } from './MoveCaseDialog';

const BrokersQuery = graphql(`
  query CaseBrokerActions_brokers {
    brokers {
      id
      displayName
      role
    }
  }
`);

const AssignCaseMutation = graphql(`
  mutation CaseBrokerActions_assignCase($input: AssignCaseInput!) {
    assignCase(input: $input) {
      case {
        ...CasePage_case
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** The broker's work on a case: assign it, move it on, record a meeting, close it; find counterparts. */
export function CaseBrokerActions({ kase }: { kase: CasePage_CaseFragment }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [dialog, setDialog] = useState<'move' | 'meeting' | 'close' | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const assignee = picked ?? kase.assignee?.id ?? null;
  const { data: brokersData } = useQuery(BrokersQuery);
  const [assign, assignState] = useMutation(AssignCaseMutation);
  const closed = kase.stage === 'CLOSED';
  const next = laterStages(kase.stage)[0];

  const onAssign = async () => {
    if (!assignee) return;
    try {
      const { data } = await assign({ variables: { input: { caseId: kase.id, brokerId: assignee } } });
      const payload = data?.assignCase;
      if (payload && payload.errors.length > 0) {
        notifications.show({ color: 'red', message: payload.errors.map((e) => e.message).join(' ') });
      } else if (payload?.case) {
        notifications.show({
          color: 'green',
          message: t('brokering.broker.assigned', { name: payload.case.assignee?.displayName ?? '' }),
        });
      }
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Section title={t('brokering.broker.title')} description={t('brokering.broker.description')}>
      <Stack gap="md">
        {!closed && (
          <Stack gap="xs">
            <Select
              label={t('brokering.broker.assignee')}
              placeholder={t('brokering.broker.assigneePlaceholder')}
              data={(brokersData?.brokers ?? []).map((broker) => ({
                value: broker.id,
                label: broker.displayName,
              }))}
              value={assignee}
              onChange={setPicked}
              searchable
              nothingFoundMessage={t('brokering.broker.nobody')}
              allowDeselect={false}
            />
            <Button
              variant="default"
              onClick={() => void onAssign()}
              loading={assignState.loading}
              disabled={!assignee || assignee === kase.assignee?.id}
            >
              {t('brokering.broker.assign')}
            </Button>
          </Stack>
        )}
        {!closed && (
          <Stack gap="xs">
            {next && (
              <Button
                leftSection={<IconArrowRight size={18} aria-hidden />}
                onClick={() => setDialog('move')}
              >
                {t('brokering.broker.moveTo', { stage: t(`brokering.enums.caseStage.${next}`) })}
              </Button>
            )}
            <Button
              variant="light"
              leftSection={<IconCalendarPlus size={18} aria-hidden />}
              onClick={() => setDialog('meeting')}
            >
              {t('brokering.broker.recordMeeting')}
            </Button>
            <Button
              variant="outline"
              leftSection={<IconCircleCheck size={18} aria-hidden />}
              onClick={() => setDialog('close')}
            >
              {t('brokering.broker.close')}
            </Button>
          </Stack>
        )}
        {closed && <Text size="sm">{t('brokering.broker.closedNote')}</Text>}
        {kase.listing && (
          <Group>
            <Button
              component={Link}
              to={matchReviewPath(kase.listing.id)}
              variant="subtle"
              leftSection={<IconTopologyStar3 size={18} aria-hidden />}
            >
              {t('brokering.broker.matches')}
            </Button>
          </Group>
        )}
      </Stack>
      {!closed && (
        <>
          <MoveCaseDialog opened={dialog === 'move'} onClose={() => setDialog(null)} kase={kase} />
          <MeetingDialog opened={dialog === 'meeting'} onClose={() => setDialog(null)} caseId={kase.id} />
          <CloseCaseDialog opened={dialog === 'close'} onClose={() => setDialog(null)} kase={kase} />
        </>
      )}
    </Section>
  );
}
