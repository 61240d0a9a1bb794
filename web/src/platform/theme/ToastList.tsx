import { Notifications } from '@mantine/notifications';

/** Where toasts appear: its own chunk, fetched with the first toast (ThemeProvider). */
export function ToastList() {
  return <Notifications position="top-right" zIndex={1000} />;
}
