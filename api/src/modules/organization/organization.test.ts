import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/kit/app';
import { Organization, Membership } from './entities';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const ORG = /* GraphQL */ `
  query ($id: ID!) {
    organization(id: $id) {
      id
      name
      type
      taxCode
      address
      website
      description
      verified
      verificationStatus
      verificationNote
      viewerRole
      province {
        code
        name
      }
      members {
        role
        user {
          id
          displayName
        }
      }
      invitations {
        email
        role
        status
      }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation ($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        verified
        viewerRole
      }
      errors {
        field
        code
        message
      }
    }
  }
`;
const INVITE = /* GraphQL */ `
  mutation ($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation {
        id
        email
        role
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation ($token: String!) {
    acceptInvitation(input: { token: $token }) {
      membership {
        id
        role
        organization {
          id
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`;
const VERIFY = /* GraphQL */ `
  mutation ($input: VerifyOrganizationInput!) {
    verifyOrganization(input: $input) {
      organization {
        id
        verified
        verificationStatus
        verificationNote
      }
      errors {
        field
        code
        message
      }
    }
  }
`;

describe('creating an organisation', () => {
  it('makes the creator its owner, acting for it, and marks it unverified', async () => {
    const owner = await app.world.member();
    const r = await owner.client.ok(CREATE, {
      input: {
        name: 'Công ty Cổ phần Thủy sản Thạch Kim',
        type: 'BUSINESS',
        taxCode: '3001122334',
        provinceCode: 'ha-tinh',
        address: 'Xã Thạch Kim, tỉnh Hà Tĩnh',
        website: 'https://thuysanthachkim.example.vn',
        description: 'Nuôi tôm công nghệ cao.',
      },
    });
    expect(r.createOrganization.errors).toEqual([]);
    expect(r.createOrganization.organization).toMatchObject({ verified: false, viewerRole: 'OWNER' });
    const id = r.createOrganization.organization.id;
    const me = await owner.client.ok(
      `{ me { activeOrganization { id } memberships { role organization { id name } } } }`,
    );
    expect(me.me.activeOrganization.id).toBe(id);
    expect(me.me.memberships).toEqual([
      { role: 'OWNER', organization: { id, name: 'Công ty Cổ phần Thủy sản Thạch Kim' } },
    ]);
    const o = await owner.client.ok(ORG, { id });
    expect(o.organization).toMatchObject({
      taxCode: '3001122334',
      verificationStatus: 'UNVERIFIED',
      province: { code: 'ha-tinh', name: 'Tỉnh Hà Tĩnh' },
      members: [{ role: 'OWNER', user: { id: owner.user.id } }],
    });
  });

  it('refuses bad fields by name and saves nothing', async () => {
    const owner = await app.world.member();
    const before = await app.orm.em.fork().count(Organization, {});
    const r = await owner.client.ok(CREATE, {
      input: {
        name: '',
        type: 'BUSINESS',
        taxCode: 'x'.repeat(65),
        provinceCode: 'atlantis',
        website: 'javascript:alert(1)',
      },
    });
    expect(r.createOrganization.organization).toBeNull();
    expect(r.createOrganization.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'REQUIRED', message: 'Tên tổ chức là bắt buộc.' },
        {
          field: 'taxCode',
          code: 'LENGTH',
          message: 'Mã số thuế / số quyết định thành lập dài tối đa 64 ký tự.',
        },
        { field: 'website', code: 'INVALID', message: 'Trang web không hợp lệ.' },
      ]),
    );
    const province = await owner.client.ok(CREATE, {
      input: { name: 'A', type: 'BUSINESS', taxCode: '1', provinceCode: 'atlantis' },
    });
    expect(province.createOrganization.errors).toEqual([
      { field: 'provinceCode', code: 'INVALID', message: 'Tỉnh/thành phố không có trong danh sách.' },
    ]);
    expect(await app.orm.em.fork().count(Organization, {})).toBe(before);
  });

  it('requires a signed-in user', async () => {
    const r = await app
      .client()
      .gql(CREATE, { input: { name: 'A', type: 'BUSINESS', taxCode: '1', provinceCode: 'ha-tinh' } });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('what each role sees of an organisation', () => {
  it('shows visitors and other members the public profile only', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization({
      address: 'Phường Thành Sen',
      description: 'Giới thiệu công khai',
    });
    await owner.client.ok(INVITE, { input: { organizationId: id, email: 'khach@example.vn' } });
    const broker = await app.world.broker();
    const stranger = await app.world.member();
    for (const c of [app.client(), stranger.client]) {
      const o = (await c.ok(ORG, { id })).organization;
      expect(o).toMatchObject({
        description: 'Giới thiệu công khai',
        taxCode: null,
        address: null,
        verificationNote: null,
        members: [],
        invitations: [],
        viewerRole: null,
      });
    }
    const b = (await broker.client.ok(ORG, { id })).organization;
    expect(b).toMatchObject({ taxCode: '3001234567', address: 'Phường Thành Sen' });
    expect(b.members).toHaveLength(1);
    expect(b.invitations).toEqual([{ email: 'khach@example.vn', role: 'MEMBER', status: 'PENDING' }]);
  });

  it('lists organisations publicly, filtered by verification status', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization({ name: 'Hợp tác xã Chè Hương Sơn' });
    const r = await app
      .client()
      .ok(
        `{ organizations(first: 100, where: { verificationStatus: UNVERIFIED, search: "Chè Hương" }) { totalCount edges { node { id name verified } } } }`,
      );
    expect(r.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([id]);
    expect(r.organizations.edges[0].node.verified).toBe(false);
  });
});

describe('members and invitations', () => {
  it('invites by e-mail; the invitee accepts with the token and acts for the organisation', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization();
    const invitee = await app.world.member();
    const r = await owner.client.ok(INVITE, {
      input: { organizationId: id, email: invitee.user.email.toUpperCase() },
    });
    expect(r.inviteMember.errors).toEqual([]);
    expect(r.inviteMember.invitation).toMatchObject({
      email: invitee.user.email,
      role: 'MEMBER',
      status: 'PENDING',
    });
    const mail = await app.lastMail(invitee.user.email);
    expect(mail?.subject).toMatch(/^Lời mời tham gia Công ty Thử nghiệm/);
    const token = await app.tokenFromMail(invitee.user.email, '/invitation');

    const preview = await app
      .client()
      .ok(`query ($t: String!) { invitation(token: $t) { status organization { id } } }`, { t: token });
    expect(preview.invitation).toEqual({ status: 'PENDING', organization: { id } });

    const stranger = await app.world.member();
    const wrong = await stranger.client.ok(ACCEPT, { token });
    expect(wrong.acceptInvitation.errors[0]).toMatchObject({ field: 'token', code: 'WRONG_RECIPIENT' });

    const ok = await invitee.client.ok(ACCEPT, { token });
    expect(ok.acceptInvitation.errors).toEqual([]);
    expect(ok.acceptInvitation.membership).toMatchObject({ role: 'MEMBER', organization: { id } });
    const me = await invitee.client.ok(`{ me { activeOrganization { id viewerRole } } }`);
    expect(me.me.activeOrganization).toEqual({ id, viewerRole: 'MEMBER' });
    const again = await invitee.client.ok(ACCEPT, { token });
    expect(again.acceptInvitation.errors[0].code).toBe('INVALID_TOKEN');
  });

  it('refuses to invite someone already invited, and lets only owners invite', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization();
    await owner.client.ok(INVITE, { input: { organizationId: id, email: 'hai-lan@example.vn' } });
    const twice = await owner.client.ok(INVITE, {
      input: { organizationId: id, email: 'hai-lan@example.vn' },
    });
    expect(twice.inviteMember.errors).toEqual([
      { field: 'email', code: 'ALREADY_MEMBER', message: 'Người này đã là thành viên hoặc đã được mời.' },
    ]);
    const stranger = await app.world.member();
    const broker = await app.world.broker();
    for (const c of [stranger.client, broker.client]) {
      expect(
        (await c.gql(INVITE, { input: { organizationId: id, email: 'x@example.vn' } })).errors?.[0].extensions
          ?.code,
      ).toBe('FORBIDDEN');
    }
    expect(
      (await app.client().gql(INVITE, { input: { organizationId: id, email: 'x@example.vn' } })).errors?.[0]
        .extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('revokes an invitation so its token no longer works', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization();
    const invitee = await app.world.member();
    const inv = await owner.client.ok(INVITE, { input: { organizationId: id, email: invitee.user.email } });
    const token = await app.tokenFromMail(invitee.user.email, '/invitation');
    const rev = await owner.client.ok(
      `mutation ($id: ID!) { revokeInvitation(input: { invitationId: $id }) { invitation { status } errors { code } } }`,
      {
        id: inv.inviteMember.invitation.id,
      },
    );
    expect(rev.revokeInvitation.invitation.status).toBe('REVOKED');
    expect((await invitee.client.ok(ACCEPT, { token })).acceptInvitation.errors[0].code).toBe(
      'INVALID_TOKEN',
    );
  });

  it('refuses an expired invitation', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization();
    const invitee = await app.world.member();
    await owner.client.ok(INVITE, { input: { organizationId: id, email: invitee.user.email } });
    const token = await app.tokenFromMail(invitee.user.email, '/invitation');
    await app.orm.em
      .fork()
      .getConnection()
      .execute(`update invitations set expires_at = now() - interval '1 second' where email = ?`, [
        invitee.user.email,
      ]);
    expect((await invitee.client.ok(ACCEPT, { token })).acceptInvitation.errors[0].code).toBe(
      'INVALID_TOKEN',
    );
  });

  it('keeps at least one owner, lets owners remove members and members leave', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization();
    const invitee = await app.world.member();
    await owner.client.ok(INVITE, { input: { organizationId: id, email: invitee.user.email } });
    await invitee.client.ok(ACCEPT, { token: await app.tokenFromMail(invitee.user.email, '/invitation') });
    const members = await app.orm.em.fork().find(Membership, { organization: id });
    const ownerM = members.find((m) => m.user.id === owner.user.id)!;
    const memberM = members.find((m) => m.user.id === invitee.user.id)!;
    const REMOVE = `mutation ($id: ID!) { removeMember(input: { membershipId: $id }) { organization { id } errors { field code message } } }`;

    expect((await invitee.client.gql(REMOVE, { id: ownerM.id })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const last = await owner.client.ok(REMOVE, { id: ownerM.id });
    expect(last.removeMember.errors).toEqual([
      { field: 'membershipId', code: 'LAST_OWNER', message: 'Tổ chức phải còn ít nhất một chủ sở hữu.' },
    ]);
    const leave = await invitee.client.ok(REMOVE, { id: memberM.id });
    expect(leave.removeMember.errors).toEqual([]);
    expect(await app.orm.em.fork().count(Membership, { organization: id })).toBe(1);
  });

  it('gives and takes an organisation on the very next request (the session read a moment ago is not reused)', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization();
    const invitee = await app.world.member();
    const ACTIVE = `{ me { activeOrganization { id } } }`;
    // Read (and kept by this process for SESSION_CACHE_SECONDS) before each change.
    expect((await invitee.client.ok(ACTIVE)).me.activeOrganization).toBeNull();
    await owner.client.ok(INVITE, { input: { organizationId: id, email: invitee.user.email } });
    await invitee.client.ok(ACCEPT, { token: await app.tokenFromMail(invitee.user.email, '/invitation') });
    expect((await invitee.client.ok(ACTIVE)).me.activeOrganization.id).toBe(id);
    const membership = await app.orm.em
      .fork()
      .findOneOrFail(Membership, { organization: id, user: invitee.user.id });
    const REMOVE = `mutation ($id: ID!) { removeMember(input: { membershipId: $id }) { errors { code } } }`;
    expect((await owner.client.ok(REMOVE, { id: membership.id })).removeMember.errors).toEqual([]);
    expect((await invitee.client.ok(ACTIVE)).me.activeOrganization).toBeNull();
  });

  it('switches the organisation a user acts for, only among their own', async () => {
    const user = await app.world.member();
    const first = await user.createOrganization();
    const second = await user.createOrganization();
    const SWITCH = `mutation ($id: ID!) { switchOrganization(input: { organizationId: $id }) { me { activeOrganization { id } } errors { code } } }`;
    expect((await user.client.ok(SWITCH, { id: first })).switchOrganization.me.activeOrganization.id).toBe(
      first,
    );
    expect((await user.client.ok(`{ me { activeOrganization { id } } }`)).me.activeOrganization.id).toBe(
      first,
    );
    const other = await app.world.member();
    const foreign = await other.createOrganization();
    expect((await user.client.gql(SWITCH, { id: foreign })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(second).not.toBe(first);
  });
});

describe('verification by a broker', () => {
  it('lets a broker verify with a note; the owner is told by e-mail and the badge changes', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization();
    const broker = await app.world.broker();
    const r = await broker.client.ok(VERIFY, {
      input: { organizationId: id, status: 'VERIFIED', note: 'Đã đối chiếu mã số thuế.' },
    });
    expect(r.verifyOrganization).toMatchObject({
      organization: {
        verified: true,
        verificationStatus: 'VERIFIED',
        verificationNote: 'Đã đối chiếu mã số thuế.',
      },
      errors: [],
    });
    expect((await app.client().ok(ORG, { id })).organization.verified).toBe(true);
    expect((await app.lastMail(owner.user.email))?.subject).toMatch(/^Kết quả xác minh tổ chức/);
  });

  it('requires a reason to reject', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization();
    const broker = await app.world.broker();
    const r = await broker.client.ok(VERIFY, { input: { organizationId: id, status: 'REJECTED' } });
    expect(r.verifyOrganization.errors).toEqual([
      { field: 'note', code: 'REQUIRED', message: 'Cần ghi rõ lý do khi từ chối xác minh.' },
    ]);
    expect((await app.client().ok(ORG, { id })).organization.verificationStatus).toBe('UNVERIFIED');
  });

  it('refuses verification by owners, members and visitors', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization();
    const input = { organizationId: id, status: 'VERIFIED' };
    expect((await owner.client.gql(VERIFY, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.client().gql(VERIFY, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await app.world.admin();
    expect((await admin.client.ok(VERIFY, { input })).verifyOrganization.organization.verified).toBe(true);
  });

  it('sends an owner who changes the tax code back to verification', async () => {
    const owner = await app.world.member();
    const id = await owner.createOrganization();
    const broker = await app.world.broker();
    await broker.client.ok(VERIFY, { input: { organizationId: id, status: 'VERIFIED', note: 'OK' } });
    const UPDATE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { verificationStatus description } errors { field code } } }`;
    const r1 = await owner.client.ok(UPDATE, { input: { organizationId: id, description: 'Mô tả mới' } });
    expect(r1.updateOrganization.organization).toEqual({
      verificationStatus: 'VERIFIED',
      description: 'Mô tả mới',
    });
    const r2 = await owner.client.ok(UPDATE, { input: { organizationId: id, taxCode: '3009999999' } });
    expect(r2.updateOrganization.organization.verificationStatus).toBe('UNVERIFIED');
    const stranger = await app.world.member();
    expect(
      (await stranger.client.gql(UPDATE, { input: { organizationId: id, name: 'Chiếm quyền' } })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown organisation', async () => {
    const broker = await app.world.broker();
    const r = await broker.client.gql(VERIFY, {
      input: { organizationId: '00000000-0000-4000-8000-000000000000', status: 'VERIFIED' },
    });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0].message).toBe('Không tìm thấy tổ chức.');
  });
});
