/** The broker's review of match proposals. */
export const vi = {
  nav: {
    matchReview: 'Ghép nối cung – cầu',
  },
  title: 'Đề xuất ghép nối',
  description:
    'Hệ thống đề xuất các cặp nhu cầu – công nghệ phù hợp, xếp theo điểm. Mỗi đề xuất nêu rõ lý do; chuyên viên quyết định giới thiệu hai bên hoặc bỏ qua.',
  forListing: 'Đề xuất cho tin:',
  forOneListing: 'Đề xuất cho một tin đăng.',
  showAll: 'Xem tất cả đề xuất đang chờ',
  statusFilter: 'Trạng thái',
  status: {
    PROPOSED: 'Đang đề xuất',
    INTRODUCED: 'Đã giới thiệu',
    DISMISSED: 'Đã bỏ qua',
  },
  statusPlural: {
    PROPOSED: 'Đang chờ xem xét',
    INTRODUCED: 'Đã giới thiệu',
    DISMISSED: 'Đã bỏ qua',
  },
  total: '{{count}} đề xuất',
  empty: {
    PROPOSED: 'Không có đề xuất nào đang chờ',
    INTRODUCED: 'Chưa giới thiệu cặp nào',
    DISMISSED: 'Chưa bỏ qua đề xuất nào',
  },
  emptyText: 'Đề xuất được tính khi tin đăng được duyệt và cập nhật định kỳ mỗi giờ.',
  anonymous: 'Tổ chức ẩn danh',
  card: {
    heading: 'Điểm phù hợp {{score}}/100',
    updated: 'Tính lúc {{date}}',
    reasons: 'Lý do',
    points: '+{{points}} điểm',
    dismissedBecause: 'Lý do bỏ qua: {{reason}}',
    introduce: 'Giới thiệu',
    introduceLabel: 'Giới thiệu “{{requestTitle}}” với “{{offerTitle}}”',
    dismiss: 'Bỏ qua',
    dismissLabel: 'Bỏ qua đề xuất “{{requestTitle}}” – “{{offerTitle}}”',
    openCase: 'Mở hồ sơ',
  },
  introduce: {
    title: 'Giới thiệu hai bên',
    intro:
      'Bên có nhu cầu “{{request}}” và bên chào bán “{{offer}}” sẽ được thông báo. Hồ sơ môi giới của nhu cầu được mở (hoặc cập nhật) ở bước “Đã giới thiệu”.',
    note: 'Lời nhắn cho hai bên',
    noteHint: 'Không bắt buộc.',
    submit: 'Giới thiệu',
    done: 'Đã giới thiệu hai bên và cập nhật hồ sơ.',
  },
  dismiss: {
    title: 'Bỏ qua đề xuất',
    intro: 'Đề xuất “{{request}}” – “{{offer}}” sẽ không hiện trong danh sách chờ nữa.',
    reason: 'Lý do',
    submit: 'Bỏ qua',
    done: 'Đã bỏ qua đề xuất.',
  },
};
