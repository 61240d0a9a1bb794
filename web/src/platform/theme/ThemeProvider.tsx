import { MantineProvider, mergeThemeOverrides, Modal, Notification } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

/** Mantine with our theme, and close buttons (dialogs, toasts) named in the current language. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const localized = useMemo(() => {
    const closeButtonProps = { 'aria-label': t('common.close') };
    return mergeThemeOverrides(theme, {
      components: {
        Modal: Modal.extend({
          defaultProps: { closeButtonProps },
          styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
        }),
        Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
      },
    });
  }, [t]);

  return (
    <MantineProvider theme={localized} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" zIndex={1000} />
      {children}
    </MantineProvider>
  );
}
