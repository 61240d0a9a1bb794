import type { Messages } from '../../platform/i18n/types';
import type { vi } from './i18n';

/** English, in the shape of the Vietnamese texts (the type check fails on a missing key). */
export const en: Messages<typeof vi> = {
  nav: {
    matchReview: 'Matchmaking',
  },
  title: 'Match proposals',
  description:
    'The system proposes requests and offers that fit, ranked by score. Each proposal says why; a broker introduces the two parties or dismisses it.',
  forListing: 'Proposals for:',
  forOneListing: 'Proposals for one listing.',
  showAll: 'See every open proposal',
  statusFilter: 'Status',
  status: {
    PROPOSED: 'Proposed',
    INTRODUCED: 'Introduced',
    DISMISSED: 'Dismissed',
  },
  statusPlural: {
    PROPOSED: 'Awaiting review',
    INTRODUCED: 'Introduced',
    DISMISSED: 'Dismissed',
  },
  total: 'Proposals: {{count}}',
  empty: {
    PROPOSED: 'No proposals awaiting review',
    INTRODUCED: 'No pair introduced yet',
    DISMISSED: 'No proposal dismissed yet',
  },
  emptyText: 'Proposals are computed when a listing is published and updated every hour.',
  anonymous: 'Anonymous organisation',
  card: {
    heading: 'Match score {{score}}/100',
    updated: 'Computed {{date}}',
    reasons: 'Why',
    points: '+{{points}} points',
    dismissedBecause: 'Dismissed because: {{reason}}',
    introduce: 'Introduce',
    introduceLabel: 'Introduce “{{requestTitle}}” to “{{offerTitle}}”',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss the proposal “{{requestTitle}}” – “{{offerTitle}}”',
    openCase: 'Open the case',
  },
  introduce: {
    title: 'Introduce the parties',
    intro:
      'The owner of the request “{{request}}” and the owner of the offer “{{offer}}” will be notified. The request’s brokering case is opened (or updated) at the “Introduced” stage.',
    note: 'Message to both parties',
    noteHint: 'Optional.',
    submit: 'Introduce',
    done: 'The parties were introduced and the case updated.',
  },
  dismiss: {
    title: 'Dismiss the proposal',
    intro: 'The proposal “{{request}}” – “{{offer}}” will no longer show among those awaiting review.',
    reason: 'Reason',
    submit: 'Dismiss',
    done: 'Proposal dismissed.',
  },
};
