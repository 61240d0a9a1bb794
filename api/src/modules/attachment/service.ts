import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fileTypeFromBuffer } from 'file-type';
import type { Config } from '../../platform/config';
import type { Lang, T } from '../../platform/i18n';
import { can, type Viewer } from '../../platform/policy';
import { User } from '../account/entities';
import { Organization } from '../organization/entities';
import { Attachment, type AttachmentKind } from './entities';
import { attachmentPolicy } from './policy';
import type { FileStorage } from './storage';

// ---------------------------------------------------------------------------------------------------------
// Formats, limits, errors
// ---------------------------------------------------------------------------------------------------------

export type FormatKey = 'JPEG' | 'PNG' | 'WEBP' | 'PDF';

export interface Format {
  key: FormatKey;
  mime: string;
  kind: AttachmentKind;
  /** File-name extensions that may carry this content; the first is added to names without one. */
  extensions: readonly string[];
}

/** The only contents accepted, keyed by the MIME type `file-type` detects from the magic bytes. */
export const FORMATS: Readonly<Record<string, Format>> = {
  'image/jpeg': {
    key: 'JPEG',
    mime: 'image/jpeg',
    kind: 'IMAGE',
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
  },
  'image/png': { key: 'PNG', mime: 'image/png', kind: 'IMAGE', extensions: ['png'] },
  'image/webp': { key: 'WEBP', mime: 'image/webp', kind: 'IMAGE', extensions: ['webp'] },
  'application/pdf': { key: 'PDF', mime: 'application/pdf', kind: 'DOCUMENT', extensions: ['pdf'] },
};

/** Enough bytes for `file-type` to recognise every format above (its own "reasonable detection size"). */
const HEAD_BYTES = 4100;
/** Web-size images fit in this square; thumbnails in the smaller one. Never enlarged. */
export const WEB_MAX_PX = 1600;
export const THUMBNAIL_MAX_PX = 400;
/** Refuse decompression bombs before decoding: a 10 MB PNG can claim billions of pixels. */
export const MAX_INPUT_MEGAPIXELS = 100;

export type UploadLimits = Record<AttachmentKind, number>;

export function uploadLimits(config: Pick<Config, 'UPLOAD_MAX_IMAGE_BYTES' | 'UPLOAD_MAX_DOCUMENT_BYTES'>) {
  return { IMAGE: config.UPLOAD_MAX_IMAGE_BYTES, DOCUMENT: config.UPLOAD_MAX_DOCUMENT_BYTES } as UploadLimits;
}

export type UploadErrorCode =
  | 'UNAUTHENTICATED'
  | 'NO_ORGANIZATION'
  | 'CSRF'
  | 'NOT_MULTIPART'
  | 'INVALID_FORM'
  | 'FILE_REQUIRED'
  | 'TOO_MANY_FILES'
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_TYPE'
  | 'TYPE_MISMATCH'
  | 'TOO_LARGE'
  | 'REQUEST_TOO_LARGE'
  | 'INVALID_FILE'
  | 'TOO_MANY_PIXELS'
  | 'NOT_FOUND'
  | 'INTERNAL';

export interface UploadErrorParams {
  fileName?: string;
  /** The extension the name claims (TYPE_MISMATCH). */
  extension?: string;
  /** What the content really is (TYPE_MISMATCH). */
  actual?: FormatKey;
  kind?: AttachmentKind;
  /** A byte limit (TOO_LARGE, REQUEST_TOO_LARGE) or megapixels (TOO_MANY_PIXELS). */
  max?: number;
  requestId?: string;
}

const STATUS: Record<UploadErrorCode, number> = {
  UNAUTHENTICATED: 401,
  NO_ORGANIZATION: 403,
  CSRF: 400,
  NOT_MULTIPART: 415,
  INVALID_FORM: 400,
  FILE_REQUIRED: 400,
  TOO_MANY_FILES: 400,
  EMPTY_FILE: 422,
  UNSUPPORTED_TYPE: 415,
  TYPE_MISMATCH: 415,
  TOO_LARGE: 413,
  REQUEST_TOO_LARGE: 413,
  INVALID_FILE: 422,
  TOO_MANY_PIXELS: 422,
  NOT_FOUND: 404,
  INTERNAL: 500,
};

/** A refused upload or download: an HTTP status, a stable code and what the message needs. */
export class UploadError extends Error {
  readonly status: number;
  constructor(
    readonly code: UploadErrorCode,
    readonly params: UploadErrorParams = {},
  ) {
    super(code);
    this.name = 'UploadError';
    this.status = STATUS[code];
  }
}

/** "10 MB", "1,5 MB", "800 KB" in the caller's language. */
export function formatBytes(bytes: number, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${nf.format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${nf.format(bytes / 1024)} KB`;
  return `${nf.format(bytes)} ${lang === 'vi' ? 'byte' : bytes === 1 ? 'byte' : 'bytes'}`;
}

/** The message of an upload error in the caller's language (the `upload` block of the i18n catalogues). */
export function uploadErrorMessage(t: T, lang: Lang, err: UploadError): string {
  const p = err.params;
  return t(`upload.${err.code}`, {
    fileName: p.fileName ?? '',
    extension: p.extension ?? '',
    actual: p.actual ? t(`upload.formats.${p.actual}`) : '',
    kind: p.kind ? t(`upload.kinds.${p.kind}`) : '',
    max: p.max === undefined ? '' : err.code === 'TOO_MANY_PIXELS' ? String(p.max) : formatBytes(p.max, lang),
    requestId: p.requestId ?? '',
  });
}

// ---------------------------------------------------------------------------------------------------------
// Receiving a file
// ---------------------------------------------------------------------------------------------------------

/** One uploaded file, checked and written to a temporary file; the caller removes `tmpPath`. */
export interface ReceivedFile {
  fileName: string;
  tmpPath: string;
  byteSize: number;
  format: Format;
}

// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name to keep: the last path segment (old browsers send `C:\…\name`), NFC, without control and
 * direction-override characters (`photo\u202Efdp.exe`), at most 200 characters keeping the extension.
 */
export function cleanFileName(raw: string | undefined | null): string {
  const base = (raw ?? '').normalize('NFC').replace(CONTROL_OR_BIDI, '').split(/[\\/]/).pop() ?? '';
  let name = base.trim();
  if (!name || name === '.' || name === '..') name = 'file';
  if (name.length > 200) {
    const ext = extensionOf(name);
    const keep = ext && ext.length <= 10 ? `.${ext}` : '';
    name = `${name.slice(0, 200 - keep.length).trimEnd()}${keep}`;
  }
  return name;
}

/** The lower-case extension of a file name, or null (`.profile` has none). */
export function extensionOf(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return null;
  return fileName.slice(dot + 1).toLowerCase();
}

/**
 * What the content is, from its first bytes (never from the name or the client's Content-Type). A name
 * whose extension claims another format is refused too (a PNG named `.pdf`), so what people download is
 * what its name says.
 */
export async function identify(head: Uint8Array, fileName: string): Promise<Format> {
  const detected = await fileTypeFromBuffer(head);
  const format = detected ? FORMATS[detected.mime] : undefined;
  if (!format) throw new UploadError('UNSUPPORTED_TYPE', { fileName });
  const ext = extensionOf(fileName);
  if (ext && !format.extensions.includes(ext)) {
    throw new UploadError('TYPE_MISMATCH', { fileName, extension: ext, actual: format.key });
  }
  return format;
}

/**
 * Streams one file to a temporary file, identifying it from its first bytes and stopping as soon as it
 * passes the limit for its kind: an unsupported or oversized file is refused before the rest is read, and
 * nothing is held in memory beyond the first few kilobytes.
 */
export async function receiveFile(
  source: Readable,
  rawFileName: string | undefined,
  opts: { tmpDir: string; limits: UploadLimits },
): Promise<ReceivedFile> {
  let fileName = cleanFileName(rawFileName);
  await fs.promises.mkdir(opts.tmpDir, { recursive: true });
  const tmpPath = path.join(opts.tmpDir, `${randomUUID()}.part`);
  const out = fs.createWriteStream(tmpPath, { flags: 'wx', mode: 0o600 });
  let writeError: Error | null = null;
  out.on('error', (err) => (writeError = err));

  const head: Buffer[] = [];
  let headBytes = 0;
  let byteSize = 0;
  let format: Format | null = null;
  let limit = Math.max(opts.limits.IMAGE, opts.limits.DOCUMENT);
  const tooLarge = (kind: AttachmentKind | undefined) =>
    new UploadError('TOO_LARGE', { fileName, kind, max: kind ? opts.limits[kind] : limit });

  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (writeError) throw writeError;
      byteSize += chunk.length;
      if (!format) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes >= HEAD_BYTES) {
          format = await identify(Buffer.concat(head, headBytes), fileName);
          limit = opts.limits[format.kind];
          head.length = 0;
        }
      }
      if (byteSize > limit) throw tooLarge(format?.kind);
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (byteSize === 0) throw new UploadError('EMPTY_FILE', { fileName });
    if (!format) {
      format = await identify(Buffer.concat(head, headBytes), fileName);
      if (byteSize > opts.limits[format.kind]) throw tooLarge(format.kind);
    }
    out.end();
    await finished(out);
    if (!extensionOf(fileName)) fileName = `${fileName}.${format.extensions[0]}`;
    return { fileName, tmpPath, byteSize, format };
  } catch (err) {
    // Wait for the stream to close (it may still be opening the file) so the removal is final.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()).destroy());
    await fs.promises.rm(tmpPath, { force: true });
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Storing an attachment
// ---------------------------------------------------------------------------------------------------------

export type Variant = 'web' | 'thumbnail' | 'original';

/**
 * The storage object of one variant. Images keep only re-encoded WebP variants (the original, with its
 * EXIF/GPS data, is never stored); PDFs are kept as uploaded.
 */
export function objectKey(a: Pick<Attachment, 'storageKey'>, variant: Variant): string {
  return `${a.storageKey}/${variant === 'original' ? 'original.pdf' : `${variant}.webp`}`;
}

interface RenderedImage {
  web: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
}

/**
 * Decodes the image once (refusing more than MAX_INPUT_MEGAPIXELS), turns it upright from its EXIF
 * orientation, and writes WebP variants. sharp writes no metadata unless asked, so EXIF (camera, GPS),
 * XMP and IPTC are gone; colours are converted to sRGB.
 */
async function renderImage(file: ReceivedFile): Promise<RenderedImage> {
  // Loaded on the first upload, not at start: libvips is some 30 MB a process that never receives one.
  const { default: sharp } = await import('sharp');
  try {
    const decoded = sharp(file.tmpPath, {
      limitInputPixels: MAX_INPUT_MEGAPIXELS * 1_000_000,
      failOn: 'error',
    }).autoOrient();
    const fit = (px: number) =>
      decoded.clone().resize({ width: px, height: px, fit: 'inside', withoutEnlargement: true });
    const [web, thumbnail] = await Promise.all([
      fit(WEB_MAX_PX).webp({ quality: 82 }).toBuffer({ resolveWithObject: true }),
      fit(THUMBNAIL_MAX_PX).webp({ quality: 75 }).toBuffer(),
    ]);
    return { web: web.data, thumbnail, width: web.info.width, height: web.info.height };
  } catch (err) {
    if (/pixel limit/i.test(String((err as Error)?.message))) {
      throw new UploadError('TOO_MANY_PIXELS', { fileName: file.fileName, max: MAX_INPUT_MEGAPIXELS });
    }
    throw new UploadError('INVALID_FILE', { fileName: file.fileName });
  }
}

/** A PDF ends with `%%EOF` in its last kilobyte (PDF 32000-1 §7.5.5, as readers accept it). */
async function checkPdf(file: ReceivedFile): Promise<void> {
  const handle = await fs.promises.open(file.tmpPath, 'r');
  try {
    const length = Math.min(1024, file.byteSize);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, file.byteSize - length);
    if (!tail.includes('%%EOF')) throw new UploadError('INVALID_FILE', { fileName: file.fileName });
  } finally {
    await handle.close();
  }
}

/**
 * Turns a received file into an attachment of `organizationId`: images re-encoded, the variants put into
 * storage, then the row flushed. If anything fails, the stored variants are removed again.
 */
export async function storeUpload(
  em: EntityManager,
  storage: FileStorage,
  owner: { organizationId: string; userId: string },
  file: ReceivedFile,
): Promise<Attachment> {
  const id = randomUUID();
  const storageKey = `attachments/${id}`;
  const written: string[] = [];
  const put = async (variant: Variant, body: Buffer | Readable, contentType: string) => {
    const key = objectKey({ storageKey }, variant);
    written.push(key);
    await storage.put(key, body, contentType);
  };
  try {
    let width: number | null = null;
    let height: number | null = null;
    if (file.format.kind === 'IMAGE') {
      const image = await renderImage(file);
      await put('web', image.web, 'image/webp');
      await put('thumbnail', image.thumbnail, 'image/webp');
      ({ width, height } = image);
    } else {
      await checkPdf(file);
      await put('original', fs.createReadStream(file.tmpPath), file.format.mime);
    }
    const attachment = new Attachment(
      file.format.kind,
      em.getReference(Organization, owner.organizationId, { wrapped: true }),
      em.getReference(User, owner.userId, { wrapped: true }),
      file.fileName,
      file.format.mime,
      file.byteSize,
      storageKey,
    );
    attachment.id = id;
    attachment.width = width;
    attachment.height = height;
    em.persist(attachment);
    await em.flush();
    return attachment;
  } catch (err) {
    await Promise.all(written.map((key) => storage.delete(key).catch(() => undefined)));
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Who may read
// ---------------------------------------------------------------------------------------------------------

/**
 * Hook: may this viewer download a confidential attachment? Today staff and the owner organisation's
 * members. Accepted interests in a listing that shows the attachment join here later (the only place to
 * change).
 */
export async function mayReadConfidential(
  em: EntityManager,
  viewer: Viewer | null,
  attachment: Attachment,
): Promise<boolean> {
  if (can(viewer, attachmentPolicy, 'attachment:readPrivate', attachment)) return true;
  const orgs = [...(viewer?.roles.keys() ?? [])];
  if (!orgs.length) return false;
  // An organisation whose interest in a listing showing this document was accepted.
  const rows = await em.getConnection().execute<{ found: number }[]>(
    `select 1 as found from interests i join listings l on l.id = i.listing_id
      where i.status = 'ACCEPTED' and i.organization_id in (?) and l.status = 'PUBLISHED'
        and l.content->'documents' @> jsonb_build_array(jsonb_build_object('attachmentId', ?::text))
      limit 1`,
    [orgs, attachment.id],
  );
  if (rows.length) return true;
  // A document added to a brokering case: the case's parties.
  const inCase = await em.getConnection().execute<{ found: number }[]>(
    `select 1 as found from case_events e join brokering_cases c on c.id = e.case_id
      where e.document_id = ?
        and (c.requester_id in (?) or exists (
          select 1 from jsonb_array_elements_text(c.counterpart_ids) as p(org) where p.org in (?)))
      limit 1`,
    [attachment.id, orgs, orgs],
  );
  return inCase.length > 0;
}

/**
 * True when a published listing shows the attachment publicly: among its images, or among its documents
 * marked not confidential. Only the live `content` counts (pending changes are not public yet). The
 * containment operator `@>` stands for `?` (array has element), which would clash with query placeholders.
 */
export async function shownByPublishedListing(em: EntityManager, attachmentId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<{ found: number }[]>(
    `select 1 as found from listings
      where status = 'PUBLISHED'
        and (content->'imageIds' @> jsonb_build_array(?::text)
          or content->'documents' @> jsonb_build_array(jsonb_build_object('attachmentId', ?::text, 'confidential', false)))
      limit 1`,
    [attachmentId, attachmentId],
  );
  return rows.length > 0;
}

/**
 * Whether, and how, the viewer may download the attachment: `'public'` when anyone may (shared caches may
 * keep it), `'private'` when only some may, `null` when not (answered 404, so ids cannot be probed).
 * A confidential attachment: only through `mayReadConfidential`, even when a published listing shows it.
 * Otherwise: staff and the owner's members always; anyone else once a published listing shows it.
 */
export async function readAccess(
  em: EntityManager,
  viewer: Viewer | null,
  attachment: Attachment,
): Promise<'public' | 'private' | null> {
  if (attachment.confidential) return (await mayReadConfidential(em, viewer, attachment)) ? 'private' : null;
  if (can(viewer, attachmentPolicy, 'attachment:readPrivate', attachment)) return 'private';
  return (await shownByPublishedListing(em, attachment.id)) ? 'public' : null;
}

// ---------------------------------------------------------------------------------------------------------
// For the listing service
// ---------------------------------------------------------------------------------------------------------

export type AttachmentRefErrorCode = 'UNKNOWN_ATTACHMENT' | 'NOT_AN_IMAGE' | 'NOT_A_DOCUMENT';

/** One bad id in a list: its position (0-based), the id and why. */
export interface AttachmentRefError {
  index: number;
  id: string;
  code: AttachmentRefErrorCode;
  /** The file's name, when the attachment exists (NOT_AN_IMAGE, NOT_A_DOCUMENT). */
  fileName?: string;
}

export type AttachmentsResult =
  { ok: true; attachments: Attachment[] } | { ok: false; errors: AttachmentRefError[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/**
 * Loads the attachments `ids` names, in that order, for a listing of `organizationId`. Every id must be an
 * attachment of that organisation (an unknown id and another organisation's id look the same:
 * UNKNOWN_ATTACHMENT); with `kind`, each must be of that kind (`imageIds` → IMAGE, `documents` → DOCUMENT).
 * One query whatever the number of ids.
 */
export async function attachmentsForListing(
  em: EntityManager,
  organizationId: string,
  ids: readonly string[],
  kind?: AttachmentKind,
): Promise<AttachmentsResult> {
  const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  const found = wanted.length
    ? await em.find(Attachment, { id: { $in: wanted }, organization: organizationId })
    : [];
  const byId = new Map(found.map((a) => [a.id, a]));
  const errors: AttachmentRefError[] = [];
  const attachments: Attachment[] = [];
  ids.forEach((id, index) => {
    const a = isUuid(id) ? byId.get(id.toLowerCase()) : undefined;
    if (!a) errors.push({ index, id, code: 'UNKNOWN_ATTACHMENT' });
    else if (kind === 'IMAGE' && a.kind !== 'IMAGE')
      errors.push({ index, id, code: 'NOT_AN_IMAGE', fileName: a.fileName });
    else if (kind === 'DOCUMENT' && a.kind !== 'DOCUMENT')
      errors.push({ index, id, code: 'NOT_A_DOCUMENT', fileName: a.fileName });
    else attachments.push(a);
  });
  return errors.length ? { ok: false, errors } : { ok: true, attachments };
}

/** The message for one bad attachment reference, in the caller's language. */
export function attachmentRefMessage(t: T, err: AttachmentRefError): string {
  return t(`upload.${err.code}`, { position: err.index + 1, fileName: err.fileName ?? '' });
}

/**
 * Marks an attachment confidential or not (the listing service calls it for `documents[].confidential`).
 * Changes the managed entity; the caller's flush saves it. Returns null when there is no such attachment.
 */
export async function setConfidential(
  em: EntityManager,
  attachmentId: string,
  confidential: boolean,
): Promise<Attachment | null> {
  if (!isUuid(attachmentId)) return null;
  const attachment = await em.findOne(Attachment, { id: attachmentId });
  if (attachment) attachment.confidential = confidential;
  return attachment;
}

// ---------------------------------------------------------------------------------------------------------
// What clients see
// ---------------------------------------------------------------------------------------------------------

export const fileUrl = (a: Pick<Attachment, 'id'>) => `/files/${a.id}`;
export const thumbnailUrl = (a: Pick<Attachment, 'id' | 'kind'>) =>
  a.kind === 'IMAGE' ? `/files/${a.id}/thumbnail` : null;

/** The JSON the upload endpoint answers with. */
export function attachmentJson(a: Attachment) {
  return {
    id: a.id,
    kind: a.kind,
    fileName: a.fileName,
    contentType: a.contentType,
    byteSize: a.byteSize,
    url: fileUrl(a),
    thumbnailUrl: thumbnailUrl(a),
  };
}
