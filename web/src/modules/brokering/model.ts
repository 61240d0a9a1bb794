import type {
  CaseDocumentType,
  CaseOutcome,
  CaseStage,
  DeclineReason,
  InterestStatus,
  InterestTimeline,
} from '../../generated/graphql';

/** Hard limits from the SDL (schema/interest.graphql, schema/case.graphql), shown as people type. */
export const LIMITS = {
  whoWeAre: 1000,
  intendedUse: 1000,
  interestMessage: 2000,
  declineText: 1000,
  caseTitle: 256,
  need: 4000,
  message: 4000,
  documentNote: 500,
  meetingPlace: 256,
  meetingNote: 2000,
  stageNote: 2000,
  ratingComment: 2000,
  complaint: 4000,
} as const;

export const INTEREST_TIMELINES: InterestTimeline[] = [
  'WITHIN_3_MONTHS',
  'WITHIN_6_MONTHS',
  'WITHIN_12_MONTHS',
  'LATER',
];

export const DECLINE_REASONS: DeclineReason[] = [
  'TOO_EARLY',
  'BENEFIT_UNCLEAR',
  'PRICE',
  'NOT_OUR_FIELD',
  'ALREADY_IN_TALKS',
  'OTHER',
];

export const INTEREST_STATUS_COLORS: Record<InterestStatus, string> = {
  PENDING: 'blue',
  ACCEPTED: 'green',
  DECLINED: 'red',
  WITHDRAWN: 'gray',
};

/** The stages of a case, in order (as the API's `CaseStage`). */
export const CASE_STAGES: CaseStage[] = [
  'RECEIVED',
  'SCREENING',
  'MATCHING',
  'INTRODUCED',
  'NEGOTIATING',
  'AGREED',
  'CLOSED',
];

/** Stages a broker may move an open case to: every later one except CLOSED (closing has its own dialog). */
export function laterStages(stage: CaseStage): CaseStage[] {
  const index = CASE_STAGES.indexOf(stage);
  return CASE_STAGES.filter((s, i) => i > index && s !== 'CLOSED');
}

export const CASE_OUTCOMES: CaseOutcome[] = ['DEAL', 'NO_DEAL', 'WITHDRAWN'];

export const DOCUMENT_TYPES: CaseDocumentType[] = ['NDA', 'TERM_SHEET', 'CONTRACT', 'OTHER'];

/** `/quan-tam?chieu=…`: the interests page's tabs, in the URL so that a notification can link to one. */
export const INTEREST_TABS = { gui: 'SENT', nhan: 'RECEIVED', 'tat-ca': 'ALL' } as const;
export type InterestTab = keyof typeof INTEREST_TABS;

export const interestsPath = (tab?: InterestTab) => (tab ? `/quan-tam?chieu=${tab}` : '/quan-tam');
export const casesPath = '/ho-so';
export const casePath = (id: string) => `/ho-so/${encodeURIComponent(id)}`;

export { todayInVietnam } from '../../platform/today';
