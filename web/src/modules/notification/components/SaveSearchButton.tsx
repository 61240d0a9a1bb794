import { useMutation } from '@apollo/client';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconBookmarkPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { graphql } from '../../../generated';
import type { SearchWhere } from '../../../generated/graphql';
import { useNotifyError } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { applyPayloadErrors, CharCount, FormAlert } from '../../../platform/forms';
import { signInPath } from '../../../platform/next';
import { useViewer } from '../../account/hooks/useViewer';
import { LIMITS } from '../model';

const SaveSearchMutation = graphql(`
  mutation SaveSearchButton_saveSearch($input: SaveSearchInput!) {
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
 * "Lưu tìm kiếm" for the search page: saves the current words and filters under a name, with alerts (in-app
 * and e-mail) when a new listing matches. Visitors are sent to sign in first, and come back here.
 */
export function SaveSearchButton({ query, where }: { query: string; where?: SearchWhere | null }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const [opened, setOpened] = useState(false);
  if (!viewer) {
    return (
      <Button
        component={Link}
        to={signInPath(location.pathname + location.search)}
        variant="default"
        leftSection={<IconBookmarkPlus size={18} aria-hidden />}
      >
        {t('notification.saveSearch.button')}
      </Button>
    );
  }
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconBookmarkPlus size={18} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('notification.saveSearch.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('notification.saveSearch.title')}
        centered
      >
        <SaveSearchForm query={query} where={where} onClose={() => setOpened(false)} />
      </Modal>
    </>
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
