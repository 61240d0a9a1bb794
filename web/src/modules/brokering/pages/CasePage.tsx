import { useQuery } from '@apollo/client';
import { Anchor, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { CasePage_CaseFragment } from '../../../generated/graphql';
import { Page, PageLoader } from '../../../platform/components/Page';
import { Section } from '../../../platform/components/Section';
import { DatesLocale } from '../../../platform/dates';
import { ErrorAlert } from '../../../platform/errors';
import { useFormatDate } from '../../../platform/format';
import { RequireAuth } from '../../account/components/RequireAuth';
import { useViewer } from '../../account/hooks/useViewer';
import { ClockBadge, CaseStageBadge } from '../components/BrokeringBadges';
import { CaseAgreement } from '../components/CaseAgreement';
import { CaseBrokerActions } from '../components/CaseBrokerActions';
import { CaseComplaints } from '../components/CaseComplaints';
import { CaseDocumentForm } from '../components/CaseDocumentForm';
import { CaseMessageForm } from '../components/CaseMessageForm';
import { CaseParties } from '../components/CaseParties';
import { CaseRating, CaseWithdraw } from '../components/CaseRequesterActions';
import { CaseStageStepper } from '../components/CaseStageProgress';
import { CaseTimeline } from '../components/CaseTimeline';
import { casesPath } from '../model';
import classes from './CasePage.module.css';

graphql(`
  fragment CasePage_case on BrokeringCase {
    id
    number
    title
    need
    stage
    outcome
    stageStartedAt
    dueAt
    clock
    workingDaysLeft
    openedAt
    closedAt
    version
    viewerIsBroker
    viewerCanRate
    rating
    ratingComment
    requester {
      id
      name
      type
      province {
        code
        name
      }
    }
    counterparts {
      id
      name
      type
    }
    listing {
      id
      slug
      kind
      content {
        title
      }
    }
    assignee {
      id
      displayName
    }
    agreement {
      type
      value
      signedOn
      contractRegistered
    }
    timeline {
      id
      kind
      authorName
      text
      fromStage
      toStage
      documentType
      meetingAt
      meetingPlace
      createdAt
      document {
        id
        fileName
        url
        byteSize
        contentType
      }
    }
    complaints {
      id
      text
      dueAt
      answer
      answeredAt
      clock
      createdAt
      organization {
        id
        name
      }
    }
  }
`);

const CaseQuery = graphql(`
  query CasePage_case($id: ID!) {
    case(id: $id) {
      ...CasePage_case
    }
  }
`);

export type CaseDetail = CasePage_CaseFragment;

export function CasePage() {
  return (
    <RequireAuth>
      <CaseContent />
    </RequireAuth>
  );
}

function CaseContent() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CaseQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <PageLoader />;
  const kase = data?.case;
  if (!kase) {
    return (
      <Page title={t('brokering.case.notFoundTitle')}>
        {error ? <ErrorAlert error={error} /> : <Text>{t('brokering.case.notFound')}</Text>}
        <Group>
          <Button component={Link} to={casesPath} variant="default">
            {t('brokering.case.backToCases')}
          </Button>
        </Group>
      </Page>
    );
  }
  return <CaseView kase={kase} />;
}

/**
 * A dossier as its requester tracks it, and as its broker runs it: stages with their clock, the parties,
 * the timeline (internal notes only for brokers), messages and documents, and the broker's actions.
 */
function CaseView({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { viewer } = useViewer();
  const closed = kase.stage === 'CLOSED';
  const isRequester = !!viewer?.memberships.some((m) => m.organization.id === kase.requester.id);

  return (
    <DatesLocale>
      <Page
        title={kase.title}
        size="xl"
        description={
          <Stack gap="xs">
            <Group gap="xs">
              <Text component="span" fw={700} c="gray.8">
                {t('brokering.case.number')}{' '}
                <Text component="span" ff="monospace" fw={700} inherit>
                  {kase.number}
                </Text>
              </Text>
              <CaseStageBadge stage={kase.stage} outcome={kase.outcome} size="lg" />
              <ClockBadge
                clock={kase.clock}
                workingDaysLeft={kase.workingDaysLeft}
                closed={closed}
                size="lg"
              />
            </Group>
            <Text size="sm" c="gray.8">
              {closed
                ? t('brokering.cases.closedOn', { date: formatDate(kase.closedAt) })
                : kase.dueAt
                  ? t('brokering.case.stageDue', {
                      stage: t(`brokering.enums.caseStage.${kase.stage}`),
                      date: formatDate(kase.dueAt),
                    })
                  : t('brokering.cases.noDue')}
            </Text>
            <Anchor component={Link} to={casesPath} size="sm" fw={600}>
              <Group gap={4} component="span">
                <IconArrowLeft size={16} aria-hidden />
                {t('brokering.case.backToCases')}
              </Group>
            </Anchor>
          </Stack>
        }
      >
        <Section title={t('brokering.case.progress')}>
          <VisuallyHidden>
            {t('brokering.stage.current', { name: t(`brokering.enums.caseStage.${kase.stage}`) })}
          </VisuallyHidden>
          <CaseStageStepper
            stage={kase.stage}
            outcome={kase.outcome}
            stageStartedAt={kase.stageStartedAt}
            closedAt={kase.closedAt}
          />
        </Section>
        <div className={classes.layout}>
          {(kase.viewerIsBroker || kase.viewerCanRate) && (
            <Stack gap="lg" className={classes.actions}>
              {kase.viewerIsBroker && <CaseBrokerActions kase={kase} />}
              {kase.viewerCanRate && <CaseRating kase={kase} />}
            </Stack>
          )}
          <Stack gap="lg" className={classes.main}>
            <Section title={t('brokering.case.need')}>
              <Text style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>{kase.need}</Text>
            </Section>
            <section aria-labelledby="case-timeline-title">
              <Stack gap="md">
                <Title order={2} fz={20} id="case-timeline-title">
                  {t('brokering.timeline.title')}
                </Title>
                <CaseTimeline events={kase.timeline} />
              </Stack>
            </section>
            <CaseMessageForm kase={kase} />
            <CaseDocumentForm kase={kase} />
          </Stack>
          <Stack gap="lg" className={classes.info}>
            <CaseParties kase={kase} />
            {kase.agreement && <CaseAgreement agreement={kase.agreement} />}
            <CaseComplaints kase={kase} />
            {isRequester && !kase.viewerIsBroker && !closed && <CaseWithdraw kase={kase} />}
          </Stack>
        </div>
      </Page>
    </DatesLocale>
  );
}
