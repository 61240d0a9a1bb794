export const vi = {
  title: 'Trang chủ',
  hero: {
    eyebrow: 'Sàn giao dịch công nghệ trực tuyến',
    lead: 'Nơi doanh nghiệp tìm được công nghệ mình cần, nơi nhà khoa học đưa kết quả nghiên cứu vào sản xuất, với sự kết nối và bảo đảm của {{department}}.',
    register: 'Đăng ký tài khoản',
    signIn: 'Đăng nhập',
    createOrganization: 'Tạo hồ sơ tổ chức',
    myOrganization: 'Tổ chức của tôi',
    greeting: 'Xin chào {{name}}.',
  },
  audiences: {
    title: 'Sàn giao dịch dành cho ai?',
    business: {
      title: 'Doanh nghiệp',
      text: 'Nêu nhu cầu công nghệ, đặt hàng giải pháp cho bài toán sản xuất, tìm thiết bị, quy trình, bí quyết phù hợp và được Sở hỗ trợ kết nối, đàm phán.',
    },
    research: {
      title: 'Nhà khoa học, viện, trường',
      text: 'Giới thiệu công nghệ sẵn sàng chuyển giao, tài sản trí tuệ và kết quả nghiên cứu; tìm doanh nghiệp để ứng dụng và thương mại hóa.',
    },
    department: {
      title: 'Sở Khoa học và Công nghệ',
      text: 'Xác minh tổ chức, duyệt tin, môi giới từng hồ sơ đúng hạn, công khai số liệu và kết quả chuyển giao công nghệ.',
    },
  },
  steps: {
    title: 'Bắt đầu như thế nào?',
    one: { title: 'Đăng ký tài khoản', text: 'Dùng email của bạn; xác minh email qua thư chúng tôi gửi.' },
    two: {
      title: 'Tạo hồ sơ tổ chức',
      text: 'Doanh nghiệp, viện, trường hoặc cá nhân sáng chế, với mã số thuế hoặc quyết định thành lập.',
    },
    three: {
      title: 'Được Sở xác minh',
      text: 'Cán bộ của Sở kiểm tra thông tin; tổ chức được gắn nhãn “Đã xác minh”.',
    },
    four: { title: 'Đăng tin và kết nối', text: 'Chào bán công nghệ, đăng nhu cầu và đề nghị Sở môi giới.' },
  },
  trust: {
    title: 'Công khai, minh bạch, đúng hạn',
    text: 'Mọi tổ chức được Sở xác minh trước khi tin đăng được công bố. Thông tin liên hệ không hiển thị công khai: việc kết nối diễn ra qua sàn, có cán bộ môi giới theo dõi.',
  },
};
