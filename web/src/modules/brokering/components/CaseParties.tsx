import { Anchor, Group, Rating, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CasePage_CaseFragment } from '../../../generated/graphql';
import { Section } from '../../../platform/components/Section';
import { useFormatDate } from '../../../platform/format';
import { KindBadge } from '../../listing/components/ListingBadges';
import { listingPath } from '../../listing/model';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="gray.7" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/** Who is in the dossier: the requester, the counterparts introduced, the listing, the broker in charge. */
export function CaseParties({ kase }: { kase: CasePage_CaseFragment }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Section title={t('brokering.parties.title')}>
      <Stack gap="sm">
        <Fact label={t('brokering.parties.requester')}>
          <Anchor component={Link} to={`/organizations/${kase.requester.id}`} fw={600}>
            {kase.requester.name}
          </Anchor>
          <Text size="sm" c="gray.7">
            {t(`enums.organizationType.${kase.requester.type}`)} · {kase.requester.province.name}
          </Text>
        </Fact>
        {kase.listing && (
          <Fact label={t('brokering.parties.listing')}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <KindBadge kind={kase.listing.kind} size="sm" mt={3} style={{ flexShrink: 0 }} />
              <Anchor
                component={Link}
                to={listingPath(kase.listing.slug)}
                fw={600}
                style={{ wordBreak: 'break-word' }}
              >
                {kase.listing.content.title}
              </Anchor>
            </Group>
          </Fact>
        )}
        <Fact label={t('brokering.parties.counterparts')}>
          {kase.counterparts.length === 0 ? (
            <Text size="sm" c="gray.7">
              {t('brokering.parties.noCounterparts')}
            </Text>
          ) : (
            <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {kase.counterparts.map((organization) => (
                <li key={organization.id}>
                  <Anchor component={Link} to={`/organizations/${organization.id}`} fw={600}>
                    {organization.name}
                  </Anchor>
                </li>
              ))}
            </Stack>
          )}
        </Fact>
        <Fact label={t('brokering.parties.assignee')}>
          <Text size="sm">{kase.assignee?.displayName ?? t('brokering.cases.unassigned')}</Text>
        </Fact>
        <Fact label={t('brokering.parties.openedAt')}>
          <Text size="sm">{formatDate(kase.openedAt, true)}</Text>
        </Fact>
        {kase.rating != null && (
          <Fact label={t('brokering.parties.rating')}>
            <Group gap="xs">
              <Rating value={kase.rating} readOnly aria-hidden />
              <Text size="sm">{t('brokering.rate.value', { rating: kase.rating })}</Text>
            </Group>
            {kase.ratingComment && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                “{kase.ratingComment}”
              </Text>
            )}
          </Fact>
        )}
      </Stack>
    </Section>
  );
}
