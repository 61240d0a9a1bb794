import { useQuery } from '@apollo/client';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphql } from '../../../generated';
import type { OrganizationType } from '../../../generated/graphql';
import type { PayloadError } from '../../../platform/forms';
import { applyPayloadErrors, CharCount, focusFirstError, FormAlert } from '../../../platform/forms';
import { optionalText, requiredText, websiteField } from '../../../platform/validation';

const ProvincesQuery = graphql(`
  query OrganizationForm_provinces {
    provinces {
      code
      name
      isCity
    }
  }
`);

export const ORGANIZATION_TYPES: OrganizationType[] = [
  'BUSINESS',
  'RESEARCH_INSTITUTE',
  'UNIVERSITY',
  'INDIVIDUAL_INVENTOR',
  'INTERMEDIARY',
  'AGENCY',
];

// Limits from the SDL (CreateOrganizationInput).
export const LIMITS = { name: 256, taxCode: 64, address: 500, website: 500, description: 2000 } as const;

// A type alias (not an interface) so that it fits Mantine form's `Record<string, unknown>` values.
export type OrganizationFormValues = {
  name: string;
  type: OrganizationType | '';
  taxCode: string;
  provinceCode: string;
  address: string;
  website: string;
  description: string;
};

export const EMPTY_ORGANIZATION: OrganizationFormValues = {
  name: '',
  type: '',
  taxCode: '',
  provinceCode: '',
  address: '',
  website: '',
  description: '',
};

/**
 * The organisation profile form, for creating and for editing. `onSubmit` returns the payload's errors
 * (empty on success); they are shown under the inputs they name.
 */
export function OrganizationForm({
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
  loading,
  warnOnTaxCodeChange,
}: {
  initialValues: OrganizationFormValues;
  submitLabel: string;
  onSubmit: (values: OrganizationFormValues) => Promise<readonly PayloadError[] | null>;
  onCancel?: () => void;
  loading?: boolean;
  warnOnTaxCodeChange?: boolean;
}) {
  const { t } = useTranslation();
  const { data: provincesData, loading: provincesLoading } = useQuery(ProvincesQuery);
  const [formError, setFormError] = useState<string | null>(null);

  const schema = useMemo(
    () =>
      z.object({
        name: requiredText(t, LIMITS.name),
        type: z.string().min(1, { error: t('validation.requiredChoice') }),
        taxCode: requiredText(t, LIMITS.taxCode),
        provinceCode: z.string().min(1, { error: t('validation.requiredChoice') }),
        address: optionalText(t, LIMITS.address),
        website: websiteField(t, LIMITS.website),
        description: optionalText(t, LIMITS.description),
      }),
    [t],
  );
  const form = useForm<OrganizationFormValues>({ initialValues, validate: zod4Resolver(schema) });

  const provinceOptions = useMemo(
    () => (provincesData?.provinces ?? []).map((p) => ({ value: p.code, label: p.name })),
    [provincesData],
  );
  const typeOptions = ORGANIZATION_TYPES.map((type) => ({
    value: type,
    label: t(`enums.organizationType.${type}`),
  }));

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      const errors = await onSubmit(values);
      if (errors && errors.length > 0) setFormError(applyPayloadErrors(form, errors));
    },
    (errors) => focusFirstError(form, errors),
  );

  const taxCodeChanged = warnOnTaxCodeChange && form.values.taxCode.trim() !== initialValues.taxCode.trim();

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextInput
          label={t('organization.fields.name')}
          withAsterisk
          autoComplete="organization"
          description={
            <>
              {t('organization.fields.nameHint')} <CharCount value={form.values.name} max={LIMITS.name} />
            </>
          }
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('organization.fields.type')}
            placeholder={t('organization.fields.typePlaceholder')}
            withAsterisk
            data={typeOptions}
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
          <Select
            label={t('organization.fields.province')}
            placeholder={t('organization.fields.provincePlaceholder')}
            withAsterisk
            searchable
            nothingFoundMessage={t('organization.fields.nothingFound')}
            data={provinceOptions}
            disabled={provincesLoading && provinceOptions.length === 0}
            allowDeselect={false}
            {...form.getInputProps('provinceCode')}
          />
        </SimpleGrid>
        <TextInput
          label={t('organization.fields.taxCode')}
          withAsterisk
          inputMode="text"
          description={
            <>
              {t('organization.fields.taxCodeHint')}{' '}
              <CharCount value={form.values.taxCode} max={LIMITS.taxCode} />
            </>
          }
          {...form.getInputProps('taxCode')}
        />
        {taxCodeChanged && (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
            {t('organization.mine.taxCodeWarning')}
          </Alert>
        )}
        <TextInput
          label={t('organization.fields.address')}
          autoComplete="street-address"
          description={
            <>
              {t('organization.fields.addressHint')}{' '}
              <CharCount value={form.values.address} max={LIMITS.address} />
            </>
          }
          {...form.getInputProps('address')}
        />
        <TextInput
          label={t('organization.fields.website')}
          type="url"
          autoComplete="url"
          placeholder="https://"
          description={t('organization.fields.websiteHint')}
          {...form.getInputProps('website')}
        />
        <Textarea
          label={t('organization.fields.description')}
          autosize
          minRows={4}
          maxRows={14}
          description={
            <>
              {t('organization.fields.descriptionHint')}{' '}
              <CharCount value={form.values.description} max={LIMITS.description} />
            </>
          }
          {...form.getInputProps('description')}
        />
        <Group>
          <Button type="submit" loading={loading} size="md">
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" size="md" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
