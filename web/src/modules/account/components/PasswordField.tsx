import type { PasswordInputProps } from '@mantine/core';
import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A password input whose show/hide toggle has an accessible name. */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      withAsterisk
      {...props}
      visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
    />
  );
}
