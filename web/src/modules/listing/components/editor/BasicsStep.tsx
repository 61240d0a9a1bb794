import { Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ListingKind } from '../../../../generated/graphql';
import { CharCount } from '../../../../platform/forms';
import { LIMITS, LISTING_KINDS } from '../../model';
import type { ListingFormValues } from './formModel';

/** Step 1: the kind (fixed once the draft exists), title, summary and description. */
export function BasicsStep({
  form,
  kind,
  onKindChange,
}: {
  form: UseFormReturnType<ListingFormValues>;
  kind: ListingKind;
  /** Null once the draft exists: the kind cannot change any more. */
  onKindChange: ((kind: ListingKind) => void) | null;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('listing.fields.kind')}
        description={onKindChange ? t('listing.editor.kindHint') : t('listing.editor.kindFixed')}
        value={kind}
        onChange={(value) => onKindChange?.(value as ListingKind)}
      >
        <Stack gap="xs" mt="xs">
          {LISTING_KINDS.map((value) => (
            <Radio.Card
              key={value}
              value={value}
              disabled={!onKindChange && value !== kind}
              radius="md"
              p="sm"
              withBorder
              style={{ opacity: !onKindChange && value !== kind ? 0.6 : 1 }}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <div>
                  <Text fw={700}>{t(`enums.listingKind.${value}`)}</Text>
                  <Text size="sm" c="gray.7">
                    {t(`listing.editor.kindDescription.${value}`)}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        label={t('listing.fields.title')}
        withAsterisk
        placeholder={t(`listing.editor.titlePlaceholder.${kind}`)}
        description={
          <>
            {t('listing.editor.titleHint')} <CharCount value={form.values.title} max={LIMITS.title} />
          </>
        }
        {...form.getInputProps('title')}
      />
      <Textarea
        label={t('listing.fields.summary')}
        withAsterisk
        autosize
        minRows={3}
        maxRows={8}
        description={
          <>
            {t('listing.editor.summaryHint')} <CharCount value={form.values.summary} max={LIMITS.summary} />
          </>
        }
        {...form.getInputProps('summary')}
      />
      <Textarea
        label={t('listing.fields.description')}
        withAsterisk
        autosize
        minRows={6}
        maxRows={20}
        description={
          <>
            {t(`listing.editor.descriptionHint.${kind}`)}{' '}
            <CharCount value={form.values.description} max={LIMITS.description} />
          </>
        }
        {...form.getInputProps('description')}
      />
    </Stack>
  );
}
