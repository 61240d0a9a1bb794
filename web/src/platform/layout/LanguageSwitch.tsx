import { useApolloClient } from '@apollo/client';
import { Button } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';

/**
 * Switches the interface to the other language (remembered in localStorage) and refetches localized
 * server data. With two languages one button says where it leads, in that language ("English" /
 * "Tiếng Việt"); a menu would cost every page its popover code before the first result shows.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const other = currentLanguage() === 'vi' ? 'en' : 'vi';

  const switchLanguage = async () => {
    await changeLanguage(other);
    // Province names, the site's names and server messages come in the caller's language.
    await client.refetchQueries({ include: 'active' });
  };

  return (
    <Button
      variant="subtle"
      color="gray"
      c="gray.8"
      px={8}
      leftSection={<IconWorld size={18} aria-hidden />}
      lang={other}
      onClick={() => void switchLanguage()}
    >
      {t(`layout.language.${other}`)}
    </Button>
  );
}
