export const vi = {
  title: 'Hộp thư phát triển',
  description:
    'Các thư sàn lẽ ra đã gửi đi. Hộp thư này chỉ có khi chưa cấu hình máy chủ thư (SMTP), dùng cho phát triển và kiểm thử.',
  filterLabel: 'Lọc theo người nhận',
  filterPlaceholder: 'ten@vidu.vn',
  filter: 'Lọc',
  clearFilter: 'Bỏ lọc',
  messages: 'Danh sách thư ({{count}})',
  empty: 'Chưa có thư nào.',
  emptyFiltered: 'Chưa có thư nào gửi tới {{to}}.',
  selectPrompt: 'Chọn một thư trong danh sách để đọc.',
  notLoaded: 'Không tìm thấy thư này trong danh sách đang hiển thị.',
  to: 'Người nhận',
  sentAt: 'Thời gian gửi',
  backToList: 'Quay lại danh sách thư',
  autoRefresh: 'Danh sách tự làm mới vài giây một lần.',
};
