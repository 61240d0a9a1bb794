import { Alert, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** An error from a mutation payload: `field` names an input field, or is null for the whole input. */
export interface PayloadError {
  field?: string | null;
  message: string;
}

/**
 * Puts each payload error under the input it names (messages are already in the caller's language) and
 * returns what concerns the whole form, or no input on it, for a form-level alert.
 */
export function applyPayloadErrors<Values extends object>(
  form: UseFormReturnType<Values>,
  errors: readonly PayloadError[],
): string | null {
  const values = form.getValues() as Record<string, unknown>;
  const fieldErrors: Record<string, string> = {};
  const formLevel: string[] = [];
  for (const error of errors) {
    const field = error.field?.replace(/^input\./, '');
    if (field && field in values) {
      fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${error.message}` : error.message;
    } else {
      formLevel.push(error.message);
    }
  }
  form.setErrors(fieldErrors);
  focusFirstError(form, fieldErrors);
  return formLevel.length > 0 ? formLevel.join(' ') : null;
}

/** Moves keyboard focus to the first input with an error, so the error is read out. */
export function focusFirstError<Values extends object>(
  form: UseFormReturnType<Values>,
  errors: Record<string, unknown>,
) {
  const first = Object.keys(form.getValues() as Record<string, unknown>).find((key) => errors[key]);
  if (first) form.getInputNode(first)?.focus();
}

/** An error about the whole form, announced to screen readers. */
export function FormAlert({ message }: { message: string | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={t('errors.title')}
      role="alert"
    >
      {message}
    </Alert>
  );
}

/** Live "12/120 characters" under an input with a length limit; red once over the limit. */
export function CharCount({ value, max }: { value: string; max: number }) {
  const { t } = useTranslation();
  const over = value.length > max;
  return (
    <Text component="span" size="xs" c={over ? 'red.9' : 'dimmed'} fw={over ? 700 : undefined}>
      {t('common.charCount', { count: value.length, max })}
    </Text>
  );
}
