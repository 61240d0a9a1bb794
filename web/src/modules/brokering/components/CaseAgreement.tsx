import { Badge, Stack, Text } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CasePage_CaseFragment } from '../../../generated/graphql';
import { Section } from '../../../platform/components/Section';
import { useFormatDay, useFormatDong } from '../../../platform/format';

type Agreement = NonNullable<CasePage_CaseFragment['agreement']>;

/** The deal recorded when the case closed: form of transfer, value, date, whether the contract was registered. */
export function CaseAgreement({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatDong = useFormatDong();
  return (
    <Section title={t('brokering.agreement.title')}>
      <Stack gap={6}>
        <Text size="sm">
          <Text span fw={600}>
            {t('brokering.agreement.type')}:
          </Text>{' '}
          {t(`enums.transferForm.${agreement.type}`)}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('brokering.agreement.value')}:
          </Text>{' '}
          {formatDong(agreement.value)}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('brokering.agreement.signedOn')}:
          </Text>{' '}
          {formatDay(agreement.signedOn)}
        </Text>
        <Badge
          color={agreement.contractRegistered ? 'green' : 'gray'}
          variant="light"
          radius="sm"
          leftSection={<IconCertificate size={14} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
          c={agreement.contractRegistered ? undefined : 'gray.8'}
        >
          {agreement.contractRegistered
            ? t('brokering.agreement.registered')
            : t('brokering.agreement.notRegistered')}
        </Badge>
      </Stack>
    </Section>
  );
}
