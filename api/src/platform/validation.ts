import { z } from 'zod';
import type { T } from './i18n';

/** A user-fixable problem with one input field, in the caller's language. */
export interface InputError<C extends string = string> {
  field: string | null;
  code: C;
  message: string;
}

export type Validated<O> =
  { ok: true; data: O } | { ok: false; errors: InputError<'REQUIRED' | 'INVALID' | 'LENGTH'>[] };

/** Trims, and treats an all-blank string as missing. */
export const trimmed = (max: number) => z.string().trim().max(max);
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
export const email = () => z.string().trim().toLowerCase().min(1).max(320).pipe(z.email());

/**
 * Characters no text may hold: NUL (PostgreSQL cannot store it in text or jsonb) and UTF-16 surrogates that
 * are not part of a pair (broken Unicode: jsonb refuses them, text would silently turn them into U+FFFD).
 */
// A control character is exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasUnstorableCharacters = (s: string) => UNSTORABLE.test(s);

/** The top-level fields of `input` holding, at any depth, a string with unstorable characters. */
function fieldsWithUnstorableText(input: unknown): string[] {
  const found = (value: unknown, depth: number): boolean => {
    if (typeof value === 'string') return hasUnstorableCharacters(value);
    if (depth > 10 || value === null || typeof value !== 'object') return false;
    return Object.values(value as object).some((v) => found(v, depth + 1));
  };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [];
  return Object.entries(input as object)
    .filter(([, v]) => found(v, 0))
    .map(([k]) => k);
}

/**
 * Parses `input` with a zod schema and turns every issue into an error naming the field
 * with a message in the caller's language (REQUIRED, INVALID or LENGTH). A field holding a NUL character or
 * broken Unicode anywhere in it is INVALID (UNSTORABLE_TEXT) whatever its schema says, so that no service
 * hands such text to the database.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, t: T): Validated<z.output<S>> {
  const seen = new Set<string>();
  const errors: InputError<'REQUIRED' | 'INVALID' | 'LENGTH'>[] = [];
  for (const field of fieldsWithUnstorableText(input)) {
    seen.add(field);
    errors.push({
      field,
      code: 'INVALID',
      message: t('errors.UNSTORABLE_TEXT', { field: t(`fields.${field}`, { defaultValue: field }) }),
    });
  }
  const parsed = schema.safeParse(input);
  if (parsed.success && !errors.length) return { ok: true, data: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : null;
    const key = field ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    const label = field ? t(`fields.${field}`, { defaultValue: field }) : '';
    if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) {
      errors.push({ field, code: 'REQUIRED', message: t('errors.REQUIRED', { field: label }) });
    } else if (issue.code === 'too_small' && issue.origin === 'string') {
      errors.push({
        field,
        code: 'LENGTH',
        message: t('errors.LENGTH_MIN', { field: label, min: issue.minimum }),
      });
    } else if (issue.code === 'too_big' && issue.origin === 'string') {
      errors.push({
        field,
        code: 'LENGTH',
        message: t('errors.LENGTH_MAX', { field: label, max: issue.maximum }),
      });
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      errors.push({ field, code: 'REQUIRED', message: t('errors.REQUIRED', { field: label }) });
    } else {
      errors.push({ field, code: 'INVALID', message: t('errors.INVALID', { field: label }) });
    }
  }
  return { ok: false, errors };
}

/** One error for one field, with a catalogue message. */
export function fieldError<C extends string>(
  t: T,
  field: string | null,
  code: C,
  messageKey: string = code,
  vars = {},
) {
  return {
    field,
    code,
    message: t(`errors.${messageKey}`, {
      field: field ? t(`fields.${field}`, { defaultValue: field }) : '',
      ...vars,
    }),
  } satisfies InputError<C>;
}
