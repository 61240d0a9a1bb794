import { Alert, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CharCount } from '../../../../platform/forms';
import { LIMITS } from '../../model';
import type { ListingFormValues } from './formModel';

/** Step 5: what only the department and accepted partners see, and the contact person (never public). */
export function ConfidentialStep({ form }: { form: UseFormReturnType<ListingFormValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" icon={<IconLock aria-hidden />}>
        {t('listing.editor.confidentialIntro')}
      </Alert>
      <Textarea
        label={t('listing.fields.confidentialDetail')}
        autosize
        minRows={5}
        maxRows={16}
        description={
          <>
            {t('listing.editor.confidentialDetailHint')}{' '}
            <CharCount value={form.values.confidentialDetail} max={LIMITS.confidentialDetail} />
          </>
        }
        {...form.getInputProps('confidentialDetail')}
      />
      <Textarea
        label={t('listing.fields.testResults')}
        autosize
        minRows={3}
        maxRows={12}
        description={
          <>
            {t('listing.editor.testResultsHint')}{' '}
            <CharCount value={form.values.testResults} max={LIMITS.testResults} />
          </>
        }
        {...form.getInputProps('testResults')}
      />
      <Title order={3} fz={17} mt="sm">
        {t('listing.editor.contactTitle')}
      </Title>
      <Alert color="gray" variant="light">
        {t('listing.editor.contactHint')}
      </Alert>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('listing.fields.contactName')}
          withAsterisk
          autoComplete="name"
          {...form.getInputProps('contactName')}
        />
        <TextInput
          label={t('listing.fields.contactEmail')}
          withAsterisk
          type="email"
          autoComplete="email"
          {...form.getInputProps('contactEmail')}
        />
        <TextInput
          label={t('listing.fields.contactPhone')}
          type="tel"
          autoComplete="tel"
          {...form.getInputProps('contactPhone')}
        />
      </SimpleGrid>
    </Stack>
  );
}
