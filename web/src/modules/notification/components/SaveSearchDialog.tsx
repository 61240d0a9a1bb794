import { useMutation } from '@apollo/client';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { SearchWhere } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { applyPayloadErrors, CharCount, FormAlert } from '../../../platform/forms';
import { LIMITS } from '../model';

const SaveSearchMutation = graphql(`
  mutation SaveSearchDialog_saveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      savedSearch {
        id
        name
        alerts
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/**
 * The dialog behind "Lưu tìm kiếm": a name and alerts for the current words and filters. Its own chunk
 * (with the form library), fetched when the button is first pressed (SaveSearchButton).
 */
export function SaveSearchDialog({
  opened,
  onClose,
  query,
  where,
}: {
  opened: boolean;
  onClose: () => void;
  query: string;
  where?: SearchWhere | null;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('notification.saveSearch.title')} centered>
      <SaveSearchForm query={query} where={where} onClose={onClose} />
    </Modal>
  );
}

function SaveSearchForm({
  query,
  where,
  onClose,
}: {
  query: string;
  where?: SearchWhere | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const notifyError = useNotifyError();
  const [formError, setFormError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveSearchMutation, {
    refetchQueries: ['SavedSearchesPage_savedSearches'],
  });
  const defaultName = (
    query.trim() || t('notification.saveSearch.defaultName', { date: formatDate(new Date().toISOString()) })
  ).slice(0, LIMITS.savedSearchName);
  const form = useForm({
    initialValues: { name: defaultName, alerts: true },
    validate: {
      name: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > LIMITS.savedSearchName
            ? t('validation.maxLength', { max: LIMITS.savedSearchName })
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await save({
        variables: {
          input: {
            name: values.name.trim(),
            query: query.trim() || null,
            where: where ?? null,
            alerts: values.alerts,
          },
        },
      });
      const payload = data?.saveSearch;
      if (!payload) return;
      if (payload.errors.length > 0) {
        setFormError(applyPayloadErrors(form, payload.errors));
        return;
      }
      // Toasts live outside the router: the way to the list is said, not linked.
      notifications.show({ color: 'green', message: t('notification.saveSearch.saved') });
      onClose();
    } catch (error) {
      notifyError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="gray.8">
          {t('notification.saveSearch.intro')}
        </Text>
        <FormAlert message={formError} />
        <TextInput
          label={t('notification.saveSearch.name')}
          withAsterisk
          description={<CharCount value={form.values.name} max={LIMITS.savedSearchName} />}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Checkbox
          label={t('notification.saveSearch.alerts')}
          {...form.getInputProps('alerts', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('notification.saveSearch.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
