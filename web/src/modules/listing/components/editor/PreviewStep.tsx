import { Alert, Anchor, Box, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ListingEditor_ListingFragment } from '../../../../generated/graphql';
import { PageLoader } from '../../../../platform/components/Page';
import { useFormatDate } from '../../../../platform/format';
import { AnonymousBadge, KindBadge, useMaturityLabel } from '../ListingBadges';
import { ListingBody, ListingFacts } from '../ListingContentView';
import type { FieldErrors } from './formModel';
import { STEPS, stepOfField } from './formModel';

/**
 * Step 7: what the department will review, as the public page shows it (from the saved draft), and what
 * is still missing, each linked to its step.
 */
export function PreviewStep({
  listing,
  problems,
  announce,
  saving,
  onGoTo,
}: {
  listing: ListingEditor_ListingFragment | null;
  problems: FieldErrors;
  /** After an attempt to submit: the list is announced as an alert. */
  announce: boolean;
  saving: boolean;
  onGoTo: (step: number) => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const maturity = useMaturityLabel();
  const entries = Object.entries(problems).filter((entry): entry is [string, string] => !!entry[1]);

  return (
    <Stack gap="lg">
      {entries.length > 0 ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('listing.editor.missingTitle')}
          role={announce ? 'alert' : undefined}
        >
          <List size="sm" spacing={4}>
            {entries.map(([field, message]) => {
              const step = stepOfField(field);
              return (
                <List.Item key={field}>
                  {message} —{' '}
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={600}
                    ta="left"
                    style={{ display: 'inline' }}
                    onClick={() => onGoTo(step)}
                  >
                    {t('listing.editor.goToStep', {
                      step: step + 1,
                      name: t(`listing.editor.steps.${STEPS[step].key}`),
                    })}
                  </Anchor>
                </List.Item>
              );
            })}
          </List>
        </Alert>
      ) : (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
          {t('listing.editor.readyToSubmit')}
        </Alert>
      )}

      {saving || !listing ? (
        <PageLoader />
      ) : (
        <PreviewOf listing={listing} formatDate={formatDate} maturity={maturity} />
      )}
    </Stack>
  );
}

function PreviewOf({
  listing,
  formatDate,
  maturity,
}: {
  listing: ListingEditor_ListingFragment;
  formatDate: (iso: string) => string;
  maturity: ReturnType<typeof useMaturityLabel>;
}) {
  const { t } = useTranslation();
  const content = listing.pendingContent ?? listing.content;
  const maturityText = maturity(content.trl, content.maturityStage);
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'lg' }}
      bg="gray.0"
      component="section"
      aria-labelledby="listing-preview"
    >
      <Text size="sm" fw={700} c="gray.7" tt="uppercase" id="listing-preview">
        {t('listing.editor.previewTitle')}
      </Text>
      <Title order={3} fz={{ base: 22, sm: 26 }} mt={4}>
        {content.title}
      </Title>
      <Group gap="xs" mt="xs">
        <KindBadge kind={listing.kind} />
        {maturityText && (
          <Text size="sm" fw={600} c="gray.8">
            {maturityText}
          </Text>
        )}
        {listing.anonymous && <AnonymousBadge />}
      </Group>
      {content.summary && (
        <Text mt="sm" c="gray.8" style={{ whiteSpace: 'pre-line' }}>
          {content.summary}
        </Text>
      )}
      <Grid gutter="lg" mt="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ListingBody content={content} kind={listing.kind} headingOrder={3} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Box bg="white" p="md" style={{ borderRadius: 8, border: '1px solid var(--mantine-color-gray-3)' }}>
            <ListingFacts content={content} kind={listing.kind} formatDate={formatDate} />
          </Box>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
