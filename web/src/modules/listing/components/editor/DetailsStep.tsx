import { Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ListingKind } from '../../../../generated/graphql';
import { CharCount } from '../../../../platform/forms';
import { LIMITS } from '../../model';
import type { ListingFormValues } from './formModel';
import { IpRecordsField } from './IpRecordsField';

/** Step 3: an offer's advantages and IP; a request's specification, expected result and deadline. */
export function DetailsStep({
  form,
  kind,
}: {
  form: UseFormReturnType<ListingFormValues>;
  kind: ListingKind;
}) {
  const { t } = useTranslation();
  if (kind === 'OFFER') {
    return (
      <Stack gap="lg">
        <Textarea
          label={t('listing.fields.advantages')}
          autosize
          minRows={5}
          maxRows={16}
          description={
            <>
              {t('listing.editor.advantagesHint')}{' '}
              <CharCount value={form.values.advantages} max={LIMITS.advantages} />
            </>
          }
          {...form.getInputProps('advantages')}
        />
        <IpRecordsField form={form} />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Textarea
        label={t('listing.fields.specification')}
        withAsterisk
        autosize
        minRows={5}
        maxRows={16}
        description={
          <>
            {t('listing.editor.specificationHint')}{' '}
            <CharCount value={form.values.specification} max={LIMITS.specification} />
          </>
        }
        {...form.getInputProps('specification')}
      />
      <Textarea
        label={t('listing.fields.expectedResult')}
        autosize
        minRows={4}
        maxRows={12}
        description={
          <>
            {t('listing.editor.expectedResultHint')}{' '}
            <CharCount value={form.values.expectedResult} max={LIMITS.expectedResult} />
          </>
        }
        {...form.getInputProps('expectedResult')}
      />
      <TextInput
        type="date"
        label={t('listing.fields.deadline')}
        description={t('listing.editor.deadlineHint')}
        maw={260}
        {...form.getInputProps('deadline')}
      />
    </Stack>
  );
}
