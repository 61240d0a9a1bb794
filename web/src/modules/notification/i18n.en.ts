import type { Messages } from '../../platform/i18n/types';
import type { vi } from './i18n';

/** English, in the shape of the Vietnamese texts (the type check fails on a missing key). */
export const en: Messages<typeof vi> = {
  nav: {
    notifications: 'Notifications',
    savedSearches: 'Saved searches',
    notificationSettings: 'Notification settings',
  },
  bell: {
    label: 'Notifications',
    unread: 'Notifications: {{count}} unread',
  },
  inbox: {
    title: 'Notifications',
    description:
      'Listings approved, interests received, cases moving on, new listings matching your saved searches…',
    filter: 'Show',
    all: 'All',
    unreadOnly: 'Unread ({{count}})',
    markAll: 'Mark all as read',
    markOne: 'Mark read',
    markOneLabel: 'Mark as read: {{title}}',
    unreadMark: 'Unread: ',
    empty: 'You have no notifications yet',
    emptyUnread: 'You have read every notification',
    settings: 'Notification settings',
    savedSearches: 'Saved searches',
  },
  settings: {
    title: 'Notification settings',
    description:
      'Notifications always arrive in your inbox on the exchange. Choose which kinds you also want by e-mail; changes are saved at once.',
    emailHeading: 'Also send by e-mail',
    saved: 'Settings saved.',
    inboxLink: 'Back to the inbox',
  },
  saveSearch: {
    button: 'Save search',
    title: 'Save this search',
    intro:
      'Save the current words and filters to run them again. With alerts on, you are told (on the exchange and by e-mail) whenever a new listing matches.',
    name: 'Name',
    defaultName: 'Search of {{date}}',
    alerts: 'Tell me when a new listing matches',
    submit: 'Save',
    saved: 'Search saved. Find it under “Saved searches”.',
  },
  saved: {
    title: 'Saved searches',
    description: 'Run a search again, switch its alerts on or off, or delete it.',
    newSearch: 'New search',
    empty: 'You have not saved any search yet',
    emptyText: 'On the Find technology page, choose “Save search” to be told when a new listing matches.',
    words: 'Words: “{{query}}”',
    noWords: 'Filters only',
    createdAt: 'Saved on {{date}}',
    lastAlert: 'last alert {{date}}',
    alerts: 'Alert me to new matching listings',
    open: 'Run the search',
    openLabel: 'Run the search “{{name}}”',
    delete: 'Delete',
    deleteLabel: 'Delete the search “{{name}}”',
    deleteTitle: 'Delete the saved search?',
    deleteText: 'The search “{{name}}” and its alerts will be deleted.',
    deleted: '“{{name}}” deleted.',
  },
};
