import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { ListingContentView_ContentFragment, ListingKind } from '../../../generated/graphql';
import { SafeHtml } from '../../../platform/components/SafeHtml';
import { Section } from '../../../platform/components/Section';
import { useFormatDay } from '../../../platform/format';
import { useFormatPrice } from '../hooks/useFormatPrice';
import { DocumentsList } from './DocumentsList';
import type { ListedIpRecord } from './IpRecordsList';
import { IpRecordsList } from './IpRecordsList';
import { useMaturityLabel } from './ListingBadges';
import { ListingGallery } from './ListingGallery';

export const ListingContentViewFragment = graphql(`
  fragment ListingContentView_content on ListingContent {
    title
    summary
    descriptionHtml
    advantages
    specification
    expectedResult
    confidentialDetail
    testResults
    sectors {
      id
      code
      label
    }
    keywords
    partnerTypes
    partnerRole
    trl
    maturityStage
    ipRecords {
      id
      type
      status
      number
      date
      territory
      verified
    }
    transferForms
    priceNegotiable
    priceMin
    priceMax
    priceBand
    province {
      code
      name
    }
    languages
    images {
      id
      fileName
      url
      thumbnailUrl
    }
    documents {
      id
      fileName
      contentType
      byteSize
      confidential
      url
    }
    deadline
    openForInterest
  }
`);

type Content = ListingContentView_ContentFragment;

/** Plain text with its line breaks kept. */
function Paragraphs({ text }: { text: string }) {
  return (
    <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} lh={1.65}>
      {text}
    </Text>
  );
}

/**
 * The main column of a listing: images, description, the kind's own sections, IP, documents, and the
 * confidential part when the caller may see it (the API sends null otherwise).
 */
export function ListingBody({
  content,
  kind,
  ipAction,
  headingOrder = 2,
}: {
  content: Content;
  kind: ListingKind;
  ipAction?: (record: ListedIpRecord) => ReactNode;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation();
  const publicDocuments = content.documents.filter((d) => !d.confidential);
  const confidentialDocuments = content.documents.filter((d) => d.confidential);
  const showsConfidential =
    content.confidentialDetail != null || content.testResults != null || confidentialDocuments.length > 0;

  return (
    <Stack gap="lg">
      <ListingGallery images={content.images} title={content.title} />
      <Section title={t('listing.detail.description')} headingOrder={headingOrder}>
        {content.descriptionHtml ? (
          <SafeHtml html={content.descriptionHtml} profile="richText" className="tb-rich-text" />
        ) : (
          <Text c="gray.7">{t('common.notProvided')}</Text>
        )}
      </Section>
      {kind === 'OFFER' && content.advantages && (
        <Section title={t('listing.fields.advantages')} headingOrder={headingOrder}>
          <Paragraphs text={content.advantages} />
        </Section>
      )}
      {kind === 'REQUEST' && (content.specification || content.expectedResult) && (
        <Section title={t('listing.detail.need')} headingOrder={headingOrder}>
          {content.specification && (
            <div>
              <Title order={(headingOrder + 1) as 3 | 4} fz={16} mb={4}>
                {t('listing.fields.specification')}
              </Title>
              <Paragraphs text={content.specification} />
            </div>
          )}
          {content.expectedResult && (
            <div>
              <Title order={(headingOrder + 1) as 3 | 4} fz={16} mb={4}>
                {t('listing.fields.expectedResult')}
              </Title>
              <Paragraphs text={content.expectedResult} />
            </div>
          )}
        </Section>
      )}
      {kind === 'OFFER' && content.ipRecords.length > 0 && (
        <Section title={t('listing.fields.ipRecords')} headingOrder={headingOrder}>
          <IpRecordsList records={content.ipRecords} action={ipAction} />
        </Section>
      )}
      {publicDocuments.length > 0 && (
        <Section title={t('listing.detail.documents')} headingOrder={headingOrder}>
          <DocumentsList documents={publicDocuments} />
        </Section>
      )}
      {showsConfidential && (
        <Section
          title={
            <Group gap="xs" component="span">
              <IconLock size={20} aria-hidden />
              {t('listing.detail.confidentialTitle')}
            </Group>
          }
          description={t('listing.detail.confidentialHint')}
          headingOrder={headingOrder}
        >
          {content.confidentialDetail && (
            <div>
              <Title order={(headingOrder + 1) as 3 | 4} fz={16} mb={4}>
                {t('listing.fields.confidentialDetail')}
              </Title>
              <Paragraphs text={content.confidentialDetail} />
            </div>
          )}
          {content.testResults && (
            <div>
              <Title order={(headingOrder + 1) as 3 | 4} fz={16} mb={4}>
                {t('listing.fields.testResults')}
              </Title>
              <Paragraphs text={content.testResults} />
            </div>
          )}
          {confidentialDocuments.length > 0 && <DocumentsList documents={confidentialDocuments} />}
          {!content.confidentialDetail && !content.testResults && confidentialDocuments.length === 0 && (
            <Alert color="gray" variant="light">
              {t('listing.detail.confidentialEmpty')}
            </Alert>
          )}
        </Section>
      )}
    </Stack>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="gray.7" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0} mt={2} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** The key facts of a listing as a description list, for the side column. */
export function ListingFacts({
  content,
  kind,
  lastConfirmedAt,
  formatDate,
}: {
  content: Content;
  kind: ListingKind;
  lastConfirmedAt?: string | null;
  formatDate: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatPrice = useFormatPrice();
  const maturity = useMaturityLabel()(content.trl, content.maturityStage);
  const languageName = (code: string) =>
    t(`listing.languages.${code}` as 'listing.languages.vi', { defaultValue: code.toUpperCase() });

  return (
    <Stack gap="sm" component="dl" m={0}>
      <Fact term={kind === 'OFFER' ? t('listing.fields.price') : t('listing.fields.budget')}>
        <Text component="span" fw={700} fz="lg" c="brand.9">
          {formatPrice(content)}
        </Text>
      </Fact>
      {maturity && (
        <Fact term={kind === 'OFFER' ? t('listing.fields.maturity') : t('listing.fields.minimumMaturity')}>
          {maturity}
        </Fact>
      )}
      {content.transferForms.length > 0 && (
        <Fact term={t('listing.fields.transferForms')}>
          {content.transferForms.map((form) => t(`enums.transferForm.${form}`)).join(' · ')}
        </Fact>
      )}
      {content.sectors.length > 0 && (
        <Fact term={t('listing.fields.sectors')}>
          {content.sectors.map((sector) => sector.label).join(' · ')}
        </Fact>
      )}
      {content.keywords.length > 0 && (
        <Fact term={t('listing.fields.keywords')}>
          <Group gap={6}>
            {content.keywords.map((keyword) => (
              <Badge key={keyword} variant="light" color="gray" c="gray.9" radius="sm" tt="none">
                {keyword}
              </Badge>
            ))}
          </Group>
        </Fact>
      )}
      {content.province && <Fact term={t('listing.fields.province')}>{content.province.name}</Fact>}
      {content.partnerTypes.length > 0 && (
        <Fact term={t('listing.fields.partnerTypes')}>
          {content.partnerTypes.map((type) => t(`enums.partnerType.${type}`)).join(' · ')}
        </Fact>
      )}
      {content.partnerRole && <Fact term={t('listing.fields.partnerRole')}>{content.partnerRole}</Fact>}
      {content.languages.length > 0 && (
        <Fact term={t('listing.fields.languages')}>{content.languages.map(languageName).join(', ')}</Fact>
      )}
      {kind === 'REQUEST' && content.deadline && (
        <Fact term={t('listing.fields.deadline')}>{formatDay(content.deadline)}</Fact>
      )}
      {lastConfirmedAt && <Fact term={t('listing.detail.lastConfirmed')}>{formatDate(lastConfirmedAt)}</Fact>}
    </Stack>
  );
}
