import { ApolloError } from '@apollo/client';
import { Alert, Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { signInPath } from './next';

/** What went wrong, as far as the person using the app is concerned. */
export type ErrorKind =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'NETWORK' | 'UNKNOWN';

const KNOWN_CODES = new Set<ErrorKind>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
]);
const STATUS_KINDS: Record<number, ErrorKind> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

function codeOf(value: unknown): ErrorKind | null {
  return typeof value === 'string' && KNOWN_CODES.has(value as ErrorKind) ? (value as ErrorKind) : null;
}

/**
 * Classifies an error from Apollo: GraphQL errors by `extensions.code` (UNAUTHENTICATED, FORBIDDEN,
 * NOT_FOUND, CONFLICT), HTTP errors by status, anything unreachable as NETWORK.
 */
export function errorKind(error: unknown): ErrorKind {
  if (!(error instanceof ApolloError)) return 'UNKNOWN';
  for (const graphQLError of error.graphQLErrors) {
    const code = codeOf(graphQLError.extensions?.code);
    if (code) return code;
  }
  const network = error.networkError as
    (Error & { statusCode?: number; result?: { errors?: { extensions?: { code?: unknown } }[] } }) | null;
  if (network) {
    const resultErrors = typeof network.result === 'object' ? (network.result?.errors ?? []) : [];
    for (const graphQLError of resultErrors) {
      const code = codeOf(graphQLError.extensions?.code);
      if (code) return code;
    }
    if (network.statusCode) return STATUS_KINDS[network.statusCode] ?? 'UNKNOWN';
    return 'NETWORK';
  }
  return 'UNKNOWN';
}

/** A friendly, localized explanation of an error, with a sign-in link when signing in would help. */
export function ErrorAlert({ error, kind }: { error?: unknown; kind?: ErrorKind }) {
  const { t } = useTranslation();
  const location = useLocation();
  const resolved = kind ?? errorKind(error);
  return (
    <Alert
      color="red"
      variant="light"
      title={t('errors.title')}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
    >
      <Text size="sm">{t(`errors.${resolved}`)}</Text>
      {resolved === 'UNAUTHENTICATED' && (
        <Anchor component={Link} to={signInPath(location.pathname + location.search)} size="sm" fw={600}>
          {t('errors.signInLink')}
        </Anchor>
      )}
    </Alert>
  );
}

/** Shows an error as a toast; for mutations, whose failures are not part of the page. */
export function useNotifyError() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const kind = errorKind(error);
      if (kind === 'UNKNOWN') console.error(error);
      notifications.show({ color: 'red', title: t('errors.title'), message: t(`errors.${kind}`) });
    },
    [t],
  );
}
