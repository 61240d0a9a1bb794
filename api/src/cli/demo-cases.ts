/**
 * Demo brokering cases (hồ sơ môi giới): one in each stage, between demo organisations and about demo
 * listings, with the history the department would have written over the past weeks. Seeded by
 * {@link seedDemo} with the rest of the demo, so that the demo broker's case list is not empty.
 *
 * The brokering services stamp everything "now" and need a signed-in request, so the history is written
 * here as entities, exactly as those services write them (each step below names its service function):
 * the same fields, timeline entries, deadlines (through the service's own {@link enterStage}) and in-app
 * notifications (through the notification catalogue). The one difference: the e-mails those steps sent
 * weeks ago are not queued again.
 *
 * Times are working days before the day of seeding, in the department's time zone, so the clocks read
 * alike whatever day the demo starts: with the default `CASE_STAGE_DAYS`, the screening case is two or
 * three working days late, the received one is due within a day or two and every other open case is on
 * time; the closed one closed within its deadline.
 */
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../platform/config';
import type { WorkingCalendar } from '../platform/calendar';
import { workingCalendar } from '../platform/deadlines';
import { translator } from '../platform/i18n';
import type { User } from '../modules/account/entities';
import type { Organization } from '../modules/organization/entities';
import type { Listing, TransferForm } from '../modules/listing/entities';
import {
  BrokeringCase,
  CASE_STAGES,
  CaseEvent,
  Interest,
  type CaseOutcome,
  type CaseStage,
  type InterestTimeline,
} from '../modules/brokering/entities';
import { enterStage } from '../modules/brokering/service';
import { notify, renderEvent, type EventVars } from '../modules/notification/service';

/** When: `[working days before the seeding day (negative: after it), 'HH:MM' in the department's time]`. */
export type When = readonly [workingDays: number, time: string];

/** Who acts: `'broker'`, `'admin'` (the demo logins), or a demo organisation's key (its contact person). */
type Who = string;

type Opening =
  /** `openCase`: a member asks the department to broker, about a listing. */
  | { by: 'member'; at: When; org: string; listing: string; title: string; need: string }
  /** `expressInterest`, `acceptInterest`, then the broker's `openCaseFromInterest`. */
  | {
      by: 'interest';
      at: When;
      org: string;
      listing: string;
      interest: {
        at: When;
        acceptedAt: When;
        whoWeAre: string;
        intendedUse: string;
        timeline: InterestTimeline;
        message: string;
      };
    }
  /** `introduceMatch` → `introduceIntoCase`: the broker introduces an offer to a request's owner. */
  | { by: 'introduction'; at: When; request: string; offer: string; note: string };

export interface DemoCase {
  opening: Opening;
  /** What happened after opening, oldest first. */
  history: (h: CaseHistory) => void;
}

export const DEMO_CASES: DemoCase[] = [
  // RECEIVED: asked yesterday, assigned by the head of the office, not screened yet.
  {
    opening: {
      by: 'member',
      at: [1, '08:40'],
      org: 'htx-cam-xuyen',
      listing: 'bao-quan-lua-giong-qua-vu',
      title: 'Bảo quản lúa giống qua vụ cho Hợp tác xã Nông nghiệp Cẩm Xuyên',
      need: 'Hợp tác xã sản xuất khoảng 150 tấn lúa giống mỗi năm nhưng bảo quản trong bao ở kho thường; sau 6 tháng tỷ lệ nảy mầm chỉ còn 62–70%. Đề nghị Sở giới thiệu đơn vị có công nghệ silo hoặc kho kín kiểm soát ẩm độ cho 50–80 tấn mỗi đợt, không dùng thuốc xông hơi, và hướng dẫn hồ sơ xin hỗ trợ cải tạo kho 300 m² trước vụ Đông Xuân.',
    },
    history: (h) => {
      h.assign([1, '10:15'], 'admin');
      h.note(
        [1, '14:30'],
        'Tin nhu cầu của hợp tác xã đang chờ duyệt. Khi thẩm định, đối chiếu với công nghệ bảo quản lúa giống trong silo kín của Trung tâm Nghiên cứu và Phát triển Giống cây trồng Bắc Trung Bộ (tin đã công bố).',
      );
    },
  },
  // SCREENING, late: the requester has not sent the figures the screening needs.
  {
    opening: {
      by: 'member',
      at: [10, '09:05'],
      org: 'hai-san-cua-sot',
      listing: 'nuoc-mam-enzyme',
      title: 'Chuyển giao công nghệ lên men nước mắm bằng enzyme cho Hải sản Cửa Sót',
      need: 'Công ty sản xuất khoảng 120.000 lít nước mắm mỗi năm với 60 thùng ủ gỗ, thời gian ủ chượp 12 tháng. Đề nghị Sở kết nối với Viện Ứng dụng Công nghệ Sinh học Bắc Trung Bộ để tiếp nhận quy trình lên men có bổ sung enzyme protease, rút ngắn còn khoảng 6 tháng mà vẫn giữ độ đạm trên 25 g/l, histamine dưới 200 mg/l và chứng nhận OCOP.',
    },
    history: (h) => {
      h.move(
        [8, '08:30'],
        'SCREENING',
        'Đã tiếp nhận. Đề nghị công ty gửi kết quả phân tích 10 mẻ nước mắm gần nhất (độ đạm, đạm amin, histamine) và sơ đồ nhà thùng để Sở và Viện đánh giá khả năng áp dụng.',
      );
      h.message(
        [7, '10:20'],
        'vien-cnsh-bac-trung-bo',
        'Viện sẵn sàng phối hợp. Quy trình đã thử với cá cơm và cá nục; đề nghị công ty cho biết tỷ lệ hai loại cá trong chượp và nhiệt độ nhà thùng vào mùa đông để Viện đề xuất chế độ ủ phù hợp.',
      );
      h.note(
        [6, '16:45'],
        'Đã gọi điện nhắc công ty gửi kết quả phân tích; công ty hẹn gửi trong tuần. Chưa đủ số liệu để thẩm định.',
      );
      h.message(
        [2, '09:30'],
        'hai-san-cua-sot',
        'Công ty đang chờ phòng kiểm nghiệm trả kết quả 4 mẻ cuối, sẽ gửi đủ 10 mẻ ngay khi có. Tỷ lệ cá trong chượp: cá cơm khoảng 70%, cá nục 30%.',
      );
    },
  },
  // MATCHING: screened after a site visit, the broker is sounding out a candidate.
  {
    opening: {
      by: 'member',
      at: [13, '08:50'],
      org: 'cang-ca-cua-nhuong',
      listing: 'nuoc-thai-cang-ca',
      title: 'Tìm công nghệ xử lý nước thải 150 m³/ngày cho Cảng cá Cửa Nhượng',
      need: 'Nước thải khu sơ chế, rửa cá và chợ đầu mối (100–150 m³/ngày, COD 1.500–3.000 mg/l, nhiều dầu mỡ và muối) hiện chỉ qua bể lắng, gây mùi và bị người dân phản ánh. Đề nghị Sở giới thiệu đơn vị có công nghệ đã vận hành thực tế, đạt QCVN 11-MT:2015/BTNMT cột B, chi phí vận hành thấp, để kịp lập dự án đầu tư năm 2027.',
    },
    history: (h) => {
      h.move(
        [12, '09:40'],
        'SCREENING',
        'Tiếp nhận. Sở sẽ khảo sát hiện trạng và lấy mẫu nước thải trước khi tìm đơn vị công nghệ.',
      );
      h.meeting(
        [12, '15:10'],
        [11, '08:30'],
        'Khu chế biến hải sản, Cảng cá Cửa Nhượng, xã Thiên Cầm',
        'Khảo sát hệ thống thu gom, bể lắng hiện có và lấy mẫu nước thải giờ cao điểm.',
      );
      h.move(
        [9, '10:30'],
        'MATCHING',
        'Kết quả mẫu: COD 1.850 mg/l, amoni 95 mg/l, độ mặn 12‰; lưu lượng cao điểm khoảng 150 m³/ngày. Sở bắt đầu tìm đơn vị công nghệ phù hợp.',
      );
      h.note(
        [7, '14:00'],
        'Ứng viên phù hợp nhất: Viện Công nghệ Môi trường và Năng lượng Miền Trung (AO kết hợp bãi lọc trồng cây, chịu mặn đến 15‰, hệ thống 120 m³/ngày đang chạy ở Quảng Trị). Đã gửi thư hỏi năng lực thi công trọn gói, chờ phản hồi trước khi giới thiệu.',
      );
      h.message(
        [3, '09:15'],
        'broker',
        'Sở đã liên hệ một viện nghiên cứu có hệ thống xử lý nước thải chế biến hải sản chịu mặn đang vận hành và đang chờ báo giá sơ bộ. Dự kiến giới thiệu hai bên trong tuần tới.',
      );
    },
  },
  // INTRODUCED: a matched offer introduced four working days ago; a site visit is coming up.
  {
    opening: {
      by: 'introduction',
      at: [4, '09:00'],
      request: 'giam-sat-oxy-ao-tom',
      offer: 'iot-giam-sat-ao-tom',
      note: 'Hệ thống của Thiên Nhẫn đo oxy hòa tan, pH, nhiệt độ, độ mặn mỗi 5 phút, cảnh báo qua ứng dụng và cuộc gọi, tự bật quạt khí, có pin dự phòng; đã lắp cho 46 trại ở Hà Tĩnh và Quảng Trị. Phù hợp yêu cầu 28 ao và phương án lắp thử 4 ao của công ty.',
    },
    history: (h) => {
      h.message(
        [3, '10:40'],
        'giai-phap-so-thien-nhan',
        'Cảm ơn Sở đã giới thiệu. Chúng tôi đề xuất lắp thử 4 ao trong 30 ngày, không tính tiền thiết bị trong thời gian thử; công ty chỉ chịu chi phí điện và sim 4G.',
      );
      h.message(
        [2, '08:50'],
        'thuy-san-thien-cam',
        'Đồng ý lắp thử tại 4 ao khu B. Mời kỹ thuật của Thiên Nhẫn sang khảo sát vị trí đặt bộ trung tâm và quạt khí.',
      );
      h.meeting(
        [2, '11:00'],
        [-2, '08:30'],
        'Khu ao B, Công ty TNHH Thủy sản Công nghệ cao Thiên Cầm, xã Thiên Cầm',
        'Khảo sát vị trí lắp cảm biến, bộ trung tâm và rơ-le quạt khí cho 4 ao thử.',
      );
    },
  },
  // NEGOTIATING: from an accepted interest; the buyer saw the machine run, price and warranty are agreed bit by bit.
  {
    opening: {
      by: 'interest',
      at: [25, '09:00'],
      org: 'xay-xat-thach-ha',
      listing: 'may-say-lua-tuan-hoan',
      interest: {
        at: [27, '10:20'],
        acceptedAt: [26, '08:15'],
        whoWeAre:
          'Công ty xay xát ở Thạch Hà, thu mua khoảng 4.000 tấn lúa tươi mỗi vụ Hè Thu; hệ thống sấy vỉ ngang hiện có chỉ đáp ứng 40% nhu cầu.',
        intendedUse:
          'Đầu tư 2 máy sấy lúa tuần hoàn 10 tấn/mẻ đốt trấu, lắp đặt xong trước vụ Hè Thu 2027 để chủ động sấy lúa gặp mưa.',
        timeline: 'WITHIN_6_MONTHS',
        message: 'Xin báo giá cho 2 máy và danh sách nơi đã lắp đặt ở Hà Tĩnh để đến xem máy chạy thực tế.',
      },
    },
    history: (h) => {
      h.move(
        [25, '09:30'],
        'SCREENING',
        'Hai bên đã đồng ý kết nối. Sở thẩm định nhu cầu, mặt bằng lắp đặt và khả năng đáp ứng của nhà cung cấp.',
      );
      h.meeting(
        [23, '14:00'],
        [21, '08:30'],
        'Xưởng Công ty TNHH Cơ khí Nông nghiệp Hồng Lĩnh, phường Bắc Hồng Lĩnh',
        'Công ty Lương thực Thạch Hà xem máy mẫu và lò đốt trấu đang vận hành; cán bộ Sở cùng tham dự.',
      );
      h.move(
        [20, '16:00'],
        'NEGOTIATING',
        'Máy đáp ứng yêu cầu kỹ thuật (tiêu hao trấu 54,6 kg/tấn theo kết quả đo kiểm). Hai bên bắt đầu đàm phán giá, tiến độ và bảo hành.',
      );
      h.message(
        [18, '10:05'],
        'co-khi-hong-linh',
        'Báo giá: 1,15 tỷ đồng/máy gồm lò đốt trấu, lắp đặt, chạy thử và bảo hành 24 tháng; đặt 2 máy giảm 5%. Thời gian chế tạo 75 ngày kể từ khi ký hợp đồng.',
      );
      h.message(
        [12, '15:30'],
        'xay-xat-thach-ha',
        'Công ty đề nghị thanh toán 3 đợt (30% khi ký, 50% khi giao máy, 20% sau vụ sấy đầu tiên) và bảo hành buồng đốt 36 tháng.',
      );
      h.note(
        [9, '11:20'],
        'Đã hướng dẫn công ty lập hồ sơ đề nghị hỗ trợ đổi mới công nghệ theo chương trình khoa học và công nghệ của tỉnh; ngân hàng đã duyệt cho vay 70%.',
      );
      h.message(
        [3, '08:45'],
        'co-khi-hong-linh',
        'Đồng ý thanh toán 3 đợt và bảo hành buồng đốt 36 tháng. Chúng tôi đã gửi dự thảo hợp đồng để công ty góp ý.',
      );
    },
  },
  // AGREED: from an accepted interest; terms agreed, the contract is being signed.
  {
    opening: {
      by: 'interest',
      at: [38, '10:00'],
      org: 'htx-buoi-phuc-trach',
      listing: 'bao-quan-buoi-chitosan',
      interest: {
        at: [40, '09:10'],
        acceptedAt: [39, '14:20'],
        whoWeAre: 'Hợp tác xã trồng và tiêu thụ bưởi Phúc Trạch ở Hương Khê, có kho lạnh 30 tấn.',
        intendedUse:
          'Tiếp nhận quy trình bảo quản bưởi tươi 3–4 tháng bằng màng bao chitosan và kho lạnh để bán Tết và thử xuất khẩu, áp dụng từ vụ 2027.',
        timeline: 'WITHIN_12_MONTHS',
        message: 'Hợp tác xã muốn được hướng dẫn tại chỗ và thử trên 3–5 tấn quả trước khi áp dụng đại trà.',
      },
    },
    history: (h) => {
      h.move(
        [38, '10:30'],
        'SCREENING',
        'Hai bên đã đồng ý kết nối. Sở kiểm tra điều kiện kho lạnh và vùng nguyên liệu của hợp tác xã.',
      );
      h.meeting(
        [37, '09:00'],
        [36, '08:00'],
        'Hợp tác xã Bưởi Phúc Trạch Hương Khê, xã Phúc Trạch',
        'Nhóm nghiên cứu Trường Đại học Nông Lâm Huế khảo sát kho lạnh 30 tấn và giới thiệu kết quả bảo quản thử 2 tấn quả.',
      );
      h.move(
        [35, '15:00'],
        'NEGOTIATING',
        'Kho lạnh giữ ổn định 8–10 °C, độ ẩm 85–90%: đủ điều kiện áp dụng. Hai bên đàm phán phạm vi chuyển giao và kinh phí.',
      );
      h.message(
        [30, '10:00'],
        'nong-lam-hue',
        'Trường đề xuất: chuyển giao quy trình, cung cấp dung dịch màng bao cho vụ đầu và 2 đợt tập huấn tại chỗ; kinh phí 180 triệu đồng.',
      );
      h.message(
        [22, '16:10'],
        'htx-buoi-phuc-trach',
        'Hợp tác xã đồng ý phạm vi chuyển giao, đề nghị chia kinh phí làm 2 đợt và có cán bộ của Trường theo dõi suốt vụ bảo quản đầu tiên.',
      );
      h.move(
        [7, '09:30'],
        'AGREED',
        'Hai bên thống nhất: chuyển giao quy trình bảo quản bưởi bằng màng bao chitosan và kho lạnh, 180 triệu đồng chia 2 đợt, 2 đợt tập huấn và theo dõi vụ bảo quản đầu tiên. Đang hoàn thiện hợp đồng chuyển giao công nghệ.',
      );
      h.message(
        [4, '14:45'],
        'htx-buoi-phuc-trach',
        'Hợp tác xã đã gửi dự thảo hợp đồng cho Trường; dự kiến ký trong tháng này.',
      );
    },
  },
  // CLOSED with a deal, registered and rated: the whole path, from request to contract.
  {
    opening: {
      by: 'member',
      at: [50, '08:30'],
      org: 'htx-thuy-san-ky-xuan',
      listing: 'vi-sinh-xu-ly-nuoc-ao-tom',
      title: 'Ứng dụng chế phẩm vi sinh xử lý nước ao nuôi tôm cho Hợp tác xã Kỳ Xuân',
      need: 'Ao nuôi tôm thẻ chân trắng của hợp tác xã thường bị tảo độc, khí NH3 và H2S cao vào giữa vụ; chi phí hóa chất xử lý nước lớn. Đề nghị Sở kết nối với Viện Ứng dụng Công nghệ Sinh học Bắc Trung Bộ để thử nghiệm và tiếp nhận quy trình sử dụng, nhân sinh khối chế phẩm vi sinh tại trại.',
    },
    history: (h) => {
      h.move(
        [49, '09:00'],
        'SCREENING',
        'Tiếp nhận. Đề nghị hợp tác xã gửi diện tích, số ao và kết quả quan trắc nước vụ trước.',
      );
      h.move(
        [46, '14:00'],
        'INTRODUCED',
        'Sở giới thiệu hợp tác xã với Viện Ứng dụng Công nghệ Sinh học Bắc Trung Bộ, đơn vị sở hữu chế phẩm.',
      );
      h.meeting(
        [45, '10:00'],
        [43, '08:00'],
        'Trụ sở Hợp tác xã Nuôi trồng Thủy sản Kỳ Xuân, xã Kỳ Xuân',
        'Viện trình bày quy trình sử dụng chế phẩm và khảo sát 12 ao nuôi.',
      );
      h.message(
        [42, '15:20'],
        'vien-cnsh-bac-trung-bo',
        'Viện đề xuất thử nghiệm trên 4 ao trong một tháng: Viện cấp chế phẩm và cử cán bộ theo dõi, hợp tác xã bố trí nhân công và 4 ao đối chứng.',
      );
      h.move([40, '09:00'], 'NEGOTIATING', 'Hai bên thống nhất thử nghiệm một tháng trước khi ký hợp đồng.');
      h.message(
        [18, '16:30'],
        'htx-thuy-san-ky-xuan',
        'Sau một tháng thử nghiệm, NH3 ở ao thử giảm rõ rệt, tỷ lệ sống của tôm đạt 80% so với 64% ở ao đối chứng. Hợp tác xã đồng ý ký hợp đồng chuyển giao.',
      );
      h.move(
        [16, '10:00'],
        'AGREED',
        'Thống nhất: Viện chuyển giao quy trình sử dụng và nhân sinh khối chế phẩm tại trại, kèm hỗ trợ kỹ thuật 12 tháng; kinh phí 120 triệu đồng.',
      );
      h.close([10, '15:00'], 'DEAL', 'Hợp đồng chuyển giao công nghệ đã được ký và đăng ký tại Sở.', {
        type: 'LICENCE',
        value: 120_000_000,
        signedOn: [11, '09:00'],
        contractRegistered: true,
      });
      h.rate([9, '08:20'], 5, 'Cán bộ Sở kết nối nhanh và theo sát suốt thời gian thử nghiệm.');
    },
  },
];

const DAY = 86400_000;
const HOUR = 3600_000;

/** What the demo seed made before the cases: its users, organisations (by key) and listings (by key). */
export interface DemoWorld {
  em: EntityManager;
  config: Config;
  now: Date;
  broker: User;
  admin: User;
  orgs: Map<string, { org: Organization; owner: User }>;
  listings: Map<string, Listing>;
}

/**
 * The instant of `when`: a local time on the working day so many working days before (or after) the
 * seeding day, in the department's time zone (Asia/Ho_Chi_Minh, UTC+7 all year, as the working calendar).
 */
export function demoMoment(calendar: WorkingCalendar, now: Date, [days, time]: When): Date {
  const local = (dayMs: number, hhmm: string) =>
    new Date(`${new Date(dayMs).toISOString().slice(0, 10)}T${hhmm}:00+07:00`);
  let day = Date.parse(`${calendar.isoDay(now)}T00:00:00Z`);
  for (let left = Math.abs(days); left > 0;) {
    day += days > 0 ? -DAY : DAY;
    if (calendar.isWorkingDay(local(day, '12:00'))) left -= 1;
  }
  return local(day, time);
}

/** Seeds {@link DEMO_CASES}: numbered as the service numbers them, per year in the order they were opened. */
export async function seedDemoCases(world: DemoWorld): Promise<void> {
  const calendar = workingCalendar(world.config);
  const opened = DEMO_CASES.map((d) => ({ d, at: demoMoment(calendar, world.now, d.opening.at) })).sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
  const perYear = new Map<number, number>();
  for (const { d, at } of opened) {
    const year = at.getUTCFullYear();
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    d.history(new CaseHistory(world, calendar, `MG-${year}-${String(n).padStart(4, '0')}`, d.opening));
  }
  await world.em.flush();
}

/** One case being written: opened by the constructor, then step by step as the brokering service does. */
export class CaseHistory {
  private readonly c: BrokeringCase;
  private readonly t = translator('vi');
  private last = 0;

  constructor(
    private readonly w: DemoWorld,
    private readonly calendar: WorkingCalendar,
    number: string,
    opening: Opening,
  ) {
    const at = this.at(opening.at);
    if (opening.by === 'member') {
      // openCase
      const { org, owner } = this.org(opening.org);
      const listing = this.listing(opening.listing);
      this.c = this.create(number, opening.title, opening.need, org, owner, listing, at);
      this.event(at, owner, 'OPENED', this.t('cases.openedByMember'), { toStage: 'RECEIVED' });
      if (listing.organization.id !== org.id) this.c.counterpartIds = [listing.organization.id];
      this.tell([w.broker], 'case.opened', { number, title: this.c.title }, at);
    } else if (opening.by === 'interest') {
      const listing = this.listing(opening.listing);
      const seller = this.ownerOf(listing);
      const { org, owner } = this.org(opening.org);
      const i = opening.interest;
      // expressInterest
      const interest = new Interest(
        ref(listing),
        ref(org),
        ref(owner),
        i.whoWeAre,
        i.intendedUse,
        i.timeline,
      );
      interest.message = i.message;
      interest.createdAt = this.at(i.at);
      this.tell(
        [seller],
        'interest.received',
        { title: listing.content.title, organization: org.name },
        interest.createdAt,
        '/quan-tam?chieu=nhan',
      );
      // acceptInterest
      interest.status = 'ACCEPTED';
      interest.answeredAt = this.at(i.acceptedAt);
      interest.answeredBy = ref(seller);
      interest.updatedAt = interest.answeredAt;
      this.tell(
        [owner],
        'interest.accepted',
        { title: listing.content.title },
        interest.answeredAt,
        `/cong-nghe/${listing.slug}`,
      );
      w.em.persist(interest);
      // openCaseFromInterest, by the broker
      this.c = this.create(number, listing.content.title, i.intendedUse, org, owner, listing, at);
      this.event(at, w.broker, 'OPENED', this.t('cases.openedFromInterest'), { toStage: 'RECEIVED' });
      this.c.counterpartIds = [listing.organization.id];
      this.c.assignee = ref(w.broker);
      this.c.firstResponseAt = at;
      this.tell([owner, seller], 'case.opened', { number, title: this.c.title }, at);
    } else {
      // introduceMatch → introduceIntoCase, by the broker, on a request without an open case
      const request = this.listing(opening.request);
      const offer = this.listing(opening.offer);
      const requester = this.ownerOf(request);
      const { org } = this.org(this.keyOf(request));
      const need = request.content.summary || request.content.title;
      this.c = this.create(number, request.content.title, need, org, requester, request, at);
      this.event(at, w.broker, 'OPENED', this.t('cases.openedByIntroduction'), { toStage: 'RECEIVED' });
      this.c.counterpartIds = [offer.organization.id];
      this.c.assignee = ref(w.broker);
      this.c.firstResponseAt = at;
      const introduced = new Date(at.getTime() + 1);
      enterStage(this.w, this.c, 'INTRODUCED', introduced);
      this.event(introduced, w.broker, 'INTRODUCTION', opening.note, {
        fromStage: 'RECEIVED',
        toStage: 'INTRODUCED',
      });
      this.tell(
        [requester, this.ownerOf(offer)],
        'match.introduced',
        { request: request.content.title, offer: offer.content.title, number },
        at,
      );
    }
  }

  /** assignCase: `by` (staff) assigns the case to the demo broker. */
  assign(when: When, by: Who) {
    const at = this.at(when);
    const author = this.who(by);
    this.c.assignee = ref(this.w.broker);
    this.c.firstResponseAt ??= at;
    this.event(at, author, 'ASSIGNED', this.t('cases.assigned', { name: this.w.broker.displayName }));
    if (author.id !== this.w.broker.id) {
      this.tell([this.w.broker], 'case.assigned', { number: this.c.number, title: this.c.title }, at);
    }
  }

  /** moveCase, by the demo broker: a later stage (not CLOSED), its clock restarted. */
  move(when: When, stage: Exclude<CaseStage, 'CLOSED'>, note: string) {
    const at = this.at(when);
    const from = this.c.stage;
    if (CASE_STAGES.indexOf(stage) <= CASE_STAGES.indexOf(from)) {
      throw new Error(`demo case ${this.c.number}: ${from} → ${stage} is not forward`);
    }
    enterStage(this.w, this.c, stage, at);
    this.c.firstResponseAt ??= at;
    this.c.assignee ??= ref(this.w.broker);
    this.event(at, this.w.broker, 'STAGE_CHANGED', note, { fromStage: from, toStage: stage });
    const vars = { number: this.c.number, title: this.c.title, stage: this.t(`enums.CaseStage.${stage}`) };
    this.tell(this.parties(), 'case.stageChanged', vars, at);
  }

  /** addCaseMessage: a message the parties and the broker see. */
  message(when: When, by: Who, text: string) {
    const at = this.at(when);
    const author = this.who(by);
    const staff = by === 'broker' || by === 'admin';
    this.event(at, author, 'MESSAGE', text);
    if (staff) this.c.firstResponseAt ??= at;
    const parties = this.parties().filter((u) => u.id !== author.id);
    const brokers = this.c.assignee ? [this.c.assignee.getEntity()] : [this.w.broker];
    this.tell(staff ? parties : [...parties, ...brokers], 'case.message', this.numberAndTitle(), at);
  }

  /** addCaseMessage with `internal`: a note for brokers only, by the demo broker. */
  note(when: When, text: string) {
    const at = this.at(when);
    this.event(at, this.w.broker, 'INTERNAL_NOTE', text, { internal: true });
    this.c.firstResponseAt ??= at;
  }

  /** addCaseMeeting, by the demo broker: a meeting on `meetingAt` (may be ahead), recorded at `when`. */
  meeting(when: When, meetingAt: When, place: string, note: string) {
    const at = this.at(when);
    this.event(at, this.w.broker, 'MEETING', note, { meetingAt: this.at(meetingAt), meetingPlace: place });
    this.tell(this.parties(), 'case.meeting', { number: this.c.number, place }, at);
  }

  /** closeCase, by the demo broker; the clock keeps the deadline of the stage it closed from. */
  close(
    when: When,
    outcome: CaseOutcome,
    note: string,
    agreement?: { type: TransferForm; value: number; signedOn: When; contractRegistered: boolean },
  ) {
    const at = this.at(when);
    if (agreement) {
      this.c.agreementType = agreement.type;
      this.c.agreementValue = String(agreement.value);
      this.c.agreementDate = this.calendar.isoDay(this.at(agreement.signedOn));
      this.c.contractRegistered = agreement.contractRegistered;
    }
    const from = this.c.stage;
    this.c.stage = 'CLOSED';
    this.c.outcome = outcome;
    this.c.closedAt = at;
    this.c.firstResponseAt ??= at;
    this.event(at, this.w.broker, 'CLOSED', note, { fromStage: from, toStage: 'CLOSED' });
    const vars = { ...this.numberAndTitle(), outcome: this.t(`enums.CaseOutcome.${outcome}`) };
    this.tell(this.parties(), 'case.closed', vars, at);
  }

  /** rateCase, by the requester's contact person. */
  rate(when: When, rating: number, comment: string) {
    const at = this.at(when);
    this.c.rating = rating;
    this.c.ratingComment = comment;
    this.c.ratedAt = at;
    this.event(at, this.c.requestedBy.getEntity(), 'RATED', `${rating}/5 — ${comment}`);
  }

  // ---- the service's building blocks, dated -------------------------------------------------------

  /** createCase: a new case in RECEIVED, its clock started when it was opened. */
  private create(
    number: string,
    title: string,
    need: string,
    requester: Organization,
    requestedBy: User,
    listing: Listing,
    at: Date,
  ): BrokeringCase {
    const c = new BrokeringCase(number, title, need, ref(requester), ref(requestedBy));
    c.listing = ref(listing);
    c.openedAt = at;
    c.createdAt = at;
    enterStage(this.w, c, 'RECEIVED', at);
    this.w.em.persist(c);
    return c;
  }

  /** A timeline entry at `at`: entries of one case must come in order, and before the seeding. */
  private event(
    at: Date,
    author: User,
    kind: CaseEvent['kind'],
    text: string,
    extra: Partial<CaseEvent> = {},
  ) {
    if (at.getTime() <= this.last || at >= this.w.now) {
      throw new Error(`demo case ${this.c.number}: ${kind} at ${at.toISOString()} is out of order`);
    }
    this.last = at.getTime();
    const e = Object.assign(new CaseEvent(ref(this.c), kind, ref(author), text), extra);
    e.createdAt = at;
    this.w.em.persist(e);
    this.c.updatedAt = at;
  }

  /**
   * deliver, in-app only: the notification as the recipient got it then, read if it is more than two
   * working days old (the e-mails of the time are not queued again). Counted in working days, like the
   * events' own dates: seeded on a weekend or a Monday, the last working day's news is still unread.
   */
  private tell(users: User[], kind: string, vars: EventVars, at: Date, link = `/ho-so/${this.c.id}`) {
    for (const user of new Map(users.map((u) => [u.id, u])).values()) {
      const { title, body } = renderEvent(this.w.config, user, { kind, vars });
      const n = notify(this.w.em, user, { kind, title, body, link });
      n.createdAt = at;
      if (this.calendar.workingDaysBetween(at, this.w.now) > 2) n.readAt = new Date(at.getTime() + 2 * HOUR);
    }
  }

  private numberAndTitle() {
    return { number: this.c.number, title: this.c.title };
  }

  /** Members of the requester and of the counterparts (one contact person each in the demo). */
  private parties(): User[] {
    const ids = [this.c.requester.id, ...this.c.counterpartIds];
    return [...this.w.orgs.values()].filter((o) => ids.includes(o.org.id)).map((o) => o.owner);
  }

  private at(when: When): Date {
    return demoMoment(this.calendar, this.w.now, when);
  }

  private who(who: Who): User {
    if (who === 'broker') return this.w.broker;
    if (who === 'admin') return this.w.admin;
    return this.org(who).owner;
  }

  private org(key: string) {
    const o = this.w.orgs.get(key);
    if (!o) throw new Error(`no demo organisation ${key}`);
    return o;
  }

  private listing(key: string): Listing {
    const l = this.w.listings.get(key);
    if (!l) throw new Error(`no demo listing ${key}`);
    return l;
  }

  private keyOf(listing: Listing): string {
    const entry = [...this.w.orgs].find(([, o]) => o.org.id === listing.organization.id);
    if (!entry) throw new Error(`listing ${listing.slug} has no demo organisation`);
    return entry[0];
  }

  private ownerOf(listing: Listing): User {
    return this.org(this.keyOf(listing)).owner;
  }
}
