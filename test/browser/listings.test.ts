import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import {
  describeInBrowser,
  launchBrowser,
  openPage,
  seriousAccessibilityViolations,
  signInThroughPage,
} from '../kit/browser';

const VERIFY_ORGANIZATION = /* GraphQL */ `
  mutation ($input: VerifyOrganizationInput!) {
    verifyOrganization(input: $input) {
      organization {
        id
        verificationStatus
      }
      errors {
        message
      }
    }
  }
`;

/** A 40×30 PNG: green over yellow, like a field of ripe rice. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAM0lEQVR42u3NMQ0AMAgAMBQtC/4wN0lTgAw4mvRvnMoRIRaLxWLxvvi/O0IsFovF4n1xA7lNdLPJ0KpNAAAAAElFTkSuQmCC',
  'base64',
);

const TITLE = 'Máy sấy lúa tuần hoàn đốt trấu 8 tấn/mẻ cho hợp tác xã';
const SECRET = 'Bí quyết: giữ buồng đốt ở 650 °C, tỷ lệ gió hồi 35 %.';
const PHONE = '0912 345 678';

/** Waits for the guided form's step heading ("Bước 3/7: Chi tiết kỹ thuật"). */
const step = (page: Page, n: number, name: string) =>
  page.getByRole('heading', { level: 2, name: `Bước ${n}/7: ${name}` }).waitFor();

describeInBrowser('listings, in Vietnamese', () => {
  let app: TestApp;
  let browser: Browser;
  let member: Actor;
  let broker: Actor;
  const organization = 'Công ty TNHH Cơ khí Nông nghiệp Đức Thọ';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ web: true }), launchBrowser()]);
    member = await app.world.member({ displayName: 'Trần Thị Mai' });
    broker = await app.world.broker({ displayName: 'Lê Văn Kết' });
    const organizationId = await member.createOrganization({ name: organization });
    const verified = await broker.client.ok(VERIFY_ORGANIZATION, {
      input: { organizationId, status: 'VERIFIED', note: 'Đã đối chiếu mã số thuế.' },
    });
    expect(verified.verifyOrganization.errors).toEqual([]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lets a member of a verified organisation post an offer through the guided form and submit it', async () => {
    const { context, page, pageErrors } = await openPage(browser, app.url);
    try {
      await signInThroughPage(page, { email: member.user.email, password: member.password });
      await page.getByRole('banner').getByRole('link', { name: 'Đăng tin' }).click();
      await page.getByRole('heading', { level: 1, name: 'Đăng tin chào bán công nghệ' }).waitFor();
      await step(page, 1, 'Thông tin cơ bản');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // 1. Basics. Moving on saves the draft, whose address becomes its edit page.
      await page.getByLabel('Tiêu đề').fill(TITLE);
      await page
        .getByLabel('Tóm tắt')
        .fill('Máy sấy tháp tuần hoàn dùng lò đốt trấu gián tiếp, giảm 25 % nhiên liệu, hạt khô đều.');
      await page
        .getByLabel('Mô tả chi tiết')
        .fill(
          'Máy sấy tuần hoàn dạng tháp.\n\n**Thông số chính:**\n- Công suất 8 tấn/mẻ\n- Lò đốt trấu gián tiếp',
        );
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await step(page, 2, 'Phân loại');
      await page.waitForURL(/\/dang-tin\/[^/]+\/sua\?buoc=2$/);
      await page.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();

      // 2. Classification.
      await page.getByRole('textbox', { name: 'Lĩnh vực' }).click();
      await page.getByRole('option', { name: 'Nông nghiệp và công nghệ sau thu hoạch' }).click();
      await page.keyboard.press('Escape');
      const keywords = page.getByRole('textbox', { name: 'Từ khóa công nghệ' });
      await keywords.fill('máy sấy lúa');
      await keywords.press('Enter');
      await keywords.fill('đốt trấu');
      await keywords.press('Enter');
      await page.getByRole('textbox', { name: 'Mức độ sẵn sàng công nghệ (TRL)' }).click();
      await page.getByRole('option', { name: /^TRL 7 / }).click();
      await page.getByRole('button', { name: 'Tiếp tục' }).click();

      // 3. The offer's advantages and intellectual property.
      await step(page, 3, 'Chi tiết kỹ thuật');
      await page
        .getByLabel('Ưu điểm và tính mới')
        .fill('Tiết kiệm 25 % nhiên liệu so với máy sấy vỉ ngang; tỷ lệ gạo nguyên tăng 4 %.');
      await page.getByRole('button', { name: 'Thêm tài sản trí tuệ' }).click();
      await page.getByLabel('Số đơn / số văn bằng').fill('2-0003456');
      await page.getByRole('button', { name: 'Tiếp tục' }).click();

      // 4. Transfer terms: a price range in đồng, the exchange's province by default.
      await step(page, 4, 'Điều kiện chuyển giao');
      await page.getByRole('checkbox', { name: 'Li-xăng' }).check();
      await page.getByRole('checkbox', { name: 'Dịch vụ kỹ thuật / tư vấn' }).check();
      await page.getByRole('switch', { name: 'Giá thỏa thuận' }).uncheck();
      await page.getByLabel('Giá từ (đồng)').fill('850000000');
      await page.getByLabel('Giá đến (đồng)').fill('1200000000');
      await expect.poll(() => page.getByLabel('Giá từ (đồng)').inputValue()).toBe('850.000.000');
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Tỉnh/thành phố áp dụng' }).inputValue())
        .toBe('Tỉnh Hà Tĩnh');
      await page.getByRole('button', { name: 'Tiếp tục' }).click();

      // 5. The confidential part and the contact person, who is the member by default.
      await step(page, 5, 'Phần bảo mật và liên hệ');
      await page.getByLabel('Thông tin chi tiết bảo mật').fill(SECRET);
      await expect.poll(() => page.getByLabel('Họ và tên người liên hệ').inputValue()).toBe('Trần Thị Mai');
      await page.getByLabel('Số điện thoại người liên hệ').fill(PHONE);
      await page.getByRole('button', { name: 'Tiếp tục' }).click();

      // 6. A photo, uploaded at once; the first one is the cover.
      await step(page, 6, 'Hình ảnh và tài liệu');
      await page
        .locator('input[type="file"][accept*="image/png"]')
        .setInputFiles({ name: 'may-say-lua.png', mimeType: 'image/png', buffer: PHOTO });
      await page.getByRole('img', { name: 'may-say-lua.png' }).waitFor();
      await page.getByText('Ảnh bìa', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Tiếp tục' }).click();

      // 7. The preview shows the saved listing as the public will see it; then it goes to the department.
      await step(page, 7, 'Xem trước và gửi');
      await page.getByText('Tin đã đủ thông tin để gửi Sở duyệt.', { exact: false }).waitFor();
      await page.getByRole('heading', { level: 3, name: TITLE }).waitFor();
      await page
        .getByText(/850\.000\.000\s₫ – 1\.200\.000\.000\s₫/)
        .first()
        .waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Gửi Sở duyệt' }).click();

      // "Tin của tôi" lists it, waiting for the department.
      await page.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
      const card = page.getByRole('listitem').filter({ hasText: TITLE });
      await card.getByText('Chờ Sở duyệt').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('lets a broker find it in the review queue, verify its IP record and publish it with a reason', async () => {
    const { context, page, pageErrors } = await openPage(browser, app.url);
    try {
      await signInThroughPage(page, { email: broker.user.email, password: broker.password });
      await page.getByRole('banner').getByRole('button', { name: 'Quản trị' }).click();
      await page.getByRole('menuitem', { name: 'Duyệt tin đăng' }).click();
      await page.getByRole('heading', { level: 1, name: 'Duyệt tin đăng' }).waitFor();
      await page.getByRole('link', { name: `Xem và duyệt: ${TITLE}` }).click();

      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      // Everything submitted shows as a change, the organisation included, and the confidential part.
      await page.getByRole('rowheader', { name: 'Tiêu đề' }).waitFor();
      await page.getByText(organization).first().waitFor();
      await page.getByText(SECRET).last().waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByRole('switch', { name: 'Đã xác minh với cơ sở dữ liệu sở hữu trí tuệ' }).check();
      await page.getByText('Đã gắn nhãn xác minh cho tài sản trí tuệ').waitFor();

      await page.getByRole('button', { name: 'Duyệt đăng' }).click();
      const dialog = page.getByRole('dialog', { name: 'Duyệt đăng tin' });
      await dialog.getByLabel('Lý do').fill('Thông tin đầy đủ, đã đối chiếu văn bằng giải pháp hữu ích.');
      await dialog.getByRole('button', { name: 'Duyệt đăng' }).click();

      await page.getByText(`Đã duyệt đăng “${TITLE}”`).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Duyệt tin đăng' }).waitFor();
      await page.getByText('Không có tin nào chờ duyệt.').waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('lets a visitor on a phone find it by "may say lua", without diacritics, and shows no contact details', async () => {
    const { context, page, pageErrors } = await openPage(browser, app.url, {
      viewport: { width: 390, height: 844 },
    });
    try {
      await page.goto('/');
      await page.getByRole('searchbox', { name: 'Tìm kiếm công nghệ' }).fill('may say lua');
      await page.getByRole('search').getByRole('button', { name: 'Tìm' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tìm công nghệ' }).waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe('may say lua');

      // The search index catches up asynchronously: reload until the hit shows, for 30 s at most.
      const hit = page.getByRole('link', { name: TITLE });
      await expect
        .poll(
          async () => {
            await page.waitForLoadState('networkidle');
            if ((await hit.count()) > 0) return true;
            await page.reload();
            return false;
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toBe(true);
      // Matched words are highlighted, the organisation named, the verified IP shown.
      const result = page.getByRole('article').filter({ has: hit });
      await expect.poll(() => result.locator('mark').count()).toBeGreaterThanOrEqual(3);
      await result.getByText(organization).waitFor();
      await result.getByText('Sở hữu trí tuệ đã xác minh').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await hit.click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page.getByRole('link', { name: organization }).waitFor();
      await page.getByText('Xác nhận lần cuối').waitFor();
      await page.getByRole('button', { name: 'Bày tỏ quan tâm' }).waitFor();
      expect(await page.getByRole('button', { name: 'Bày tỏ quan tâm' }).isDisabled()).toBe(true);
      await page.getByText('Đăng nhập để bày tỏ quan tâm', { exact: false }).waitFor();

      // No contact details and no confidential part, anywhere on the page.
      const text = await page.locator('body').innerText();
      expect(text).not.toContain(member.user.email);
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('Người liên hệ');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
