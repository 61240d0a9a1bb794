import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewDecision } from '../../../generated/graphql';
import { useFormatDate } from '../../../platform/format';

export interface ListedReview {
  decision: ReviewDecision;
  reason: string;
  brokerName: string;
  createdAt: string;
}

const COLORS: Record<ReviewDecision, string> = {
  PUBLISHED: 'green',
  CHANGES_REQUESTED: 'orange',
  REJECTED: 'red',
};

/** The department's decisions on a listing, newest first, each with the reason the owner sees. */
export function ReviewHistory({ reviews }: { reviews: readonly ListedReview[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  if (reviews.length === 0) return <Text c="gray.7">{t('listing.reviews.none')}</Text>;
  return (
    <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {reviews.map((review, index) => (
        <Paper key={`${review.createdAt}-${index}`} component="li" withBorder radius="md" p="sm">
          <Group gap="xs" justify="space-between">
            <Badge color={COLORS[review.decision]} variant="light" radius="sm">
              {t(`enums.reviewDecision.${review.decision}`)}
            </Badge>
            <Text size="sm" c="gray.7">
              {t('listing.reviews.by', { name: review.brokerName, date: formatDate(review.createdAt, true) })}
            </Text>
          </Group>
          <Text mt={6} style={{ whiteSpace: 'pre-line' }}>
            {review.reason}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
