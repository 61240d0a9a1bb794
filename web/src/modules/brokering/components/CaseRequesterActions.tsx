import { useMutation } from '@apollo/client';
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconStar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { CasePage_CaseFragment } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../platform/components/ConfirmDialog';
import { Section } from '../../../platform/components/Section';
import { useNotifyError } from '../../../platform/errors';
import { RateCaseDialog } from './RateCaseDialog';

const WithdrawCaseMutation = graphql(`
  mutation CaseRequesterActions_withdrawCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
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

/** Once the case is closed, the requester is invited to rate the department's service. */
export function CaseRating({ kase }: { kase: CasePage_CaseFragment }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Section title={t('brokering.requester.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('brokering.requester.rateInvite')}</Text>
        <Button leftSection={<IconStar size={18} aria-hidden />} onClick={() => setOpened(true)}>
          {t('brokering.rate.open')}
        </Button>
      </Stack>
      <RateCaseDialog opened={opened} onClose={() => setOpened(false)} caseId={kase.id} />
    </Section>
  );
}

/** The requester may withdraw an open case (it closes as "withdrawn"), after confirming. */
export function CaseWithdraw({ kase }: { kase: CasePage_CaseFragment }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [confirming, setConfirming] = useState(false);
  const [withdraw, { loading }] = useMutation(WithdrawCaseMutation);

  const onWithdraw = async () => {
    try {
      const { data } = await withdraw({
        variables: { input: { caseId: kase.id, version: kase.version, outcome: 'WITHDRAWN' } },
      });
      const payload = data?.closeCase;
      if (payload && payload.errors.length > 0) {
        notifications.show({ color: 'red', message: payload.errors.map((e) => e.message).join(' ') });
      } else if (payload) {
        notifications.show({ color: 'green', message: t('brokering.requester.withdrawn') });
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setConfirming(false);
    }
  };

  return (
    <Group justify="flex-end">
      <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
        {t('brokering.requester.withdraw')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('brokering.requester.withdrawTitle')}
        message={t('brokering.requester.withdrawText', { number: kase.number })}
        confirmLabel={t('brokering.requester.withdraw')}
        loading={loading}
        onClose={() => setConfirming(false)}
        onConfirm={() => void onWithdraw()}
      />
    </Group>
  );
}
