import { useApolloClient } from '@apollo/client';
import { Button, Menu } from '@mantine/core';
import { IconCheck, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../i18n';
import { currentLanguage, LANGUAGES } from '../i18n';

/** Switches the interface language (remembered in localStorage) and refetches localized server data. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const language = currentLanguage();

  const choose = async (next: AppLanguage) => {
    if (next === language) return;
    await i18n.changeLanguage(next);
    // Province names, the site's names and server messages come in the caller's language.
    await client.refetchQueries({ include: 'active' });
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          c="gray.8"
          px={8}
          leftSection={<IconWorld size={18} aria-hidden />}
          aria-label={`${t('layout.language.label')}: ${language.toUpperCase()} (${t(`layout.language.${language}`)})`}
        >
          {language.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('layout.language.label')}</Menu.Label>
        {LANGUAGES.map((lng) => (
          <Menu.Item
            key={lng}
            lang={lng}
            onClick={() => void choose(lng)}
            rightSection={lng === language ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={lng === language ? 'true' : undefined}
          >
            {t(`layout.language.${lng}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
