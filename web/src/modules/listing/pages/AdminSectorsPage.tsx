import { useMutation, useQuery } from '@apollo/client';
import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphql } from '../../../generated';
import type { AdminSectorsPage_SectorsQuery } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert, useNotifyError } from '../../../platform/errors';
import { applyPayloadErrors, CharCount, focusFirstError, FormAlert } from '../../../platform/forms';
import { requiredText } from '../../../platform/validation';
import { RequireAuth } from '../../account/components/RequireAuth';

const SectorsQuery = graphql(`
  query AdminSectorsPage_sectors {
    sectors(includeInactive: true) {
      id
      code
      label
      labelVi
      labelEn
      position
      active
    }
  }
`);

const CreateSectorMutation = graphql(`
  mutation AdminSectorsPage_createSector($input: CreateSectorInput!) {
    createSector(input: $input) {
      sector {
        id
        code
        label
        labelVi
        labelEn
        position
        active
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const UpdateSectorMutation = graphql(`
  mutation AdminSectorsPage_updateSector($input: UpdateSectorInput!) {
    updateSector(input: $input) {
      sector {
        id
        code
        label
        labelVi
        labelEn
        position
        active
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Sector = AdminSectorsPage_SectorsQuery['sectors'][number];
const LABEL_MAX = 128;

export function AdminSectorsPage() {
  return (
    <RequireAuth roles={['ADMIN']}>
      <AdminSectorsContent />
    </RequireAuth>
  );
}

/** The department's sector taxonomy: labels in both languages, order, and whether new listings may use it. */
function AdminSectorsContent() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SectorsQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Sector | 'new' | null>(null);
  const sectors = data?.sectors ?? [];

  return (
    <Page
      title={t('listing.sectors.title')}
      description={t('listing.sectors.description')}
      size="lg"
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
          {t('listing.sectors.add')}
        </Button>
      }
    >
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !data ? (
        <PageLoader />
      ) : (
        <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
          <Table.ScrollContainer minWidth={680}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('listing.sectors.position')}</Table.Th>
                  <Table.Th scope="col">{t('listing.sectors.labelVi')}</Table.Th>
                  <Table.Th scope="col">{t('listing.sectors.labelEn')}</Table.Th>
                  <Table.Th scope="col">{t('listing.sectors.code')}</Table.Th>
                  <Table.Th scope="col">{t('listing.sectors.status')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('listing.sectors.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sectors.map((sector) => (
                  <Table.Tr key={sector.id}>
                    <Table.Td>{sector.position}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {sector.labelVi}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lang="en">
                        {sector.labelEn}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {sector.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={sector.active ? 'green' : 'gray'}
                        variant="light"
                        radius="sm"
                        miw="max-content"
                      >
                        {sector.active ? t('listing.sectors.active') : t('listing.sectors.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={t('listing.sectors.editLabel', { label: sector.labelVi })}
                        onClick={() => setEditing(sector)}
                      >
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <SectorDialog
        sector={editing}
        nextPosition={sectors.reduce((max, sector) => Math.max(max, sector.position), 0) + 1}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          void refetch();
        }}
      />
    </Page>
  );
}

type SectorValues = {
  code: string;
  labelVi: string;
  labelEn: string;
  position: number | string;
  active: boolean;
};

function SectorDialog({
  sector,
  nextPosition,
  onClose,
  onDone,
}: {
  sector: Sector | 'new' | null;
  nextPosition: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const opened = sector !== null;
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={sector === 'new' ? t('listing.sectors.addTitle') : t('listing.sectors.editTitle')}
      centered
      size="lg"
    >
      {sector && (
        <SectorForm
          key={sector === 'new' ? 'new' : sector.id}
          sector={sector === 'new' ? null : sector}
          nextPosition={nextPosition}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </Modal>
  );
}

function SectorForm({
  sector,
  nextPosition,
  onClose,
  onDone,
}: {
  sector: Sector | null;
  nextPosition: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [createSector, createState] = useMutation(CreateSectorMutation);
  const [updateSector, updateState] = useMutation(UpdateSectorMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z.object({
        code: sector
          ? z.string()
          : z
              .string()
              .trim()
              .min(1, { error: t('validation.required') })
              .regex(/^[a-z0-9-]+$/, { error: t('listing.sectors.codeInvalid') }),
        labelVi: requiredText(t, LABEL_MAX),
        labelEn: requiredText(t, LABEL_MAX),
        position: z.union([z.number().int().min(0), z.literal('')]),
        active: z.boolean(),
      }),
    [t, sector],
  );
  const form = useForm<SectorValues>({
    initialValues: sector
      ? {
          code: sector.code,
          labelVi: sector.labelVi,
          labelEn: sector.labelEn,
          position: sector.position,
          active: sector.active,
        }
      : { code: '', labelVi: '', labelEn: '', position: nextPosition, active: true },
    validate: zod4Resolver(schema),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      const position = typeof values.position === 'number' ? values.position : undefined;
      try {
        const payload = sector
          ? (
              await updateSector({
                variables: {
                  input: {
                    sectorId: sector.id,
                    labelVi: values.labelVi.trim(),
                    labelEn: values.labelEn.trim(),
                    position,
                    active: values.active,
                  },
                },
              })
            ).data?.updateSector
          : (
              await createSector({
                variables: {
                  input: {
                    code: values.code.trim(),
                    labelVi: values.labelVi.trim(),
                    labelEn: values.labelEn.trim(),
                    position,
                  },
                },
              })
            ).data?.createSector;
        if (!payload) return;
        if (payload.errors.length > 0) {
          setFormError(applyPayloadErrors(form, payload.errors));
          return;
        }
        notifications.show({
          color: 'green',
          message: t(sector ? 'listing.sectors.updated' : 'listing.sectors.created', {
            label: values.labelVi.trim(),
          }),
        });
        onDone();
      } catch (error) {
        notifyError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextInput
          label={t('listing.sectors.code')}
          withAsterisk={!sector}
          disabled={!!sector}
          description={sector ? t('listing.sectors.codeFixed') : t('listing.sectors.codeHint')}
          data-autofocus={!sector || undefined}
          {...form.getInputProps('code')}
        />
        <TextInput
          label={t('listing.sectors.labelVi')}
          withAsterisk
          description={<CharCount value={form.values.labelVi} max={LABEL_MAX} />}
          {...form.getInputProps('labelVi')}
        />
        <TextInput
          label={t('listing.sectors.labelEn')}
          withAsterisk
          lang="en"
          description={<CharCount value={form.values.labelEn} max={LABEL_MAX} />}
          {...form.getInputProps('labelEn')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('listing.sectors.position')}
            description={t('listing.sectors.positionHint')}
            min={0}
            allowDecimal={false}
            {...form.getInputProps('position')}
          />
          {sector && (
            <Switch
              mt={{ sm: 'xl' }}
              label={t('listing.sectors.activeSwitch')}
              description={t('listing.sectors.activeHint')}
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          )}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createState.loading || updateState.loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
