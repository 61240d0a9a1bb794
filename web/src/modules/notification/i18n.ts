import type { Messages } from '../../platform/i18n/types';

/** The inbox, the header's bell, e-mail settings and saved searches with alerts. */
export const vi = {
  nav: {
    notifications: 'Thông báo',
    savedSearches: 'Tìm kiếm đã lưu',
    notificationSettings: 'Cài đặt thông báo',
  },
  bell: {
    label: 'Thông báo',
    unread: 'Thông báo: {{count}} chưa đọc',
  },
  inbox: {
    title: 'Thông báo',
    description:
      'Tin đăng được duyệt, quan tâm nhận được, hồ sơ chuyển bước, tin mới phù hợp với tìm kiếm đã lưu…',
    filter: 'Hiển thị',
    all: 'Tất cả',
    unreadOnly: 'Chưa đọc ({{count}})',
    markAll: 'Đánh dấu tất cả đã đọc',
    markOne: 'Đã đọc',
    markOneLabel: 'Đánh dấu đã đọc: {{title}}',
    unreadMark: 'Chưa đọc: ',
    empty: 'Bạn chưa có thông báo nào',
    emptyUnread: 'Bạn đã đọc hết thông báo',
    settings: 'Cài đặt thông báo',
    savedSearches: 'Tìm kiếm đã lưu',
  },
  settings: {
    title: 'Cài đặt thông báo',
    description:
      'Thông báo luôn có trong hộp thông báo của bạn trên sàn. Chọn những loại bạn muốn nhận thêm qua email; thay đổi được lưu ngay.',
    emailHeading: 'Gửi thêm qua email',
    saved: 'Đã lưu cài đặt.',
    inboxLink: 'Về hộp thông báo',
  },
  saveSearch: {
    button: 'Lưu tìm kiếm',
    title: 'Lưu tìm kiếm',
    intro:
      'Lưu từ khóa và bộ lọc hiện tại để mở lại nhanh. Khi bật thông báo, bạn được báo (trên sàn và qua email) mỗi khi có tin mới phù hợp.',
    name: 'Tên tìm kiếm',
    defaultName: 'Tìm kiếm ngày {{date}}',
    alerts: 'Báo cho tôi khi có tin mới phù hợp',
    submit: 'Lưu',
    saved: 'Đã lưu tìm kiếm. Xem lại trong mục “Tìm kiếm đã lưu”.',
  },
  saved: {
    title: 'Tìm kiếm đã lưu',
    description: 'Mở lại một tìm kiếm, bật hoặc tắt thông báo khi có tin mới phù hợp, hoặc xóa tìm kiếm.',
    newSearch: 'Tìm kiếm mới',
    empty: 'Bạn chưa lưu tìm kiếm nào',
    emptyText: 'Trên trang Tìm công nghệ, chọn “Lưu tìm kiếm” để được báo khi có tin mới phù hợp.',
    words: 'Từ khóa: “{{query}}”',
    noWords: 'Chỉ theo bộ lọc',
    createdAt: 'Lưu ngày {{date}}',
    lastAlert: 'lần báo gần nhất {{date}}',
    alerts: 'Báo khi có tin mới phù hợp',
    open: 'Mở tìm kiếm',
    openLabel: 'Mở tìm kiếm “{{name}}”',
    delete: 'Xóa',
    deleteLabel: 'Xóa tìm kiếm “{{name}}”',
    deleteTitle: 'Xóa tìm kiếm đã lưu?',
    deleteText: 'Tìm kiếm “{{name}}” và thông báo của nó sẽ bị xóa.',
    deleted: 'Đã xóa “{{name}}”.',
  },
};

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
