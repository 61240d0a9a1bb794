import type { Messages } from '../../platform/i18n/types';
import type { vi } from './i18n';

/** English, in the shape of the Vietnamese texts (the type check fails on a missing key). */
export const en: Messages<typeof vi> = {
  title: 'Development mailbox',
  description:
    'The e-mails the exchange would have sent. This mailbox exists only while no mail server (SMTP) is configured, for development and testing.',
  filterLabel: 'Filter by recipient',
  filterPlaceholder: 'name@example.com',
  filter: 'Filter',
  clearFilter: 'Clear filter',
  messages: 'Messages ({{count}})',
  empty: 'No e-mails yet.',
  emptyFiltered: 'No e-mails to {{to}} yet.',
  selectPrompt: 'Choose an e-mail in the list to read it.',
  notLoaded: 'This e-mail is not among those shown.',
  to: 'To',
  sentAt: 'Sent',
  backToList: 'Back to the list',
  autoRefresh: 'The list refreshes itself every few seconds.',
};
