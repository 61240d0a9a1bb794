import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, Button, Group, Loader, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconArrowRight,
  IconCheck,
  IconClockHour4,
  IconCloudCheck,
  IconInfoCircle,
  IconRefresh,
  IconSend,
} from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../../../generated';
import type {
  ListingEditor_ListingFragment,
  ListingKind,
  VerificationStatus,
} from '../../../../generated/graphql';
import { errorKind, useNotifyError } from '../../../../platform/errors';
import type { PayloadError } from '../../../../platform/forms';
import { FormAlert } from '../../../../platform/forms';
import { useFormatTime } from '../../../../platform/format';
import type { SaveStatus } from '../../hooks/useListingAutosave';
import { useListingAutosave } from '../../hooks/useListingAutosave';
import { BasicsStep } from './BasicsStep';
import type { SectorOption } from './ClassificationStep';
import { ClassificationStep } from './ClassificationStep';
import type { ProvinceOption } from './CommercialStep';
import { CommercialStep } from './CommercialStep';
import { ConfidentialStep } from './ConfidentialStep';
import { DetailsStep } from './DetailsStep';
import { FilesStep } from './FilesStep';
import type { FieldErrors, ListingFormValues } from './formModel';
import {
  contentInputOf,
  formFieldOf,
  limitErrors,
  missingErrors,
  STEPS,
  stepOfField,
  valuesFromContent,
} from './formModel';
import { PreviewStep } from './PreviewStep';

export const ListingEditorContentFragment = graphql(`
  fragment ListingEditor_content on ListingContent {
    ...ListingContentView_content
    description
  }
`);

export const ListingEditorFragment = graphql(`
  fragment ListingEditor_listing on Listing {
    id
    slug
    kind
    status
    pendingStatus
    version
    anonymous
    viewerCanEdit
    contact {
      name
      email
      phone
    }
    reviews {
      decision
      reason
      brokerName
      createdAt
    }
    content {
      ...ListingEditor_content
    }
    pendingContent {
      ...ListingEditor_content
    }
  }
`);

const ReloadQuery = graphql(`
  query ListingEditor_reload($id: ID!) {
    listing(id: $id) {
      ...ListingEditor_listing
    }
  }
`);

const SubmitListingMutation = graphql(`
  mutation ListingEditor_submitListing($input: SubmitListingInput!) {
    submitListing(input: $input) {
      listing {
        id
        status
        pendingStatus
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type EditorListing = ListingEditor_ListingFragment;

/** The form's values for a saved listing: its pending changes when it has some. */
export function valuesOfListing(listing: EditorListing): ListingFormValues {
  return valuesFromContent(listing.pendingContent ?? listing.content, listing);
}

/** Statuses whose edits become pending changes while the published version stays public. */
const LIVE: EditorListing['status'][] = ['PUBLISHED', 'EXPIRED'];

/**
 * The guided listing form: seven steps, autosaved as a draft (created on the first save), previewed as
 * the public will see it, then sent to the department.
 */
export function ListingEditor({
  kind,
  onKindChange,
  listing,
  initialValues,
  sectors,
  provinces,
  step,
  onStepChange,
  onCreated,
  organization,
}: {
  kind: ListingKind;
  onKindChange: (kind: ListingKind) => void;
  listing: EditorListing | null;
  initialValues: ListingFormValues;
  sectors: readonly SectorOption[];
  provinces: readonly ProvinceOption[];
  step: number;
  onStepChange: (step: number) => void;
  onCreated: (listing: EditorListing) => void;
  organization: { name: string; verificationStatus: VerificationStatus } | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const notifyError = useNotifyError();
  const formatTime = useFormatTime();
  const wide = useMediaQuery('(min-width: 48em)');
  const [saved, setSaved] = useState<EditorListing | null>(listing);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [previewSaving, setPreviewSaving] = useState(false);
  const [submitAttempted, setSubmitAttempted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [submitListing] = useMutation(SubmitListingMutation);

  const form = useForm<ListingFormValues>({ initialValues });
  const baseline = useMemo(
    () => (listing ? contentInputOf(initialValues, kind) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- what the editor started from
    [],
  );

  /** Payload errors under the inputs they name; the rest above the form. */
  const applyErrors = useCallback(
    (errors: readonly PayloadError[]) => {
      if (errors.length === 0) {
        setFormError(t('listing.editor.saveFailed'));
        return;
      }
      const general: string[] = [];
      const values = form.getValues();
      for (const error of errors) {
        const field = error.field ? formFieldOf(error.field) : null;
        if (field && field.split('.')[0] in values) form.setFieldError(field, error.message);
        else general.push(error.message);
      }
      setFormError(general.length > 0 ? general.join(' ') : null);
    },
    [form, t],
  );

  const autosave = useListingAutosave({
    kind,
    listing,
    baseline,
    onSaved: (next) => {
      setSaved(next);
      setFormError(null);
    },
    onCreated,
    onErrors: applyErrors,
  });
  const { schedule, flush } = autosave;

  // Every change: live limit errors, then an autosave of what is valid.
  const { values } = form;
  useEffect(() => {
    const errors = limitErrors(values, t);
    for (const [field, message] of Object.entries(errors)) {
      if (message && form.errors[field] !== message) form.setFieldError(field, message);
    }
    schedule(Object.keys(errors).length > 0 ? null : contentInputOf(values, kind));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs on every change of the values
  }, [values, kind, schedule, t]);

  // Leaving the page with unsaved changes asks first.
  const status = autosave.state.status;
  useEffect(() => {
    if (!['pending', 'saving', 'invalid', 'error', 'conflict'].includes(status)) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status]);

  const stepErrors = useMemo(() => {
    const withErrors = new Set<number>();
    for (const [field, message] of Object.entries(form.errors)) {
      if (message) withErrors.add(stepOfField(field));
    }
    return withErrors;
  }, [form.errors]);

  const focusFirstError = (errors: FieldErrors) => {
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first)?.focus();
  };

  const goTo = async (next: number) => {
    if (next === step) return;
    if (next > step) {
      // Moving on: nothing over a limit here, and a title before the draft can exist.
      const errors = limitErrors(form.getValues(), t);
      const here = Object.fromEntries(
        Object.entries(errors).filter(([field]) => stepOfField(field) === step),
      );
      if (!saved && !form.getValues().title.trim()) {
        here.title = t('listing.validation.required', { field: t('listing.fields.title') });
      }
      if (Object.keys(here).length > 0) {
        form.setErrors({ ...form.errors, ...here });
        focusFirstError(here);
        return;
      }
    }
    onStepChange(next);
    requestAnimationFrame(() => headingRef.current?.focus());
    if (next === STEPS.length - 1) {
      setPreviewSaving(true);
      await flush(contentInputOf(form.getValues(), kind));
      setPreviewSaving(false);
    } else {
      void flush(contentInputOf(form.getValues(), kind));
    }
  };

  const reload = async () => {
    if (!saved) return;
    setReloading(true);
    try {
      const { data } = await client.query({
        query: ReloadQuery,
        variables: { id: saved.id },
        fetchPolicy: 'network-only',
      });
      const fresh = data.listing;
      if (!fresh) throw new Error('listing gone');
      const freshValues = valuesOfListing(fresh);
      form.setValues(freshValues);
      form.resetDirty(freshValues);
      form.clearErrors();
      autosave.reset(fresh, contentInputOf(freshValues, kind));
      setSaved(fresh);
      notifications.show({ color: 'blue', message: t('listing.editor.reloaded') });
    } catch (error) {
      notifyError(error);
    } finally {
      setReloading(false);
    }
  };

  const submit = async () => {
    const current = form.getValues();
    setSubmitAttempted(true);
    const problems = { ...missingErrors(current, kind, t), ...limitErrors(current, t) };
    if (Object.keys(problems).length > 0) {
      form.setErrors(problems);
      return;
    }
    setSubmitting(true);
    try {
      const result = await flush(contentInputOf(current, kind));
      if (result === 'conflict' || result === 'error' || result === 'invalid' || result === 'skipped') return;
      const id = saved?.id;
      if (!id) return;
      const { data } = await submitListing({ variables: { input: { listingId: id } } });
      const payload = data?.submitListing;
      if (!payload) return;
      if (payload.errors.length > 0 || !payload.listing) {
        applyErrors(payload.errors);
        return;
      }
      notifications.show({
        color: 'green',
        message: LIVE.includes(payload.listing.status)
          ? t('listing.editor.changesSubmitted')
          : t('listing.editor.submitted'),
      });
      await navigate('/tin-cua-toi');
    } catch (error) {
      if (errorKind(error) === 'CONFLICT') setFormError(t('listing.editor.conflict'));
      else notifyError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const live = saved ? LIVE.includes(saved.status) : false;
  const latestReview = saved?.reviews[0];
  const needsChanges =
    saved && (saved.status === 'CHANGES_REQUESTED' || saved.pendingStatus === 'CHANGES_REQUESTED');
  const awaitingReview = saved && (saved.status === 'SUBMITTED' || saved.pendingStatus === 'SUBMITTED');
  const last = STEPS.length - 1;
  // What stops a submission: the author's own gaps, and whatever the API said (field errors of a save
  // or of the last attempt to submit).
  const problems: FieldErrors =
    step === last
      ? {
          ...(Object.fromEntries(
            Object.entries(form.errors).filter(([, message]) => typeof message === 'string'),
          ) as FieldErrors),
          ...missingErrors(values, kind, t),
          ...limitErrors(values, t),
        }
      : {};
  const canSelectSteps = saved !== null || values.title.trim() !== '';

  return (
    <Stack gap="lg">
      {organization && organization.verificationStatus !== 'VERIFIED' && (
        <Alert color="orange" variant="light" icon={<IconClockHour4 aria-hidden />}>
          {t('listing.editor.organizationUnverified', { name: organization.name })}
        </Alert>
      )}
      {live && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('listing.editor.liveNotice')}
        </Alert>
      )}
      {awaitingReview && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('listing.editor.awaitingReview')}
        </Alert>
      )}
      {needsChanges && latestReview && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('listing.editor.changesRequested', { name: latestReview.brokerName })}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {latestReview.reason}
          </Text>
        </Alert>
      )}
      {status === 'conflict' && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('listing.editor.conflictTitle')}
          role="alert"
        >
          <Stack gap="sm">
            <Text size="sm">{t('listing.editor.conflict')}</Text>
            <Group>
              <Button
                color="red.9"
                leftSection={<IconRefresh size={18} aria-hidden />}
                loading={reloading}
                onClick={() => void reload()}
              >
                {t('listing.editor.reload')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
        <Stepper
          active={step}
          onStepClick={(index) => void goTo(index)}
          allowNextStepsSelect={canSelectSteps}
          size="sm"
          iconSize={wide ? 34 : 28}
          wrap={false}
          styles={{
            steps: { overflowX: 'auto', paddingBottom: 2 },
            // Seven steps fit a phone's width when the separators shrink.
            separator: wide ? undefined : { marginInline: 4, minWidth: 6 },
          }}
        >
          {STEPS.map((definition, index) => {
            const label = t(`listing.editor.steps.${definition.key}`);
            const hasError = stepErrors.has(index);
            return (
              <Stepper.Step
                key={definition.key}
                label={wide ? label : undefined}
                aria-label={
                  wide ? undefined : t('listing.editor.stepLabel', { step: index + 1, name: label })
                }
                color={hasError ? 'red.9' : undefined}
                completedIcon={
                  hasError ? <IconAlertTriangle size={16} aria-hidden /> : <IconCheck size={16} aria-hidden />
                }
                allowStepSelect={canSelectSteps}
              />
            );
          })}
        </Stepper>
      </Paper>

      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'xl' }}
        component="section"
        aria-labelledby="listing-step-title"
      >
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Title order={2} fz={{ base: 20, sm: 22 }} id="listing-step-title" ref={headingRef} tabIndex={-1}>
              {t('listing.editor.stepTitle', {
                step: step + 1,
                count: STEPS.length,
                name: t(`listing.editor.steps.${STEPS[step].key}`),
              })}
            </Title>
            <SaveIndicator status={status} savedAt={autosave.state.savedAt} formatTime={formatTime} />
          </Group>
          <FormAlert message={formError} />

          {step === 0 && <BasicsStep form={form} kind={kind} onKindChange={saved ? null : onKindChange} />}
          {step === 1 && <ClassificationStep form={form} kind={kind} sectors={sectors} />}
          {step === 2 && <DetailsStep form={form} kind={kind} />}
          {step === 3 && <CommercialStep form={form} kind={kind} provinces={provinces} />}
          {step === 4 && <ConfidentialStep form={form} />}
          {step === 5 && <FilesStep form={form} />}
          {step === last && (
            <PreviewStep
              listing={saved}
              problems={problems}
              announce={submitAttempted}
              saving={previewSaving}
              onGoTo={(index) => void goTo(index)}
            />
          )}

          <Group justify="space-between" gap="sm">
            {step > 0 ? (
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={18} aria-hidden />}
                onClick={() => void goTo(step - 1)}
              >
                {t('listing.editor.back')}
              </Button>
            ) : (
              <span />
            )}
            {step < last ? (
              <Button
                rightSection={<IconArrowRight size={18} aria-hidden />}
                onClick={() => void goTo(step + 1)}
              >
                {t('common.continue')}
              </Button>
            ) : (
              <Button
                size="md"
                leftSection={<IconSend size={18} aria-hidden />}
                loading={submitting}
                disabled={status === 'conflict' || awaitingReview === true}
                onClick={() => void submit()}
              >
                {live ? t('listing.editor.submitChanges') : t('listing.editor.submit')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** "Đã lưu lúc 14:05", "Đang lưu…", or why nothing was saved; announced politely. */
function SaveIndicator({
  status,
  savedAt,
  formatTime,
}: {
  status: SaveStatus;
  savedAt: Date | null;
  formatTime: (date: Date) => string;
}) {
  const { t } = useTranslation();
  const text = {
    idle: t('listing.editor.save.idle'),
    pending: t('listing.editor.save.pending'),
    saving: t('listing.editor.save.saving'),
    saved: savedAt
      ? t('listing.editor.save.savedAt', { time: formatTime(savedAt) })
      : t('listing.editor.save.saved'),
    invalid: t('listing.editor.save.invalid'),
    error: t('listing.editor.save.error'),
    conflict: t('listing.editor.save.conflict'),
  }[status];
  const color = status === 'error' || status === 'conflict' || status === 'invalid' ? 'red.9' : 'gray.7';
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite">
      {status === 'saving' ? (
        <Loader size={14} aria-hidden />
      ) : status === 'saved' ? (
        <IconCloudCheck size={18} aria-hidden color="var(--mantine-color-green-9)" />
      ) : null}
      <Text size="sm" c={color} fw={500}>
        {text}
      </Text>
    </Group>
  );
}
