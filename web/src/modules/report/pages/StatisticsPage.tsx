import { useQuery } from '@apollo/client';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { Page, PageLoader } from '../../../platform/components/Page';
import { ErrorAlert } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { useSite } from '../../../platform/site';
import { StatisticsPanel } from '../components/StatisticsPanel';

const StatisticsQuery = graphql(`
  query StatisticsPage_statistics {
    publicStatistics {
      ...StatisticsPanel_statistics
    }
  }
`);

/**
 * "Thống kê": the exchange's public figures since it opened, for transparency: listings by sector and
 * over time, cases handled, deals, on-time rate, response time, satisfaction and complaints.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const { site } = useSite();
  const formatDate = useFormatDate();
  const { data, loading, error } = useQuery(StatisticsQuery, { fetchPolicy: 'cache-and-network' });
  const statistics = data?.publicStatistics;
  return (
    <Page
      title={t('report.statistics.title')}
      description={t('report.statistics.description', { department: site?.departmentName ?? '' })}
      size="xl"
    >
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !statistics ? (
        <PageLoader />
      ) : statistics ? (
        <>
          <Text size="sm" c="gray.7">
            {t('report.statistics.generatedAt', { date: formatDate(statistics.generatedAt, true) })}
          </Text>
          <StatisticsPanel statistics={statistics} />
        </>
      ) : null}
    </Page>
  );
}
