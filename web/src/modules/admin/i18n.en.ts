import type { Messages } from '../../platform/i18n/types';
import type { vi } from './i18n';

/** English, in the shape of the Vietnamese texts (the type check fails on a missing key). */
export const en: Messages<typeof vi> = {
  organizations: {
    title: 'Verify organisations',
    description:
      'Check the tax code or establishment decision of the organisations registered on the exchange. Their listings are published only once they are verified.',
    statusFilter: 'Verification status',
    search: 'Search by organisation name',
    total: '{{count}} organisations',
    empty: 'No organisation in this status.',
    name: 'Organisation',
    type: 'Type',
    taxCode: 'Tax code / decision',
    province: 'Province or city',
    createdAt: 'Created',
    status: 'Status',
    actions: 'Actions',
    verify: 'Verify',
    reject: 'Reject',
    reopen: 'Reopen',
    verifyLabel: 'Verify {{name}}',
    rejectLabel: 'Refuse to verify {{name}}',
    reopenLabel: 'Reopen the verification of {{name}}',
  },
  dialog: {
    verifyTitle: 'Verify the organisation',
    rejectTitle: 'Refuse verification',
    reopenTitle: 'Reopen the verification',
    intro: '{{name}} · Tax code / decision: {{taxCode}}',
    note: 'Note',
    noteVerifyHint: 'What was checked (optional). The organisation sees this note.',
    noteRejectHint:
      'Why it is refused, so the organisation knows what to provide. The organisation sees this note.',
    noteRequired: 'Please give the reason for refusing',
    confirmVerify: 'Verify',
    confirmReject: 'Reject',
    confirmReopen: 'Reopen',
    verified: '{{name}} verified',
    rejected: 'Verification of {{name}} refused',
    reopened: '{{name}} set back to not verified',
  },
};
