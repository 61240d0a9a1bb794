import { Alert, Button, Container, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../../modules/home/pages/NotFoundPage';

/** Shown when rendering a page threw: a calm message and a way out, never a blank screen. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('errors.routeError')}
          role="alert"
        >
          {t('errors.UNKNOWN')}
        </Alert>
        <div>
          <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
        </div>
      </Stack>
    </Container>
  );
}
