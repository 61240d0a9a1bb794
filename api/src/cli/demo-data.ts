import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createUser } from '../modules/account/service';
import { User } from '../modules/account/entities';
import { Membership, Organization } from '../modules/organization/entities';

/** Demo logins, printed by `pnpm start`. Seeded only outside production. */
export const DEMO_PASSWORD = 'demo-techbridge-2026';
export const DEMO_ACCOUNTS = [
  {
    email: 'doanhnghiep@demo.techbridge.vn',
    displayName: 'Nguyễn Văn Hùng',
    role: 'MEMBER',
    label: 'doanh nghiệp / business member',
  },
  {
    email: 'nhakhoahoc@demo.techbridge.vn',
    displayName: 'TS. Trần Thị Lan',
    role: 'MEMBER',
    label: 'nhà khoa học / researcher',
  },
  {
    email: 'moigioi@demo.techbridge.vn',
    displayName: 'Lê Minh Tuấn',
    role: 'BROKER',
    label: 'cán bộ môi giới / broker',
  },
  {
    email: 'quantri@demo.techbridge.vn',
    displayName: 'Phạm Quốc Bảo',
    role: 'ADMIN',
    label: 'quản trị / admin',
  },
] as const;

/** Seeds demo accounts and organisations when the database has no users. Returns false if it had some. */
export async function seedDemo(em: EntityManager): Promise<boolean> {
  if ((await em.count(User, {})) > 0) return false;
  const [business, researcher, broker] = await Promise.all(
    DEMO_ACCOUNTS.map((a) =>
      createUser(em, { email: a.email, password: DEMO_PASSWORD, displayName: a.displayName, role: a.role }),
    ),
  );
  const orgs: Array<[User, Organization, boolean]> = [
    [
      business,
      Object.assign(
        new Organization('Công ty TNHH Cơ khí Nông nghiệp Hồng Lĩnh', 'BUSINESS', '3001234567', 'ha-tinh'),
        {
          address: 'Phường Hồng Lĩnh, tỉnh Hà Tĩnh',
          website: 'https://cokhihonglinh.example.vn',
          description:
            'Chế tạo máy sấy lúa, máy gặt đập liên hợp cỡ nhỏ và thiết bị sau thu hoạch cho nông dân miền Trung.',
        },
      ),
      true,
    ],
    [
      researcher,
      Object.assign(
        new Organization(
          'Viện Ứng dụng Công nghệ Sinh học Bắc Trung Bộ',
          'RESEARCH_INSTITUTE',
          'QĐ-123/2019',
          'ha-tinh',
        ),
        {
          address: 'Phường Thành Sen, tỉnh Hà Tĩnh',
          description:
            'Nghiên cứu và chuyển giao công nghệ sinh học trong nuôi trồng thủy sản và chế biến nông sản.',
        },
      ),
      true,
    ],
    [
      business,
      Object.assign(
        new Organization('Hợp tác xã Nông nghiệp Cẩm Xuyên', 'BUSINESS', '3009876543', 'ha-tinh'),
        {
          address: 'Xã Cẩm Xuyên, tỉnh Hà Tĩnh',
          description: 'Sản xuất lúa hữu cơ và cam Khe Mây.',
        },
      ),
      false,
    ],
  ];
  for (const [owner, org, verified] of orgs) {
    if (verified) {
      org.verificationStatus = 'VERIFIED';
      org.verifiedAt = new Date();
      org.verifiedBy = ref(broker);
      org.verificationNote = 'Đã đối chiếu mã số thuế / quyết định thành lập.';
    }
    em.persist([org, new Membership(ref(owner), ref(org), 'OWNER')]);
  }
  await em.flush();
  return true;
}
