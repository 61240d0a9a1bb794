import { useMutation, useQuery } from '@apollo/client';
import { ActionIcon, Badge, Button, Group, Modal, Paper, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { SynonymsPage_SynonymsQuery } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../platform/components/ConfirmDialog';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert, useNotifyError } from '../../../platform/errors';
import { FormAlert } from '../../../platform/forms';
import { useFormatDate } from '../../../platform/format';
import { RequireAuth } from '../../account/components/RequireAuth';

const SynonymsQuery = graphql(`
  query SynonymsPage_synonyms {
    searchSynonyms {
      id
      terms
      updatedAt
    }
  }
`);

const SaveSynonymMutation = graphql(`
  mutation SynonymsPage_saveSearchSynonym($input: SaveSearchSynonymInput!) {
    saveSearchSynonym(input: $input) {
      synonym {
        id
        terms
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const DeleteSynonymMutation = graphql(`
  mutation SynonymsPage_deleteSearchSynonym($input: DeleteSearchSynonymInput!) {
    deleteSearchSynonym(input: $input) {
      deleted
      errors {
        field
        code
        message
      }
    }
  }
`);

type Synonym = SynonymsPage_SynonymsQuery['searchSynonyms'][number];
const TERMS_MIN = 2;
const TERMS_MAX = 20;
const TERM_LENGTH = 64;

export function SynonymsPage() {
  return (
    <RequireAuth roles={['BROKER', 'ADMIN']}>
      <SynonymsContent />
    </RequireAuth>
  );
}

/** Groups of terms the search treats as the same, e.g. "AI" ↔ "trí tuệ nhân tạo". */
function SynonymsContent() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const notifyError = useNotifyError();
  const { data, loading, error, refetch } = useQuery(SynonymsQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Synonym | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Synonym | null>(null);
  const [deleteSynonym, deleteState] = useMutation(DeleteSynonymMutation);
  const synonyms = data?.searchSynonyms ?? [];

  const onDelete = async () => {
    if (!deleting) return;
    try {
      const { data: result } = await deleteSynonym({ variables: { input: { id: deleting.id } } });
      const payload = result?.deleteSearchSynonym;
      if (payload && payload.errors.length > 0) {
        notifications.show({ color: 'red', message: payload.errors.map((e) => e.message).join(' ') });
        return;
      }
      notifications.show({ color: 'green', message: t('search.synonyms.deleted') });
      void refetch();
    } catch (err) {
      notifyError(err);
    } finally {
      setDeleting(null);
    }
  };

  return (
    <Page
      title={t('search.synonyms.title')}
      description={t('search.synonyms.description')}
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
          {t('search.synonyms.add')}
        </Button>
      }
    >
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !data ? (
        <PageLoader />
      ) : synonyms.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text ta="center" c="gray.7">
            {t('search.synonyms.empty')}
          </Text>
        </Paper>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {synonyms.map((synonym) => (
            <Paper key={synonym.id} component="li" withBorder radius="md" p="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={6} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    {synonym.terms.map((term, index) => (
                      <Group key={term} gap={6} wrap="nowrap">
                        {index > 0 && (
                          <Text component="span" c="gray.7" aria-hidden>
                            ↔
                          </Text>
                        )}
                        <Badge variant="light" radius="sm" size="lg" tt="none">
                          {term}
                        </Badge>
                      </Group>
                    ))}
                  </Group>
                  <Text size="xs" c="gray.7">
                    {t('search.synonyms.updatedAt', { date: formatDate(synonym.updatedAt, true) })}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    size="lg"
                    aria-label={t('search.synonyms.editLabel', { terms: synonym.terms.join(', ') })}
                    onClick={() => setEditing(synonym)}
                  >
                    <IconPencil size={18} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('search.synonyms.deleteLabel', { terms: synonym.terms.join(', ') })}
                    onClick={() => setDeleting(synonym)}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('search.synonyms.addTitle') : t('search.synonyms.editTitle')}
        centered
        size="lg"
      >
        {editing && (
          <SynonymForm
            key={editing === 'new' ? 'new' : editing.id}
            synonym={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
            onDone={() => {
              setEditing(null);
              void refetch();
            }}
          />
        )}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('search.synonyms.deleteTitle')}
        message={t('search.synonyms.deleteMessage', { terms: deleting?.terms.join(' ↔ ') ?? '' })}
        confirmLabel={t('search.synonyms.delete')}
        loading={deleteState.loading}
        onClose={() => setDeleting(null)}
        onConfirm={() => void onDelete()}
      />
    </Page>
  );
}

function SynonymForm({
  synonym,
  onClose,
  onDone,
}: {
  synonym: Synonym | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [terms, setTerms] = useState<string[]>(synonym ? [...synonym.terms] : []);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveSynonymMutation);

  const check = (list: string[]): string | null => {
    if (list.length < TERMS_MIN) return t('search.synonyms.tooFew', { min: TERMS_MIN });
    if (list.length > TERMS_MAX) return t('search.synonyms.tooMany', { max: TERMS_MAX });
    if (list.some((term) => term.length > TERM_LENGTH))
      return t('search.synonyms.tooLong', { max: TERM_LENGTH });
    return null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = terms.map((term) => term.trim()).filter(Boolean);
    const problem = check(list);
    setFieldError(problem);
    setFormError(null);
    if (problem) return;
    try {
      const { data } = await save({ variables: { input: { id: synonym?.id, terms: list } } });
      const payload = data?.saveSearchSynonym;
      if (!payload) return;
      if (payload.errors.length > 0) {
        const onTerms = payload.errors.filter((e) => e.field?.replace(/^input\./, '').startsWith('terms'));
        const others = payload.errors.filter((e) => !onTerms.includes(e));
        setFieldError(onTerms.map((e) => e.message).join(' ') || null);
        setFormError(others.map((e) => e.message).join(' ') || null);
        return;
      }
      notifications.show({ color: 'green', message: t('search.synonyms.saved') });
      onDone();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TagsInput
          label={t('search.synonyms.terms')}
          withAsterisk
          description={t('search.synonyms.termsHint', {
            min: TERMS_MIN,
            max: TERMS_MAX,
            length: TERM_LENGTH,
          })}
          value={terms}
          onChange={(value) => {
            setTerms(value);
            setFieldError(null);
          }}
          maxTags={TERMS_MAX}
          acceptValueOnBlur
          splitChars={[',', ';']}
          error={fieldError}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
