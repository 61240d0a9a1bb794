import { useQuery } from '@apollo/client';
import {
  Anchor,
  Box,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { IconBuildingFactory2, IconBuildingBank, IconFlask, IconShieldCheck } from '@tabler/icons-react';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '../../../platform/components/Page';
import { usePageTitle, useSite } from '../../../platform/site';
import { useViewer } from '../../account/hooks/useViewer';
import { SearchForm } from '../../search/components/SearchForm';
import { SectorLinks, SectorLinksQuery } from '../../search/components/SectorLinks';
import { searchUrl } from '../../search/hooks/useSearchState';
import classes from './HomePage.module.css';

function Audience({ icon: IconComponent, title, text }: { icon: Icon; title: string; text: string }) {
  return (
    <Paper withBorder radius="md" p="lg" h="100%">
      <ThemeIcon size={48} radius="md" variant="light" aria-hidden>
        <IconComponent size={28} />
      </ThemeIcon>
      <Title order={3} fz={18} mt="md">
        {title}
      </Title>
      <Text mt={6} c="gray.8">
        {text}
      </Text>
    </Paper>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { site, loading: siteLoading } = useSite();
  const { viewer, loading } = useViewer();
  const sectors = useQuery(SectorLinksQuery);
  const navigate = useNavigate();
  usePageTitle(t('home.title'));
  const department = site?.departmentName ?? '';
  const steps = (['one', 'two', 'three', 'four'] as const).map((key) => ({
    title: t(`home.steps.${key}.title`),
    text: t(`home.steps.${key}.text`),
  }));

  // The hero's title, its buttons and the sectors depend on these: the page shows once they are all in,
  // rather than growing (and moving what is below) as each arrives; and it is rendered at low priority,
  // in slices that leave the browser responsive, not in one long task when the last answer comes.
  const ready = useDeferredValue(!((siteLoading && !site) || loading || (sectors.loading && !sectors.data)));
  if (!ready) return <PageLoader />;

  return (
    <>
      <Box className={classes.hero}>
        <Container size="lg" py={{ base: 40, sm: 72 }} px={{ base: 'md', sm: 'lg' }}>
          <Stack gap="md" maw={760}>
            <Text className={classes.eyebrow}>{t('home.hero.eyebrow')}</Text>
            <Title order={1} className={classes.title}>
              {site?.exchangeName ?? ''}
            </Title>
            <Text className={classes.lead}>{t('home.hero.lead', { department })}</Text>
            <Box className={classes.search} mt="xs">
              <SearchForm
                size="lg"
                id="home-search"
                onDark
                onSearch={(q) => void navigate(searchUrl({ q }))}
              />
            </Box>
            {!loading && (
              <Group gap="sm" mt="sm">
                {viewer ? (
                  <>
                    <Text className={classes.lead} w="100%">
                      {t('home.hero.greeting', { name: viewer.displayName })}
                    </Text>
                    {viewer.memberships.length === 0 ? (
                      <Button component={Link} to="/organizations/new" size="md" variant="white">
                        {t('home.hero.createOrganization')}
                      </Button>
                    ) : (
                      <Button component={Link} to="/organization" size="md" variant="white">
                        {t('home.hero.myOrganization')}
                      </Button>
                    )}
                  </>
                ) : (
                  <>
                    <Button component={Link} to="/register" size="md" variant="white">
                      {t('home.hero.register')}
                    </Button>
                    <Button
                      component={Link}
                      to="/sign-in"
                      size="md"
                      variant="outline"
                      className={classes.outline}
                    >
                      {t('home.hero.signIn')}
                    </Button>
                  </>
                )}
              </Group>
            )}
          </Stack>
        </Container>
      </Box>

      <Container size="lg" py="xl" px={{ base: 'md', sm: 'lg' }}>
        <Stack gap="xl">
          <section aria-labelledby="home-sectors">
            <Group justify="space-between" align="baseline" mb="md">
              <Title order={2} id="home-sectors" fz={24}>
                {t('search.home.sectorsTitle')}
              </Title>
              <Anchor component={Link} to="/tim-kiem" fw={600}>
                {t('search.home.browseAll')}
              </Anchor>
            </Group>
            <SectorLinks />
          </section>

          <section aria-labelledby="home-audiences">
            <Title order={2} id="home-audiences" fz={24} mb="md">
              {t('home.audiences.title')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Audience
                icon={IconBuildingFactory2}
                title={t('home.audiences.business.title')}
                text={t('home.audiences.business.text')}
              />
              <Audience
                icon={IconFlask}
                title={t('home.audiences.research.title')}
                text={t('home.audiences.research.text')}
              />
              <Audience
                icon={IconBuildingBank}
                title={t('home.audiences.department.title')}
                text={t('home.audiences.department.text')}
              />
            </SimpleGrid>
          </section>

          <section aria-labelledby="home-steps">
            <Title order={2} id="home-steps" fz={24} mb="md">
              {t('home.steps.title')}
            </Title>
            <SimpleGrid
              cols={{ base: 1, xs: 2, md: 4 }}
              spacing="md"
              component="ol"
              className={classes.steps}
            >
              {steps.map((step, index) => (
                <Paper component="li" key={step.title} withBorder radius="md" p="md">
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <ThemeIcon size={32} radius="xl" aria-hidden>
                      {index + 1}
                    </ThemeIcon>
                    <div>
                      <Text fw={700}>{step.title}</Text>
                      <Text size="sm" c="gray.8" mt={4}>
                        {step.text}
                      </Text>
                    </div>
                  </Group>
                </Paper>
              ))}
            </SimpleGrid>
          </section>

          <Paper
            radius="md"
            p="lg"
            className={classes.trust}
            component="section"
            aria-labelledby="home-trust"
          >
            <Group wrap="nowrap" align="flex-start" gap="md">
              <IconShieldCheck
                size={40}
                aria-hidden
                style={{ flexShrink: 0 }}
                color="var(--mantine-color-brand-8)"
              />
              <div>
                <Title order={2} id="home-trust" fz={20}>
                  {t('home.trust.title')}
                </Title>
                <Text mt={6}>{t('home.trust.text')}</Text>
              </div>
            </Group>
          </Paper>
        </Stack>
      </Container>
    </>
  );
}
