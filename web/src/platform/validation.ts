import type { TFunction } from 'i18next';
import { z } from 'zod';

/**
 * Client-side checks mirroring the server's (the server stays the authority and answers with field
 * errors of its own). Messages in the current language.
 */
export function requiredText(t: TFunction, max?: number) {
  const text = z
    .string()
    .trim()
    .min(1, { error: t('validation.required') });
  return max ? text.max(max, { error: t('validation.maxLength', { max }) }) : text;
}

export function optionalText(t: TFunction, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: t('validation.maxLength', { max }) });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailField(t: TFunction) {
  return z
    .string()
    .trim()
    .min(1, { error: t('validation.required') })
    .max(254, { error: t('validation.maxLength', { max: 254 }) })
    .regex(EMAIL, { error: t('validation.email') });
}

export const PASSWORD_MIN_LENGTH = 10;

export function passwordField(t: TFunction) {
  return z
    .string()
    .min(1, { error: t('validation.required') })
    .min(PASSWORD_MIN_LENGTH, { error: t('validation.minLength', { min: PASSWORD_MIN_LENGTH }) });
}

export function websiteField(t: TFunction, max = 500) {
  return z
    .string()
    .trim()
    .max(max, { error: t('validation.maxLength', { max }) })
    .regex(/^(https?:\/\/\S+)?$/i, { error: t('validation.url') });
}
