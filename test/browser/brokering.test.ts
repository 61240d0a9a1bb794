import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { computeMatches } from '../../api/src/modules/matching/service';
import { sessionCookieName } from '../../api/src/modules/account/sessions';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import { describeInBrowser, launchBrowser, openPage, seriousAccessibilityViolations } from '../kit/browser';
import { owner, published, type Owner } from '../kit/listings';

const OFFER_TITLE = 'Máy sấy lúa tuần hoàn đốt trấu 10 tấn/mẻ';
const REQUEST_TITLE = 'Cần máy sấy lúa tuần hoàn cho hợp tác xã Can Lộc';
const CONTACT = { name: 'Nguyễn Văn Chủ', email: 'chu@maysay.example.vn', phone: '0912 345 678' };

const PHONE = { width: 390, height: 844 };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describeInBrowser('interests and brokering, in Vietnamese', () => {
  let app: TestApp;
  let browser: Browser;
  let broker: Actor;
  let seller: Owner;
  let business: Owner;
  let offerSlug: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ web: true }), launchBrowser()]);
    broker = await app.world.broker({ displayName: 'Lê Văn Kết' });
    seller = await owner(app, broker, { name: 'Viện Cơ điện Nông nghiệp Bắc Trung Bộ' });
    business = await owner(app, broker, { name: 'Hợp tác xã Nông nghiệp Thiên Lộc' });
    const offer = await published(app, seller, broker, 'OFFER', {
      title: OFFER_TITLE,
      contactName: CONTACT.name,
      contactEmail: CONTACT.email,
      contactPhone: CONTACT.phone,
    });
    offerSlug = offer.slug;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A browser context signed in as `actor`: the actor's session cookie, as the sign-in page would set it. */
  async function signedIn(actor: Actor, viewport?: { width: number; height: number }) {
    const session = await openPage(browser, app.url, viewport ? { viewport } : {});
    const name = sessionCookieName(app.config);
    const value = actor.client.cookies.get(name);
    if (!value) throw new Error(`${actor.user.email} has no session`);
    await session.context.addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Lax' }]);
    return session;
  }

  async function close(...contexts: BrowserContext[]) {
    await Promise.all(contexts.map((context) => context.close()));
  }

  const heading = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  it('lets a business express interest in an offer, its owner accept it, and the business see the contact', async () => {
    const buyer = await signedIn(business);
    const owning = await signedIn(seller, PHONE);
    try {
      // The business opens the published offer and tells its owner they are interested.
      const { page } = buyer;
      await page.goto(`/cong-nghe/${offerSlug}`);
      await heading(page, OFFER_TITLE);
      await page.getByRole('button', { name: 'Bày tỏ quan tâm' }).click();
      const dialog = page.getByRole('dialog', { name: 'Bày tỏ quan tâm' });
      await dialog
        .getByLabel('Chúng tôi là ai')
        .fill('Hợp tác xã 120 hộ trồng lúa ở Can Lộc, sấy 3 000 tấn mỗi vụ.');
      await dialog
        .getByLabel('Chúng tôi muốn dùng công nghệ này để làm gì')
        .fill('Thay lò sấy than bằng máy sấy đốt trấu cho vụ Đông Xuân.');
      await dialog.getByRole('textbox', { name: 'Thời gian dự kiến triển khai' }).click();
      await page.getByRole('option', { name: 'Trong vòng 6 tháng' }).click();
      await dialog.getByLabel('Lời nhắn cho bên đăng tin').fill('Chúng tôi muốn xem máy chạy thực tế.');
      await dialog.getByRole('button', { name: 'Gửi quan tâm' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(/Đã gửi ngày .*, đang chờ bên đăng tin trả lời\./).waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Bày tỏ quan tâm' }).isDisabled()).toBe(true);

      // The owner, on a phone, finds it under "Quan tâm" → "Đã nhận" and accepts it.
      const o = owning.page;
      await o.goto('/');
      await o.getByRole('button', { name: 'Mở menu điều hướng' }).click();
      await o
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Quan tâm' })
        .click();
      await heading(o, 'Quan tâm');
      await o.getByRole('tab', { name: 'Đã nhận' }).click();
      expect(new URL(o.url()).searchParams.get('chieu')).toBe('nhan');
      const card = o.getByRole('listitem').filter({ has: o.getByRole('link', { name: OFFER_TITLE }) });
      await card.getByText('Thay lò sấy than bằng máy sấy đốt trấu cho vụ Đông Xuân.').waitFor();
      await card.getByText('Trong vòng 6 tháng').waitFor();
      expect(await seriousAccessibilityViolations(o)).toEqual([]);
      await card
        .getByRole('button', { name: 'Chấp nhận quan tâm của Hợp tác xã Nông nghiệp Thiên Lộc' })
        .click();
      await card.getByText('Đã chấp nhận', { exact: true }).waitFor();
      // Once accepted, the owner sees who wrote to them.
      await card.getByRole('link', { name: business.user.email }).waitFor();
      expect(await seriousAccessibilityViolations(o)).toEqual([]);

      // The business comes back to the listing: the owner's contact is there.
      await page.reload();
      await heading(page, OFFER_TITLE);
      await page.getByText('Liên hệ bên đăng tin').waitFor();
      await page.getByText(CONTACT.name).waitFor();
      await page.getByRole('link', { name: CONTACT.email }).waitFor();
      await page.getByRole('link', { name: CONTACT.phone }).waitFor();

      expect(buyer.pageErrors).toEqual([]);
      expect(owning.pageErrors).toEqual([]);
    } finally {
      await close(buyer.context, owning.context);
    }
  }, 120_000);

  it('lets a broker introduce a proposed match, run the case to a deal, and the requester rate it', async () => {
    // The business's need, matched by the system with the seller's offer.
    const request = await published(app, business, broker, 'REQUEST', {
      title: REQUEST_TITLE,
      summary: 'Hợp tác xã cần máy sấy lúa tuần hoàn đốt trấu, công suất 8–10 tấn mỗi mẻ.',
    });
    await app.searchSync.flushAll();
    await computeMatches(app.services, request.id);

    const staff = await signedIn(broker);
    const requester = await signedIn(business, PHONE);
    try {
      const { page } = staff;
      await page.goto('/');
      await page.getByRole('button', { name: 'Quản trị' }).click();
      await page.getByRole('menuitem', { name: 'Ghép nối cung – cầu' }).click();
      await heading(page, 'Đề xuất ghép nối');
      const proposal = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: REQUEST_TITLE }) })
        .filter({ has: page.getByRole('link', { name: OFFER_TITLE }) });
      await proposal.getByText(/Điểm phù hợp \d+\/100/).waitFor();
      await proposal
        .getByText(/\+\d+ điểm/)
        .first()
        .waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await proposal
        .getByRole('button', { name: `Giới thiệu “${REQUEST_TITLE}” với “${OFFER_TITLE}”` })
        .click();
      const introduce = page.getByRole('dialog', { name: 'Giới thiệu hai bên' });
      await introduce.getByLabel('Lời nhắn cho hai bên').fill('Hai bên có thể gặp nhau tại Sở vào tuần tới.');
      await introduce.getByRole('button', { name: 'Giới thiệu' }).click();
      await introduce.waitFor({ state: 'hidden' });
      await proposal.getByRole('link', { name: 'Mở hồ sơ' }).click();

      // The case: introduced, with the offer's owner as counterpart.
      await heading(page, REQUEST_TITLE);
      await page.getByText(/Số hồ sơ MG-\d{4}-\d{4}/).waitFor();
      await page.getByText('Bước “Đã giới thiệu” hết hạn ngày', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Viện Cơ điện Nông nghiệp Bắc Trung Bộ' }).waitFor();
      await page.getByText('Hai bên có thể gặp nhau tại Sở vào tuần tới.').waitFor();

      // An internal note stays with the brokers.
      await page.getByRole('switch', { name: 'Ghi chú nội bộ' }).check({ force: true });
      await page
        .getByLabel('Nội dung ghi chú')
        .fill('Bên bán đề nghị giá 350 triệu, bên mua có ngân sách 400 triệu.');
      await page.getByRole('button', { name: 'Lưu ghi chú' }).click();
      await page.getByText('Chỉ chuyên viên thấy').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      for (const stage of ['Đàm phán', 'Đã thỏa thuận']) {
        await page.getByRole('button', { name: `Chuyển sang: ${stage}` }).click();
        const move = page.getByRole('dialog', { name: 'Chuyển bước hồ sơ' });
        await move.getByRole('button', { name: 'Chuyển bước' }).click();
        await move.waitFor({ state: 'hidden' });
        await page.getByText(new RegExp(`Chuyển từ “.*” sang “${escapeRegExp(stage)}”`)).waitFor();
      }

      // Closed as a deal, with the agreement.
      await page.getByRole('button', { name: 'Đóng hồ sơ' }).click();
      const closing = page.getByRole('dialog', { name: 'Đóng hồ sơ' });
      await expect.poll(() => closing.getByRole('radio', { name: /Thành công/ }).isChecked()).toBe(true);
      await closing.getByRole('textbox', { name: 'Hình thức chuyển giao' }).click();
      await page.getByRole('option', { name: 'Li-xăng' }).click();
      await closing.getByLabel('Giá trị (đồng)').fill('350000000');
      await closing.getByLabel('Hợp đồng chuyển giao công nghệ đã được đăng ký với Sở').check();
      await closing.getByRole('button', { name: 'Đóng hồ sơ' }).click();
      await closing.waitFor({ state: 'hidden' });
      await page.getByText('Hoàn thành đúng hạn').first().waitFor();
      await page.getByText('Thỏa thuận chuyển giao').waitFor();
      await page.getByText('350.000.000 ₫').waitFor();
      await page.getByText('Hợp đồng đã đăng ký với Sở').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // The requester follows the dossier on a phone, without the brokers' note, and rates the service.
      const r = requester.page;
      await r.goto('/ho-so');
      await heading(r, 'Hồ sơ của tôi');
      await r.getByRole('link', { name: REQUEST_TITLE }).click();
      await heading(r, REQUEST_TITLE);
      await r.getByText('Đã đóng: Thành công – đã ký thỏa thuận').first().waitFor();
      expect(await r.getByText('Bên bán đề nghị giá 350 triệu').count()).toBe(0);
      expect(await r.getByText('Chỉ chuyên viên thấy').count()).toBe(0);
      await r.getByRole('button', { name: 'Đánh giá dịch vụ' }).click();
      const rating = r.getByRole('dialog', { name: 'Đánh giá dịch vụ hỗ trợ kết nối' });
      // The stars are radio buttons: chosen with the keyboard, as the visible stars cover them.
      await rating.getByRole('radio', { name: '5 sao' }).focus();
      await r.keyboard.press('Space');
      await rating.getByText('Rất hài lòng').waitFor();
      await rating.getByLabel('Nhận xét').fill('Chuyên viên hỗ trợ nhanh, đúng hẹn.');
      await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await rating.waitFor({ state: 'hidden' });
      await r.getByText('“Chuyên viên hỗ trợ nhanh, đúng hẹn.”').waitFor();
      await r.getByText('5/5', { exact: true }).first().waitFor();
      await expect.poll(() => r.getByRole('button', { name: 'Đánh giá dịch vụ' }).count()).toBe(0);
      expect(await seriousAccessibilityViolations(r)).toEqual([]);

      expect(staff.pageErrors).toEqual([]);
      expect(requester.pageErrors).toEqual([]);
    } finally {
      await close(staff.context, requester.context);
    }
  }, 180_000);

  it('shows the public statistics with the deal and the rating', async () => {
    for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
      const { context, page, pageErrors } = await openPage(browser, app.url, { viewport });
      try {
        await page.goto('/thong-ke');
        await heading(page, 'Thống kê hoạt động sàn');
        const deals = page.getByRole('listitem').filter({ hasText: 'Giao dịch thành công' });
        await deals.getByText('1', { exact: true }).waitFor();
        await deals.getByText('Tổng giá trị 350 triệu đồng').waitFor();
        const satisfaction = page.getByRole('listitem').filter({ hasText: 'Mức độ hài lòng' });
        await satisfaction.getByText('5/5').waitFor();
        await page.getByRole('figure').filter({ hasText: 'Tin đã công bố theo lĩnh vực' }).waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  }, 60_000);

  it('lets a member save a search with alerts, and read their notifications from the bell', async () => {
    const { context, page, pageErrors } = await signedIn(business);
    try {
      await page.goto('/tim-kiem?q=m%C3%A1y+s%E1%BA%A5y&kind=OFFER');
      await heading(page, 'Tìm công nghệ');
      await page.getByRole('button', { name: 'Lưu tìm kiếm' }).click();
      const save = page.getByRole('dialog', { name: 'Lưu tìm kiếm' });
      await expect.poll(() => save.getByLabel('Tên tìm kiếm').inputValue()).toBe('máy sấy');
      await save.getByLabel('Tên tìm kiếm').fill('Máy sấy nông sản');
      await save.getByRole('button', { name: 'Lưu' }).click();
      await save.waitFor({ state: 'hidden' });

      // The bell counts what happened to the business's interest and case.
      const bell = page.getByRole('banner').getByRole('link', { name: /^Thông báo: \d+ chưa đọc$/ });
      await bell.click();
      await heading(page, 'Thông báo');
      await page
        .getByRole('link', { name: /đã được chấp nhận/ })
        .first()
        .waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
      await page.getByRole('banner').getByRole('link', { name: 'Thông báo', exact: true }).waitFor();

      await page.getByRole('link', { name: 'Tìm kiếm đã lưu' }).click();
      await heading(page, 'Tìm kiếm đã lưu');
      const saved = page.getByRole('listitem').filter({ hasText: 'Máy sấy nông sản' });
      await saved.getByText('Từ khóa: “máy sấy”').waitFor();
      await saved.getByText('Chào bán', { exact: true }).waitFor();
      const alerts = saved.getByRole('switch', { name: 'Báo khi có tin mới phù hợp' });
      expect(await alerts.isChecked()).toBe(true);
      await alerts.uncheck({ force: true });
      await expect.poll(() => alerts.isChecked()).toBe(false);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await saved.getByRole('link', { name: 'Mở tìm kiếm “Máy sấy nông sản”' }).click();
      await heading(page, 'Tìm công nghệ');
      const url = new URL(page.url());
      expect(url.searchParams.get('q')).toBe('máy sấy');
      expect(url.searchParams.getAll('kind')).toEqual(['OFFER']);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
