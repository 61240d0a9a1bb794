import { Checkbox, MultiSelect, Select, SimpleGrid, Stack, TagsInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingKind, PartnerType } from '../../../../generated/graphql';
import { CharCount } from '../../../../platform/forms';
import { LIMITS, maturityStageOf, PARTNER_TYPES, TRLS } from '../../model';
import type { ListingFormValues } from './formModel';

export interface SectorOption {
  id: string;
  label: string;
}

/** Step 2: sectors, keywords, readiness level, the partner sought. */
export function ClassificationStep({
  form,
  kind,
  sectors,
}: {
  form: UseFormReturnType<ListingFormValues>;
  kind: ListingKind;
  sectors: readonly SectorOption[];
}) {
  const { t } = useTranslation();
  const sectorOptions = useMemo(
    () => sectors.map((sector) => ({ value: sector.id, label: sector.label })),
    [sectors],
  );
  // Grouped by stage, each level with what it means.
  const trlOptions = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const trl of TRLS) {
      const group = t(`enums.maturityStage.${maturityStageOf(trl)}`);
      const items = groups.get(group) ?? [];
      items.push({
        value: String(trl),
        label: t('listing.editor.trlOption', { trl, text: t(`listing.trl.${trl}`) }),
      });
      groups.set(group, items);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [t]);

  return (
    <Stack gap="md">
      <MultiSelect
        label={t('listing.fields.sectorIds')}
        withAsterisk
        description={t('listing.editor.sectorsHint')}
        placeholder={form.values.sectorIds.length === 0 ? t('listing.editor.sectorsPlaceholder') : undefined}
        data={sectorOptions}
        searchable
        hidePickedOptions
        nothingFoundMessage={t('listing.editor.nothingFound')}
        {...form.getInputProps('sectorIds')}
      />
      <TagsInput
        label={t('listing.fields.keywords')}
        description={t('listing.editor.keywordsHint', { max: LIMITS.keywords, length: LIMITS.keyword })}
        placeholder={
          form.values.keywords.length < LIMITS.keywords ? t('listing.editor.keywordsPlaceholder') : undefined
        }
        maxTags={LIMITS.keywords}
        acceptValueOnBlur
        splitChars={[',', ';']}
        clearable
        {...form.getInputProps('keywords')}
      />
      <Select
        label={kind === 'OFFER' ? t('listing.fields.trl') : t('listing.editor.trlMinimum')}
        withAsterisk
        description={kind === 'OFFER' ? t('listing.editor.trlHint') : t('listing.editor.trlMinimumHint')}
        placeholder={t('listing.editor.trlPlaceholder')}
        data={trlOptions}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('trl')}
      />
      <Checkbox.Group
        label={t('listing.fields.partnerTypes')}
        description={t(`listing.editor.partnerTypesHint.${kind}`)}
        {...form.getInputProps('partnerTypes')}
        onChange={(value) => form.setFieldValue('partnerTypes', value as PartnerType[])}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {PARTNER_TYPES.map((type) => (
            <Checkbox key={type} value={type} label={t(`enums.partnerType.${type}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea
        label={t('listing.fields.partnerRole')}
        autosize
        minRows={2}
        maxRows={6}
        description={
          <>
            {t(`listing.editor.partnerRoleHint.${kind}`)}{' '}
            <CharCount value={form.values.partnerRole} max={LIMITS.partnerRole} />
          </>
        }
        {...form.getInputProps('partnerRole')}
      />
    </Stack>
  );
}
