/**
 * What other parts of the app use of notifications: the header's bell, and "Lưu tìm kiếm" for the search
 * page (`<SaveSearchButton query={state.q} where={where} />`, from `useSearchState()`).
 */
export { NotificationBell } from './components/NotificationBell';
export { SaveSearchButton } from './components/SaveSearchButton';
export { NOTIFICATIONS_PATH, NOTIFICATION_SETTINGS_PATH, SAVED_SEARCHES_PATH } from './model';
