import { Group, Radio } from '@mantine/core';
import type { RadioGroupProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The account's preferred language (VI / EN), as two radio buttons. */
export function LanguageRadios(props: Omit<RadioGroupProps, 'children' | 'label'>) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('account.fields.language')}
      description={t('account.fields.languageHint')}
      {...props}
    >
      <Group mt="xs" gap="lg">
        <Radio value="VI" label={t('enums.language.VI')} />
        <Radio value="EN" label={t('enums.language.EN')} />
      </Group>
    </Radio.Group>
  );
}
