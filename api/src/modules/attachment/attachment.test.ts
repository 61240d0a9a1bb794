import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { fetchFile, minimalPdf, postUpload, uploadFile } from '../../../../test/kit/upload';
import { translator } from '../../platform/i18n';
import { Attachment } from './entities';
import { InvalidStorageKeyError, LocalDiskStorage } from './storage';
import { attachmentRefMessage, attachmentsForListing, setConfidential } from './service';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const jpegWithExif = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 60 } } })
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Copyright: 'Bản quyền bí mật', Artist: 'Máy ảnh của chủ sở hữu' } })
    .toBuffer();
const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer();
/** Noise does not compress: about width × height × 3 bytes. */
const noisyPng = (width: number, height: number) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png({ compressionLevel: 0 })
    .toBuffer();

/** A member acting for a new organisation of their own. */
async function owner(): Promise<{ actor: Actor; organizationId: string }> {
  const actor = await app.world.member();
  const organizationId = await actor.createOrganization();
  return { actor, organizationId };
}

/** A listing row showing attachments, written straight to the table as the listing module stores it. */
async function listingShowing(
  org: { actor: Actor; organizationId: string },
  status: 'DRAFT' | 'PUBLISHED',
  content: { imageIds?: string[]; documents?: { attachmentId: string; confidential: boolean }[] },
) {
  await app.orm.em
    .fork()
    .getConnection()
    .execute(
      `insert into listings (id, created_at, updated_at, kind, status, slug, organization_id, created_by_id, content)
       values (?, now(), now(), 'OFFER', ?, ?, ?, ?, ?::jsonb)`,
      [
        randomUUID(),
        status,
        `tin-thu-${randomUUID()}`,
        org.organizationId,
        org.actor.user.id,
        JSON.stringify({ title: 'Máy sấy lúa', imageIds: [], documents: [], ...content }),
      ],
    );
}

const tmpUploads = () => path.join(app.config.DATA_DIR, 'tmp', 'uploads');
const leftoverTempFiles = () => (fs.existsSync(tmpUploads()) ? fs.readdirSync(tmpUploads()) : []);

describe('uploading images', () => {
  it('stores a photo as a 1600 px WebP and a 400 px thumbnail, without its EXIF data', async () => {
    const { actor } = await owner();
    const bytes = await jpegWithExif(3000, 2000);
    expect((await sharp(bytes).metadata()).exif).toBeDefined();

    const r = await postUpload(actor, { fileName: 'Máy sấy lúa.jpg', bytes, contentType: 'image/jpeg' });
    expect(r.status).toBe(201);
    const id = r.json.id as string;
    expect(r.json).toEqual({
      id,
      kind: 'IMAGE',
      fileName: 'Máy sấy lúa.jpg',
      contentType: 'image/jpeg',
      byteSize: bytes.length,
      url: `/files/${id}`,
      thumbnailUrl: `/files/${id}/thumbnail`,
    });

    const web = await fetchFile(actor, r.json.url);
    expect(web.status).toBe(200);
    expect(web.headers.get('content-type')).toBe('image/webp');
    expect(web.headers.get('x-content-type-options')).toBe('nosniff');
    expect(web.headers.get('cache-control')).toBe('private, no-cache');
    expect(web.headers.get('content-disposition')).toBe(
      `inline; filename="May say lua.webp"; filename*=UTF-8''M%C3%A1y%20s%E1%BA%A5y%20l%C3%BAa.webp`,
    );
    const webMeta = await sharp(web.bytes).metadata();
    expect(webMeta).toMatchObject({ format: 'webp', width: 1600, height: 1067 });
    expect(webMeta.exif).toBeUndefined();

    const thumb = await fetchFile(actor, r.json.thumbnailUrl);
    expect(thumb.status).toBe(200);
    const thumbMeta = await sharp(thumb.bytes).metadata();
    expect(thumbMeta).toMatchObject({ format: 'webp', width: 400, height: 267 });
    expect(thumbMeta.exif).toBeUndefined();

    const row = await app.orm.em.fork().findOneOrFail(Attachment, id);
    expect(row).toMatchObject({ kind: 'IMAGE', width: 1600, height: 1067, confidential: false });
    expect(leftoverTempFiles()).toEqual([]);
  });

  it('never enlarges a small image, and answers 304 when the browser has it already', async () => {
    const { actor } = await owner();
    const up = await uploadFile(actor, { fileName: 'so-do.png', bytes: await png(300, 200) });
    expect(up).toMatchObject({ kind: 'IMAGE', contentType: 'image/png' });
    const first = await fetchFile(actor, up.url);
    expect(await sharp(first.bytes).metadata()).toMatchObject({ format: 'webp', width: 300, height: 200 });
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    // fetch() adds `cache-control: no-cache` to conditional requests unless told otherwise (a forced reload).
    const again = await fetchFile(actor, up.url, { 'if-none-match': etag, 'cache-control': 'max-age=0' });
    expect(again.status).toBe(304);
  });

  it('accepts a file without an extension and names it by its content', async () => {
    const { actor } = await owner();
    const up = await uploadFile(actor, { fileName: 'image', bytes: await png(10, 10) });
    expect(up.fileName).toBe('image.png');
  });
});

describe('uploading documents', () => {
  it('keeps a PDF as uploaded and serves it as a download under its own name', async () => {
    const { actor } = await owner();
    const bytes = minimalPdf('Quy trinh say lua');
    const up = await uploadFile(actor, { fileName: 'Hồ sơ kỹ thuật (bản 2).pdf', bytes });
    expect(up).toMatchObject({
      kind: 'DOCUMENT',
      fileName: 'Hồ sơ kỹ thuật (bản 2).pdf',
      contentType: 'application/pdf',
      byteSize: bytes.length,
      url: `/files/${up.id}`,
      thumbnailUrl: null,
    });
    const file = await fetchFile(actor, up.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-length')).toBe(String(bytes.length));
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Ho so ky thuat (ban 2).pdf"; ` +
        `filename*=UTF-8''H%E1%BB%93%20s%C6%A1%20k%E1%BB%B9%20thu%E1%BA%ADt%20%28b%E1%BA%A3n%202%29.pdf`,
    );
    expect(Buffer.compare(file.bytes, Buffer.from(bytes))).toBe(0);
    expect((await fetchFile(actor, `${up.url}/thumbnail`)).status).toBe(404);
  });
});

describe('checking what a file really is', () => {
  it('refuses a PNG renamed .pdf, naming the file', async () => {
    const { actor } = await owner();
    const r = await postUpload(actor, {
      fileName: 'ban-ve.pdf',
      bytes: await png(20, 20),
      contentType: 'application/pdf',
    });
    expect(r.status).toBe(415);
    expect(r.json.error).toEqual({
      code: 'TYPE_MISMATCH',
      message: 'Tệp “ban-ve.pdf” có đuôi .pdf nhưng nội dung là ảnh PNG. Vui lòng kiểm tra lại tệp.',
    });
  });

  it('refuses a text file named .jpg, in Vietnamese and in English', async () => {
    const { actor } = await owner();
    const bytes = new TextEncoder().encode('Đây không phải là ảnh, chỉ là văn bản.\n'.repeat(20));
    const vi = await postUpload(actor, { fileName: 'anh-may.jpg', bytes, contentType: 'image/jpeg' });
    expect(vi.status).toBe(415);
    expect(vi.json.error).toEqual({
      code: 'UNSUPPORTED_TYPE',
      message: 'Tệp “anh-may.jpg” không phải là ảnh JPEG, PNG, WebP hoặc tài liệu PDF.',
    });
    expect(vi.headers.get('content-language')).toBe('vi');

    actor.client.lang = 'en';
    const en = await postUpload(actor, { fileName: 'anh-may.jpg', bytes });
    actor.client.lang = 'vi';
    expect(en.json.error).toEqual({
      code: 'UNSUPPORTED_TYPE',
      message: 'The file “anh-may.jpg” is not a JPEG, PNG or WebP image or a PDF document.',
    });
  });

  it('refuses a damaged image and a PDF that is only a header', async () => {
    const { actor } = await owner();
    const fakeJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(8000)]);
    const img = await postUpload(actor, { fileName: 'hong.jpg', bytes: fakeJpeg });
    expect(img.status).toBe(422);
    expect(img.json.error).toEqual({
      code: 'INVALID_FILE',
      message: 'Không đọc được tệp “hong.jpg”: tệp bị hỏng hoặc không đầy đủ.',
    });
    const pdf = await postUpload(actor, {
      fileName: 'hong.pdf',
      bytes: new TextEncoder().encode('%PDF-1.7\nkhông có gì thêm'),
    });
    expect(pdf.status).toBe(422);
    expect(pdf.json.error.code).toBe('INVALID_FILE');
  });

  it('stores nothing for a refused file', async () => {
    const { actor, organizationId } = await owner();
    await postUpload(actor, { fileName: 'x.jpg', bytes: new TextEncoder().encode('hello') });
    await postUpload(actor, { fileName: 'rong.pdf', bytes: new Uint8Array(0) }).then((r) => {
      expect(r.status).toBe(422);
      expect(r.json.error.code).toBe('EMPTY_FILE');
    });
    expect(await app.orm.em.fork().count(Attachment, { organization: organizationId })).toBe(0);
    expect(leftoverTempFiles()).toEqual([]);
  });
});

describe('who may upload', () => {
  it('asks visitors to sign in', async () => {
    const r = await postUpload(app.client(), { fileName: 'a.png', bytes: await png(10, 10) });
    expect(r.status).toBe(401);
    expect(r.json.error).toEqual({ code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để tải tệp lên.' });
  });

  it('refuses a member who acts for no organisation', async () => {
    const loner = await app.world.member();
    const r = await postUpload(loner, { fileName: 'a.png', bytes: await png(10, 10) });
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe('NO_ORGANIZATION');
    expect(r.json.error.message).toBe('Bạn cần tạo hoặc tham gia một tổ chức trước khi tải tệp lên.');
  });

  it('refuses an upload without the CSRF header, as a cross-site form would send it', async () => {
    const { actor } = await owner();
    const r = await postUpload(actor, { fileName: 'a.png', bytes: await png(10, 10) }, { csrfHeader: false });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('CSRF');
  });

  it('wants the file in the field "file"', async () => {
    const { actor } = await owner();
    const r = await postUpload(actor, { fileName: 'a.png', bytes: await png(10, 10) }, { field: 'document' });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('FILE_REQUIRED');
  });
});

describe('size limits', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await startTestApp({
      env: { UPLOAD_MAX_IMAGE_BYTES: String(20 * 1024), UPLOAD_MAX_DOCUMENT_BYTES: String(30 * 1024) },
    });
  });
  afterAll(async () => {
    await small?.close();
  });

  it('cuts off an image over the limit, names the file, and keeps the connection usable', async () => {
    const actor = await small.world.member();
    const organizationId = await actor.createOrganization();
    const big = await noisyPng(120, 120); // about 43 KB: over the image limit, under the PDF limit + envelope
    expect(big.length).toBeGreaterThan(40 * 1024);
    const r = await postUpload(actor, { fileName: 'ảnh lớn.png', bytes: big });
    expect(r.status).toBe(413);
    expect(r.json.error).toEqual({
      code: 'TOO_LARGE',
      message: 'Tệp “ảnh lớn.png” vượt quá dung lượng cho phép: ảnh tối đa 20 KB.',
    });
    actor.client.lang = 'en';
    const en = await postUpload(actor, { fileName: 'big.png', bytes: big });
    expect(en.json.error.message).toBe('The file “big.png” is too large: images may be at most 20 KB.');

    expect((await postUpload(actor, { fileName: 'nho.png', bytes: await png(50, 50) })).status).toBe(201);
    expect(await small.orm.em.fork().count(Attachment, { organization: organizationId })).toBe(1);
    const tmp = path.join(small.config.DATA_DIR, 'tmp', 'uploads');
    expect(fs.existsSync(tmp) ? fs.readdirSync(tmp) : []).toEqual([]);
  });

  it('refuses a request whose declared size is over every limit without reading it', async () => {
    const actor = await small.world.member();
    await actor.createOrganization();
    const huge = await noisyPng(200, 200); // about 120 KB
    const r = await postUpload(actor, { fileName: 'rat-lon.png', bytes: huge });
    expect(r.status).toBe(413);
    expect(r.json.error).toEqual({
      code: 'REQUEST_TOO_LARGE',
      message: 'Tệp tải lên vượt quá dung lượng cho phép (tối đa 30 KB).',
    });
  });
});

describe('who may download', () => {
  it('shows an unpublished image only to the owner organisation and brokers', async () => {
    const org = await owner();
    const up = await uploadFile(org.actor, { fileName: 'nguyen-mau.png', bytes: await png(40, 40) });
    const visitor = app.client();
    const stranger = await app.world.member();
    await stranger.createOrganization();
    const colleague = await app.world.member();
    // The owner's member: joined through the database, as an accepted invitation leaves it.
    await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into memberships (id, created_at, updated_at, user_id, organization_id, role) values (?, now(), now(), ?, ?, 'MEMBER')`,
        [randomUUID(), colleague.user.id, org.organizationId],
      );
    const broker = await app.world.broker();

    for (const url of [up.url, up.thumbnailUrl!]) {
      const hidden = await fetchFile(visitor, url);
      expect(hidden.status).toBe(404);
      expect(hidden.headers.get('cache-control')).toBe('no-store');
      expect(JSON.parse(hidden.bytes.toString()).error).toEqual({
        code: 'NOT_FOUND',
        message: 'Không tìm thấy tệp.',
      });
      expect((await fetchFile(stranger, url)).status).toBe(404);
      expect((await fetchFile(org.actor, url)).status).toBe(200);
      expect((await fetchFile(colleague, url)).status).toBe(200);
      expect((await fetchFile(broker, url)).status).toBe(200);
    }

    // A draft listing does not make it public.
    await listingShowing(org, 'DRAFT', { imageIds: [up.id] });
    expect((await fetchFile(visitor, up.url)).status).toBe(404);
  });

  it('shows an image of a published listing to everyone, cacheable', async () => {
    const org = await owner();
    const up = await uploadFile(org.actor, { fileName: 'may-say.png', bytes: await png(40, 40) });
    await listingShowing(org, 'PUBLISHED', { imageIds: [randomUUID(), up.id] });
    const visitor = app.client();
    const web = await fetchFile(visitor, up.url);
    expect(web.status).toBe(200);
    expect(web.headers.get('cache-control')).toBe('public, max-age=600');
    expect((await fetchFile(visitor, up.thumbnailUrl!)).status).toBe(200);
  });

  it('gives a confidential document only to the owner organisation and brokers, even when published', async () => {
    const org = await owner();
    const up = await uploadFile(org.actor, { fileName: 'bi-quyet.pdf', bytes: minimalPdf() });
    const em = app.orm.em.fork();
    await setConfidential(em, up.id, true);
    await em.flush();
    await listingShowing(org, 'PUBLISHED', { documents: [{ attachmentId: up.id, confidential: false }] });

    const stranger = await app.world.member();
    await stranger.createOrganization();
    expect((await fetchFile(app.client(), up.url)).status).toBe(404);
    expect((await fetchFile(stranger, up.url)).status).toBe(404);
    const mine = await fetchFile(org.actor, up.url);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, no-cache');
    expect((await fetchFile(await app.world.broker(), up.url)).status).toBe(200);
    expect((await fetchFile(await app.world.admin(), up.url)).status).toBe(200);
  });

  it('keeps a document a published listing marks confidential from visitors, public ones not', async () => {
    const org = await owner();
    const secret = await uploadFile(org.actor, { fileName: 'ket-qua-thu.pdf', bytes: minimalPdf() });
    const open = await uploadFile(org.actor, { fileName: 'gioi-thieu.pdf', bytes: minimalPdf() });
    await listingShowing(org, 'PUBLISHED', {
      documents: [
        { attachmentId: secret.id, confidential: true },
        { attachmentId: open.id, confidential: false },
      ],
    });
    const visitor = app.client();
    expect((await fetchFile(visitor, secret.url)).status).toBe(404);
    expect((await fetchFile(visitor, open.url)).status).toBe(200);
  });

  it('answers unknown and malformed ids with the same 404', async () => {
    const visitor = app.client();
    for (const url of [`/files/${randomUUID()}`, '/files/not-an-id', `/files/${randomUUID()}/thumbnail`]) {
      const r = await fetchFile(visitor, url);
      expect(r.status).toBe(404);
      expect(JSON.parse(r.bytes.toString()).error.code).toBe('NOT_FOUND');
    }
    visitor.lang = 'en';
    const en = await fetchFile(visitor, `/files/${randomUUID()}`);
    expect(JSON.parse(en.bytes.toString()).error.message).toBe('File not found.');
  });
});

describe('attachments for a listing', () => {
  it('returns them in the order asked, and names every id that is unknown, foreign or of the wrong kind', async () => {
    const org = await owner();
    const other = await owner();
    const a = await uploadFile(org.actor, { fileName: 'a.png', bytes: await png(10, 10) });
    const b = await uploadFile(org.actor, { fileName: 'b.png', bytes: await png(10, 10) });
    const doc = await uploadFile(org.actor, { fileName: 'c.pdf', bytes: minimalPdf() });
    const foreign = await uploadFile(other.actor, { fileName: 'd.png', bytes: await png(10, 10) });
    const em = app.orm.em.fork();

    const ok = await attachmentsForListing(em, org.organizationId, [b.id, a.id], 'IMAGE');
    expect(ok.ok && ok.attachments.map((x) => x.id)).toEqual([b.id, a.id]);

    const bad = await attachmentsForListing(
      em,
      org.organizationId,
      [a.id, foreign.id, 'khong-phai-id', doc.id],
      'IMAGE',
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual([
      { index: 1, id: foreign.id, code: 'UNKNOWN_ATTACHMENT' },
      { index: 2, id: 'khong-phai-id', code: 'UNKNOWN_ATTACHMENT' },
      { index: 3, id: doc.id, code: 'NOT_AN_IMAGE', fileName: 'c.pdf' },
    ]);
    expect(attachmentRefMessage(translator('vi'), bad.errors[0])).toBe(
      'Không tìm thấy tệp đính kèm thứ 2: tệp không tồn tại hoặc thuộc về tổ chức khác.',
    );
    expect(attachmentRefMessage(translator('en'), bad.errors[2])).toBe('The file “c.pdf” is not an image.');

    const docs = await attachmentsForListing(em, org.organizationId, [doc.id, a.id], 'DOCUMENT');
    expect(!docs.ok && docs.errors).toEqual([
      { index: 1, id: a.id, code: 'NOT_A_DOCUMENT', fileName: 'a.png' },
    ]);
  });
});

describe('attachments in GraphQL', () => {
  it('links a listing’s images and documents to the download routes', async () => {
    const org = await owner();
    const img = await uploadFile(org.actor, { fileName: 'bia.png', bytes: await png(30, 20) });
    const doc = await uploadFile(org.actor, { fileName: 'thuyet-minh.pdf', bytes: minimalPdf() });
    const r = await org.actor.client.ok(
      /* GraphQL */ `
        mutation ($input: CreateListingInput!) {
          createListing(input: $input) {
            listing {
              content {
                images {
                  id
                  fileName
                  contentType
                  byteSize
                  confidential
                  url
                  thumbnailUrl
                }
                documents {
                  id
                  confidential
                  url
                  thumbnailUrl
                }
              }
            }
            errors {
              field
              message
            }
          }
        }
      `,
      {
        input: {
          kind: 'OFFER',
          content: {
            title: 'Máy sấy lúa tiết kiệm điện',
            imageIds: [img.id],
            documents: [{ attachmentId: doc.id, confidential: true }],
          },
        },
      },
    );
    expect(r.createListing.errors).toEqual([]);
    expect(r.createListing.listing.content).toEqual({
      images: [
        {
          id: img.id,
          fileName: 'bia.png',
          contentType: 'image/png',
          byteSize: img.byteSize,
          confidential: false,
          url: `/files/${img.id}`,
          thumbnailUrl: `/files/${img.id}/thumbnail`,
        },
      ],
      documents: [{ id: doc.id, confidential: true, url: `/files/${doc.id}`, thumbnailUrl: null }],
    });
  });
});

describe('local disk storage', () => {
  it('keeps every key inside its folder', async () => {
    const storage = new LocalDiskStorage(path.join(app.config.DATA_DIR, 'storage-test'));
    for (const key of ['../x', 'a/../../b', '/etc/passwd', 'a//b', 'a\\..\\b', '.hidden', '', 'a/./b']) {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toBeInstanceOf(
        InvalidStorageKeyError,
      );
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
    await storage.put('attachments/abc/web.webp', Buffer.from('noi dung'), 'image/webp');
    const stream = await storage.get('attachments/abc/web.webp');
    const chunks: Buffer[] = [];
    for await (const c of stream!) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('noi dung');
    await storage.delete('attachments/abc/web.webp');
    expect(await storage.get('attachments/abc/web.webp')).toBeNull();
    await storage.delete('attachments/abc/web.webp');
  });
});
