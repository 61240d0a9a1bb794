import { AspectRatio, Anchor, Badge, Box, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity, IconMapPin, IconPhoto } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { SearchHitCard_HitFragment } from '../../../generated/graphql';
import { Highlighted } from '../../../platform/components/Highlighted';
import { useFormatDate } from '../../../platform/format';
import {
  AnonymousBadge,
  KindBadge,
  useMaturityLabel,
  VerifiedIpBadge,
} from '../../listing/components/ListingBadges';
import { useFormatPrice } from '../../listing/hooks/useFormatPrice';
import { listingPath } from '../../listing/model';
import classes from './SearchHitCard.module.css';

graphql(`
  fragment SearchHitCard_hit on SearchHit {
    titleHighlight
    snippet
    card {
      id
      slug
      kind
      organizationName
      confirmedAt
      trl
      maturityStage
      priceNegotiable
      priceMin
      priceMax
      ipVerified
      coverThumbnailUrl
      province {
        code
        name
      }
    }
  }
`);

/**
 * One result: highlighted title and snippet, who offers it, maturity, price and freshness. Memoized: a
 * hit from Apollo's cache keeps its identity, so the page re-rendering (filters, paging) keeps its cards.
 */
export const SearchHitCard = memo(function SearchHitCard({ hit }: { hit: SearchHitCard_HitFragment }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatPrice = useFormatPrice();
  const { card } = hit;
  const maturity = useMaturityLabel()(card.trl, card.maturityStage);

  return (
    <Paper component="article" withBorder radius="md" className={classes.card}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Box className={classes.cover} visibleFrom="xs">
          <AspectRatio ratio={4 / 3} bg="gray.1" style={{ borderRadius: 6, overflow: 'hidden' }}>
            {card.coverThumbnailUrl ? (
              <Image src={card.coverThumbnailUrl} alt="" fit="cover" />
            ) : (
              <Box style={{ display: 'grid', placeItems: 'center' }} c="gray.5" aria-hidden>
                <IconPhoto size={28} />
              </Box>
            )}
          </AspectRatio>
        </Box>
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6}>
            <KindBadge kind={card.kind} size="sm" />
            {maturity && (
              <Badge variant="light" color="gray" c="gray.9" radius="sm" size="sm">
                {maturity}
              </Badge>
            )}
            {card.ipVerified && <VerifiedIpBadge size="sm" long />}
          </Group>
          <Anchor
            component={Link}
            to={listingPath(card.slug)}
            fw={700}
            className={`tb-highlight ${classes.title}`}
          >
            <Highlighted html={hit.titleHighlight} />
          </Anchor>
          {hit.snippet && (
            <Highlighted
              component="p"
              html={hit.snippet}
              className="tb-highlight"
              c="gray.8"
              fz="sm"
              m={0}
              lh={1.55}
              style={{ overflowWrap: 'anywhere' }}
            />
          )}
          <Group gap={4} mt={2} style={{ columnGap: 16 }}>
            {card.organizationName != null ? (
              <Group gap={4} wrap="nowrap">
                <IconBuildingCommunity size={16} aria-hidden />
                <Text size="sm" fw={600} c="gray.8">
                  {card.organizationName}
                </Text>
              </Group>
            ) : (
              <AnonymousBadge size="sm" />
            )}
            {card.province && (
              <Group gap={4} wrap="nowrap">
                <IconMapPin size={16} aria-hidden />
                <Text size="sm" c="gray.8">
                  {card.province.name}
                </Text>
              </Group>
            )}
            <Text size="sm" fw={700} c="brand.9">
              {formatPrice(card)}
            </Text>
          </Group>
          <Text size="xs" c="gray.7">
            {t('search.hit.lastConfirmed', { date: formatDate(card.confirmedAt) })}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
});
