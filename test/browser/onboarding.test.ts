import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../kit/app';
import { describeInBrowser, launchBrowser, openPage, seriousAccessibilityViolations } from '../kit/browser';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describeInBrowser('onboarding, in Vietnamese', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ web: true }), launchBrowser()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('registers, verifies the e-mail from the development mailbox, signs in and creates an organisation awaiting verification', async () => {
    const { context, page, pageErrors } = await openPage(browser, app.url);
    const email = `nguyen.van.an.${Date.now()}@example.vn`;
    const password = 'mật khẩu thật dài 2026';
    const name = 'Nguyễn Văn An';
    const organization = 'Công ty TNHH Cơ khí Chính xác Hồng Lĩnh';

    try {
      // A visitor arrives and registers.
      await page.goto('/');
      await page.getByRole('banner').getByRole('link', { name: 'Đăng ký' }).click();
      await page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByLabel('Email').fill(email);
      await page.getByLabel(/^Mật khẩu/).fill(password);
      await page.getByLabel('Tên hiển thị').fill(name);
      await page.getByRole('button', { name: 'Đăng ký' }).click();

      // Told to check the mailbox; in development, it is the app's own.
      await page.getByRole('heading', { level: 1, name: 'Kiểm tra hộp thư của bạn' }).waitFor();
      await page.getByRole('link', { name: 'Mở hộp thư phát triển' }).click();
      await page.getByRole('heading', { level: 1, name: 'Hộp thư phát triển' }).waitFor();

      // The verification e-mail to the new address (the list refreshes itself while the mail is queued).
      const message = page.getByRole('link', { name: new RegExp(escapeRegExp(email)) }).first();
      await message.waitFor({ timeout: 30_000 });
      await message.click();
      await page.getByRole('link', { name: /\/verify-email\?token=/ }).click();
      await page.getByText('Đã xác minh email').waitFor();
      expect(new URL(page.url()).pathname).toBe('/verify-email');

      // Registering signed the person in: sign out, then sign in again.
      await page.getByRole('button', { name: `Tài khoản của ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
      await page.getByText('Bạn đã đăng xuất.').waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).click();
      await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
      await page.getByLabel('Email').fill(email);
      await page.getByLabel(/^Mật khẩu/).fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByText(`Xin chào ${name}!`).waitFor();

      // No organisation yet: "my organisation" offers to create one.
      await page.getByRole('button', { name: `Tài khoản của ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Tổ chức của tôi' }).click();
      await page.getByRole('heading', { name: 'Bạn chưa thuộc tổ chức nào' }).waitFor();
      await page.getByRole('link', { name: 'Tạo hồ sơ tổ chức' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tạo hồ sơ tổ chức' }).waitFor();

      await page.getByLabel('Tên tổ chức').fill(organization);
      await page.getByRole('textbox', { name: 'Loại hình tổ chức' }).click();
      await page.getByRole('option', { name: 'Doanh nghiệp' }).click();
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Tỉnh/thành phố' }).inputValue())
        .toContain('Hà Tĩnh');
      await page.getByLabel('Mã số thuế hoặc số quyết định thành lập').fill('3001234567');
      await page.getByLabel('Địa chỉ').fill('Số 12 đường Trần Phú, phường Thành Sen');
      await page.getByLabel('Website').fill('https://cokhihonglinh.example.vn');
      await page
        .getByLabel('Giới thiệu')
        .fill('Gia công cơ khí chính xác, tìm công nghệ tự động hóa dây chuyền hàn.');
      await page.getByRole('button', { name: 'Tạo tổ chức' }).click();

      // "My organisation" shows it, marked as not yet verified by the department.
      await page.getByRole('heading', { level: 1, name: organization }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/organization');
      await expect
        .poll(() => page.getByRole('main').getByText('Chưa xác minh', { exact: true }).isVisible())
        .toBe(true);
      await page.getByRole('cell', { name: name }).first().waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
