import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../platform/components/Section';
import { useSignOut } from '../hooks/useSignOut';

export function SessionsSection() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { signOut, loading } = useSignOut();

  return (
    <Section
      title={t('account.account.sessions.title')}
      description={t('account.account.sessions.description')}
    >
      <Group>
        <Button
          color="red"
          variant="outline"
          leftSection={<IconLogout size={18} aria-hidden />}
          onClick={open}
        >
          {t('account.account.sessions.signOutEverywhere')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title={t('account.account.sessions.confirmTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('account.account.sessions.confirmText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void signOut(true)}>
              {t('account.account.sessions.signOutEverywhere')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}
