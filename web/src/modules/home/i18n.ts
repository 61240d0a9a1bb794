import type { Messages } from '../../platform/i18n/types';

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

export const en: Messages<typeof vi> = {
  title: 'Home',
  hero: {
    eyebrow: 'Online technology exchange',
    lead: 'Where businesses find the technology they need and researchers bring their results into production, connected and vouched for by the {{department}}.',
    register: 'Create an account',
    signIn: 'Sign in',
    createOrganization: 'Create an organisation profile',
    myOrganization: 'My organisation',
    greeting: 'Hello, {{name}}.',
  },
  audiences: {
    title: 'Who is the exchange for?',
    business: {
      title: 'Businesses',
      text: 'State a technology need, commission a solution to a production problem, find fitting equipment, processes or know-how, with the department’s help to connect and negotiate.',
    },
    research: {
      title: 'Researchers, institutes, universities',
      text: 'Present technology ready for transfer, intellectual property and research results; find businesses to apply and commercialise them.',
    },
    department: {
      title: 'The Department of Science and Technology',
      text: 'Verifies organisations, reviews listings, brokers each case on time, and publishes figures and technology-transfer results.',
    },
  },
  steps: {
    title: 'How to start?',
    one: {
      title: 'Create an account',
      text: 'With your e-mail address; verify it through the e-mail we send.',
    },
    two: {
      title: 'Create an organisation profile',
      text: 'A business, institute, university or individual inventor, with a tax code or establishment decision.',
    },
    three: {
      title: 'Get verified',
      text: 'Department staff check the details; the organisation gets the “Verified” badge.',
    },
    four: {
      title: 'Post and connect',
      text: 'Offer technology, post needs and ask the department to broker.',
    },
  },
  trust: {
    title: 'Open, transparent, on time',
    text: 'Every organisation is verified by the department before its listings are published. Contact details are never public: connections happen through the exchange, followed by a broker.',
  },
};
