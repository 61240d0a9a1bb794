import { Container, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSite } from '../site';

export function Footer() {
  const { t } = useTranslation();
  const { site } = useSite();
  const department = site?.departmentName ?? '';
  return (
    <footer style={{ background: 'var(--mantine-color-brand-9)', color: '#fff' }}>
      <Container size="lg" py="xl" px={{ base: 'md', sm: 'lg' }}>
        <Group align="flex-start" gap="lg" wrap="nowrap">
          <Image src={site?.logoUrl ?? '/logo.svg'} alt="" w={48} h={48} fit="contain" visibleFrom="xs" />
          <Stack gap={6}>
            <Text fw={700} size="lg">
              {site?.exchangeName}
            </Text>
            <Text size="sm">{t('layout.footer.operatedBy', { department })}</Text>
            {site && <Text size="sm">{site.province.name}</Text>}
            <Text size="sm" maw={640}>
              {t('layout.footer.about')}
            </Text>
            <Text size="xs" mt="sm">
              {t('layout.footer.copyright', { year: new Date().getFullYear(), department })}
            </Text>
          </Stack>
        </Group>
      </Container>
    </footer>
  );
}
