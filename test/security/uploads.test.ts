import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import { fetchFile, handmadePng, minimalPdf, postUpload, type RawUploadResponse } from '../kit/upload';
import { Attachment } from '../../api/src/modules/attachment/entities';

/**
 * Hostile uploads: decompression bombs (a few hundred bytes of PNG declaring billions of pixels) are refused
 * before they are decoded, naming the file, and leave nothing behind; file names that try to leave the
 * storage folder (`../`, `..\`, absolute paths, NUL, percent-encoded slashes, 10 000 characters, header
 * injection) are either refused or kept as a harmless name, the bytes always land under a generated key inside
 * the storage folder, and the download's Content-Disposition carries a clean name. Multipart bodies are
 * written by hand, so the server sees exactly the bytes an attacker would send.
 */

let app: TestApp;
let member: Actor;
let organizationId: string;

beforeAll(async () => {
  app = await startTestApp();
  member = await app.world.member();
  organizationId = await member.createOrganization();
});
afterAll(() => app?.close());

const uploadsRoot = () => path.join(app.config.DATA_DIR, 'uploads');
const tmpRoot = () => path.join(app.config.DATA_DIR, 'tmp', 'uploads');

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

const attachmentCount = () => app.orm.em.fork().count(Attachment, { organization: organizationId });

/**
 * POSTs a multipart body written byte by byte: `disposition` is the file part's Content-Disposition
 * parameters after `name="file"` (e.g. `filename="../x.png"`), sent as given.
 */
async function rawUpload(disposition: Buffer | string, bytes: Uint8Array): Promise<RawUploadResponse> {
  const boundary = '----techbridge-test-boundary-7c1f';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; `, 'latin1'),
    typeof disposition === 'string' ? Buffer.from(disposition, 'utf8') : disposition,
    Buffer.from('\r\nContent-Type: application/octet-stream\r\n\r\n', 'latin1'),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1'),
  ]);
  const res = await fetch(`${app.url}/uploads`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'apollo-require-preflight': 'true',
      'accept-language': 'vi',
      cookie: member.client.cookieHeader(),
    },
    body,
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text };
  }
  return { status: res.status, headers: res.headers, json };
}

describe('decompression bombs', () => {
  const bombs = [
    { fileName: 'bom-anh.png', width: 50_000, height: 50_000, megapixels: '2 500' },
    { fileName: 'dai-mot-mau.png', width: 100, height: 2_000_000, megapixels: '200' },
    { fileName: 'vua-qua.png', width: 10_000, height: 10_001, megapixels: '100,01' },
  ];

  for (const bomb of bombs) {
    it(`refuses a ${bomb.width}×${bomb.height} PNG (${bomb.megapixels} megapixels) of a few hundred bytes, naming it, and keeps nothing`, async () => {
      const bytes = handmadePng(bomb.width, bomb.height, { rows: 1 });
      expect(bytes.length).toBeLessThan(20_000);
      const before = { rows: await attachmentCount(), files: filesUnder(uploadsRoot()) };
      const started = Date.now();
      const vi = await postUpload(member, { fileName: bomb.fileName, bytes, contentType: 'image/png' });
      // Refused from the header, before decoding: fast, whatever the size it claims.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(vi.status).toBe(422);
      expect(vi.json.error).toEqual({
        code: 'TOO_MANY_PIXELS',
        message: `Ảnh “${bomb.fileName}” có độ phân giải quá lớn (tối đa 100 megapixel).`,
      });
      member.client.lang = 'en';
      const en = await postUpload(member, { fileName: bomb.fileName, bytes });
      member.client.lang = 'vi';
      expect(en.json.error.message).toBe(
        `The image “${bomb.fileName}” has too many pixels (at most 100 megapixels).`,
      );
      expect(await attachmentCount()).toBe(before.rows);
      expect(filesUnder(uploadsRoot())).toEqual(before.files);
      expect(filesUnder(tmpRoot())).toEqual([]);
    });
  }

  it('still takes an ordinary photo afterwards', async () => {
    const r = await postUpload(member, { fileName: 'anh-thuong.png', bytes: handmadePng(64, 48) });
    expect(r.status).toBe(201);
  });
});

describe('file names that try to leave the storage folder', () => {
  const png = () => handmadePng(16, 16);
  const pdf = () => minimalPdf('Tai lieu');
  const long = `${'rất-dài-'.repeat(1250)}.pdf`; // 10 000 characters
  const cases: { label: string; disposition: Buffer | string; bytes: () => Uint8Array }[] = [
    { label: '../../etc/passwd.png', disposition: 'filename="../../etc/passwd.png"', bytes: png },
    { label: '..\\..\\x.pdf', disposition: 'filename="..\\\\..\\\\x.pdf"', bytes: pdf },
    { label: 'an absolute path', disposition: 'filename="/etc/cron.d/x.png"', bytes: png },
    { label: 'a Windows path', disposition: 'filename="C:\\\\Windows\\\\System32\\\\x.pdf"', bytes: pdf },
    {
      label: 'percent-encoded ../ (RFC 5987)',
      disposition: "filename*=UTF-8''..%2F..%2F..%2Ftmp%2Fthoat-ra.png",
      bytes: png,
    },
    { label: 'a NUL (RFC 5987)', disposition: "filename*=UTF-8''anh%00.png", bytes: png },
    { label: 'a NUL hiding the extension', disposition: "filename*=UTF-8''anh.png%00.pdf", bytes: png },
    {
      label: 'a raw NUL byte',
      disposition: Buffer.concat([Buffer.from('filename="anh'), Buffer.from([0]), Buffer.from('.png"')]),
      bytes: png,
    },
    { label: 'only dots', disposition: 'filename=".."', bytes: pdf },
    { label: '....//....//x.png', disposition: 'filename="....//....//x.png"', bytes: png },
    { label: '10 000 characters', disposition: `filename="${long}"`, bytes: pdf },
    {
      label: 'a header injection',
      disposition: "filename*=UTF-8''a%22%0D%0AX-Injected%3A%201%0D%0A.pdf",
      bytes: pdf,
    },
    { label: 'a right-to-left override', disposition: "filename*=UTF-8''anh%E2%80%AEfdp.png", bytes: png },
  ];

  for (const c of cases) {
    it(`keeps ${c.label} inside the storage folder, under a clean name`, async () => {
      const before = filesUnder(app.config.DATA_DIR);
      const r = await rawUpload(c.disposition, c.bytes());
      expect(r.status, JSON.stringify(r.json)).toBeLessThan(500);
      const added = filesUnder(app.config.DATA_DIR).filter((f) => !before.includes(f));
      if (r.status !== 201) {
        // Refused: with a message, and nothing written anywhere.
        expect(r.json.error?.message).toBeTruthy();
        expect(added).toEqual([]);
        return;
      }
      const stored = r.json as { id: string; fileName: string; url: string };
      // The bytes: only under uploads/attachments/<the new id>/, named by the server.
      expect(added.length).toBeGreaterThan(0);
      for (const f of added) {
        expect(f).toMatch(
          new RegExp(`^uploads/attachments/${stored.id}/(web\\.webp|thumbnail\\.webp|original\\.pdf)$`),
        );
      }
      expect(filesUnder(tmpRoot())).toEqual([]);
      // The name: no folder, no control or direction character, at most 200 characters.
      expect(stored.fileName).not.toMatch(/[/\\]/);
      // eslint-disable-next-line no-control-regex
      expect(stored.fileName).not.toMatch(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
      expect(stored.fileName).not.toMatch(/^\.\.?$/);
      expect(stored.fileName.length).toBeLessThanOrEqual(200);
      // The download names it cleanly: an ASCII fallback without quotes, slashes or controls, and the
      // exact stored name percent-encoded.
      const file = await fetchFile(member, stored.url);
      expect(file.status).toBe(200);
      const disposition = file.headers.get('content-disposition') ?? '';
      const m = disposition.match(/^(inline|attachment); filename="([^"]*)"; filename\*=UTF-8''(\S+)$/);
      expect(m, disposition).not.toBeNull();
      const [, , ascii, encoded] = m!;
      expect(ascii).toMatch(/^[\x20-\x7e]+$/);
      expect(ascii).not.toMatch(/[/\\"]/);
      expect(encoded).toMatch(/^[A-Za-z0-9%\-._~!$&+,;=:@]+$/);
      const name = decodeURIComponent(encoded);
      expect(name).not.toMatch(/[/\\]/);
      expect(file.headers.get('x-injected')).toBeNull();
    });
  }

  it('wrote nothing outside the data folder', () => {
    const outside = [
      path.resolve(uploadsRoot(), '..', '..', 'etc', 'passwd.png'),
      path.resolve(uploadsRoot(), '..', 'x.pdf'),
      path.resolve(tmpRoot(), '..', '..', '..', 'tmp', 'thoat-ra.png'),
      '/tmp/thoat-ra.png',
      '/etc/cron.d/x.png',
    ];
    for (const p of outside) expect(fs.existsSync(p), p).toBe(false);
    for (const f of filesUnder(app.config.DATA_DIR)) {
      expect(f).toMatch(/^uploads\/attachments\/[0-9a-f-]{36}\/(web\.webp|thumbnail\.webp|original\.pdf)$/);
    }
  });
});
