import { Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingKind, TransferForm } from '../../../../generated/graphql';
import { DOCUMENT_LANGUAGES, TRANSFER_FORMS } from '../../model';
import type { ListingFormValues } from './formModel';

export interface ProvinceOption {
  code: string;
  name: string;
}

/** "150 triệu đồng": an amount in words, so that a zero too many shows at once. */
function useAmountInWords() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN';
  return (value: number | string) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
    if (value >= 1e9) return t('listing.price.billions', { value: number(value / 1e9) });
    if (value >= 1e6) return t('listing.price.millions', { value: number(value / 1e6) });
    if (value >= 1e3) return t('listing.price.thousands', { value: number(value / 1e3) });
    return t('listing.price.units', { value: number(value) });
  };
}

/** Step 4: transfer forms, price or budget, province, languages, interest and anonymity. */
export function CommercialStep({
  form,
  kind,
  provinces,
}: {
  form: UseFormReturnType<ListingFormValues>;
  kind: ListingKind;
  provinces: readonly ProvinceOption[];
}) {
  const { t } = useTranslation();
  const inWords = useAmountInWords();
  const provinceOptions = useMemo(
    () => provinces.map((province) => ({ value: province.code, label: province.name })),
    [provinces],
  );
  const money = kind === 'OFFER' ? 'price' : 'budget';

  return (
    <Stack gap="lg">
      <Checkbox.Group
        label={t(`listing.editor.transferForms.${kind}`)}
        withAsterisk
        description={t('listing.editor.transferFormsHint')}
        {...form.getInputProps('transferForms')}
        onChange={(value) => form.setFieldValue('transferForms', value as TransferForm[])}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {TRANSFER_FORMS.map((value) => (
            <Checkbox key={value} value={value} label={t(`enums.transferForm.${value}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>

      <Stack gap="sm">
        <Switch
          label={t(`listing.editor.negotiable.${money}`)}
          description={t('listing.editor.negotiableHint')}
          {...form.getInputProps('priceNegotiable', { type: 'checkbox' })}
        />
        {!form.values.priceNegotiable && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t(`listing.editor.${money}Min`)}
              withAsterisk
              description={inWords(form.values.priceMin) ?? t('listing.editor.amountHint')}
              thousandSeparator="."
              decimalSeparator=","
              allowDecimal={false}
              allowNegative={false}
              max={Number.MAX_SAFE_INTEGER}
              hideControls
              inputMode="numeric"
              rightSection={
                <Text size="sm" c="gray.7" aria-hidden>
                  ₫
                </Text>
              }
              {...form.getInputProps('priceMin')}
            />
            <NumberInput
              label={t(`listing.editor.${money}Max`)}
              description={inWords(form.values.priceMax) ?? t('listing.editor.amountMaxHint')}
              thousandSeparator="."
              decimalSeparator=","
              allowDecimal={false}
              allowNegative={false}
              max={Number.MAX_SAFE_INTEGER}
              hideControls
              inputMode="numeric"
              rightSection={
                <Text size="sm" c="gray.7" aria-hidden>
                  ₫
                </Text>
              }
              {...form.getInputProps('priceMax')}
            />
          </SimpleGrid>
        )}
      </Stack>

      <Select
        label={t('listing.fields.provinceCode')}
        withAsterisk
        description={t(`listing.editor.provinceHint.${kind}`)}
        placeholder={t('listing.editor.provincePlaceholder')}
        data={provinceOptions}
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('listing.editor.nothingFound')}
        maw={420}
        {...form.getInputProps('provinceCode')}
      />

      <Checkbox.Group
        label={t('listing.fields.languages')}
        description={t('listing.editor.languagesHint')}
        {...form.getInputProps('languages')}
      >
        <Group gap="md" mt="xs">
          {DOCUMENT_LANGUAGES.map((code) => (
            <Checkbox key={code} value={code} label={t(`listing.languages.${code}`)} />
          ))}
        </Group>
      </Checkbox.Group>

      <Switch
        label={t('listing.fields.openForInterest')}
        description={t('listing.editor.openForInterestHint')}
        {...form.getInputProps('openForInterest', { type: 'checkbox' })}
      />
      <Switch
        label={t('listing.fields.anonymous')}
        description={t('listing.editor.anonymousHint')}
        {...form.getInputProps('anonymous', { type: 'checkbox' })}
      />
    </Stack>
  );
}
