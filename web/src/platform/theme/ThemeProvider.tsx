import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

const ToastList = lazy(async () => ({ default: (await import('./ToastList')).ToastList }));

/**
 * Where toasts appear. Its code (and the transitions it needs) is fetched with the first toast: pages
 * show none when they open. `notifications.show()` before that is kept in the store and shown then.
 */
function Toasts() {
  const { notifications } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length > 0) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <ToastList />
    </Suspense>
  ) : null;
}

/** Mantine with our theme, and close buttons (dialogs, toasts) named in the current language. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const localized = useMemo(() => {
    const closeButtonProps = { 'aria-label': t('common.close') };
    // Plain objects, not `Modal.extend(…)`: that would put the dialog's code into every page's first chunk.
    return mergeThemeOverrides(theme, {
      components: {
        Modal: {
          defaultProps: { closeButtonProps },
          styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
        },
        Notification: { defaultProps: { closeButtonProps } },
      },
    });
  }, [t]);

  return (
    <MantineProvider theme={localized} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Toasts />
      {children}
    </MantineProvider>
  );
}
