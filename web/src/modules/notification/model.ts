export const NOTIFICATIONS_PATH = '/thong-bao';
export const NOTIFICATION_SETTINGS_PATH = '/tai-khoan/thong-bao';
export const SAVED_SEARCHES_PATH = '/tim-kiem-da-luu';

/** How often the header asks for the unread count. */
export const UNREAD_POLL_MS = 30_000;

export const LIMITS = { savedSearchName: 128 } as const;
