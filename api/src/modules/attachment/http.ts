import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import express from 'express';
import busboy from 'busboy';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../platform/graphql/context';
import { langFromEnum, langFromHeader, translator, type Lang } from '../../platform/i18n';
import { can, type Viewer } from '../../platform/policy';
import { loadViewer } from '../account/sessions';
import { setAuditActor } from '../audit/subscriber';
import { Attachment } from './entities';
import { attachmentPolicy } from './policy';
import { createFileStorage, type FileStorage } from './storage';
import {
  attachmentJson,
  isUuid,
  objectKey,
  readAccess,
  receiveFile,
  storeUpload,
  uploadErrorMessage,
  uploadLimits,
  UploadError,
  type ReceivedFile,
  type UploadLimits,
} from './service';

/** Room for the multipart envelope (boundaries, part headers, a few small fields) around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;
/** Publicly visible files may be kept this long by browsers and shared caches. */
const PUBLIC_MAX_AGE_SECONDS = 600;

/**
 * CSRF protection, the same rule Apollo applies to /graphql (`csrfPrevention: true`): an upload must carry
 * `apollo-require-preflight` or `x-apollo-operation-name`. A cross-site HTML form, or a "simple" cross-site
 * fetch, cannot add a custom header without a CORS preflight, and this server answers no preflight, so such a
 * request never reaches us with the header. We prefer it over checking `Origin` because it needs no knowledge
 * of the public address (PUBLIC_URL may be unset, proxies rewrite Host), it also covers same-site sibling
 * hosts that the SameSite=Lax session cookie does not, and the web client already sends the header to /graphql.
 */
function hasCsrfHeader(req: express.Request): boolean {
  return Boolean(req.get('apollo-require-preflight') || req.get('x-apollo-operation-name'));
}

function requestLang(req: express.Request, viewer: Viewer | null): Lang {
  return langFromHeader(req.get('accept-language')) ?? (viewer ? langFromEnum(viewer.user.language) : 'vi');
}

function sendError(res: express.Response, lang: Lang, err: UploadError) {
  if (res.headersSent) return;
  res
    .status(err.status)
    .set('Cache-Control', 'no-store')
    .set('Content-Language', lang)
    .json({ error: { code: err.code, message: uploadErrorMessage(translator(lang), lang, err) } });
}

/**
 * Stops taking a request body we no longer want. What is still in flight is read and thrown away (never
 * kept), so the client can read our answer on a healthy connection; past `cap` more bytes the connection is
 * cut instead.
 */
function discardBody(req: express.Request, cap: number) {
  req.unpipe();
  if (req.complete) return;
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > cap) req.destroy();
  });
  req.resume();
}

/**
 * Reads a multipart/form-data body with exactly one file in the field `file`, streaming it through
 * `receiveFile` (limits per kind, content check). Other fields are ignored.
 */
function parseUpload(req: express.Request, limits: UploadLimits, tmpDir: string): Promise<ReceivedFile> {
  return new Promise<ReceivedFile>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8', // browsers send the file name as raw UTF-8
        limits: {
          files: 1,
          // A backstop only: receiveFile refuses at the (smaller) limit of the detected kind.
          fileSize: Math.max(limits.IMAGE, limits.DOCUMENT) + 1,
          fields: 20,
          fieldSize: 4 * 1024,
          parts: 25,
          headerPairs: 50,
        },
      });
    } catch {
      reject(new UploadError('NOT_MULTIPART'));
      return;
    }
    let received: Promise<ReceivedFile> | null = null;
    let current: Readable | null = null;
    let settled = false;
    const fail = (err: UploadError | Error) => {
      if (settled) return;
      settled = true;
      // A file that finishes after we gave up is not wanted: remove its temporary copy.
      received?.then((f) => fs.promises.rm(f.tmpPath, { force: true })).catch(() => undefined);
      reject(err);
    };
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || received) {
        stream.resume();
        return;
      }
      current = stream;
      received = receiveFile(stream, info.filename, { tmpDir, limits });
      received.then(
        (file) => {
          if (settled) return;
          settled = true;
          resolve(file);
        },
        (err: unknown) => fail(err as Error),
      );
    });
    parser.on('filesLimit', () => fail(new UploadError('TOO_MANY_FILES')));
    parser.on('error', () => {
      current?.destroy(new UploadError('INVALID_FORM'));
      fail(new UploadError('INVALID_FORM'));
    });
    parser.on('close', () => {
      if (!received) fail(new UploadError('FILE_REQUIRED'));
    });
    req.on('aborted', () => {
      current?.destroy(new UploadError('INVALID_FORM'));
      fail(new UploadError('INVALID_FORM'));
    });
    req.pipe(parser);
  });
}

function asciiFallback(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return ascii || 'file';
}

/** RFC 6266 Content-Disposition with an ASCII `filename` and the exact name as RFC 5987 `filename*`. */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encoded}`;
}

/** `ảnh máy.jpg` → `ảnh máy.webp` (images are served re-encoded). */
function webpName(fileName: string, suffix = ''): string {
  const dot = fileName.lastIndexOf('.');
  return `${dot > 0 ? fileName.slice(0, dot) : fileName}${suffix}.webp`;
}

async function serveFile(
  app: AppServices,
  storage: FileStorage,
  req: express.Request,
  res: express.Response,
  variant: 'main' | 'thumbnail',
) {
  const em: EntityManager = app.orm.em.fork();
  const viewer = await loadViewer(em, app.config, req, app.viewers);
  setAuditActor(em, viewer?.userId ?? null);
  const lang = requestLang(req, viewer);
  const notFound = () => sendError(res, lang, new UploadError('NOT_FOUND'));

  const id = String(req.params.id);
  if (!isUuid(id)) return notFound();
  const attachment = await em.findOne(Attachment, { id });
  if (!attachment) return notFound();
  if (variant === 'thumbnail' && attachment.kind !== 'IMAGE') return notFound();
  const access = await readAccess(em, viewer, attachment);
  if (!access) return notFound();

  const isImage = attachment.kind === 'IMAGE';
  const key = objectKey(attachment, !isImage ? 'original' : variant === 'thumbnail' ? 'thumbnail' : 'web');
  res.set({
    'Content-Type': isImage ? 'image/webp' : attachment.contentType,
    'Content-Disposition': isImage
      ? contentDisposition(
          'inline',
          webpName(attachment.fileName, variant === 'thumbnail' ? '-thumbnail' : ''),
        )
      : contentDisposition('attachment', attachment.fileName),
    'X-Content-Type-Options': 'nosniff',
    // Stored bytes never change for an id: the id and variant make a strong validator.
    ETag: `"${attachment.id}-${variant}"`,
    'Last-Modified': attachment.createdAt.toUTCString(),
    // Public files may be cached anywhere for a while (a withdrawn listing's images fade within that time);
    // restricted ones only by the browser, which asks again each time, so a revoked right takes effect.
    'Cache-Control': access === 'public' ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}` : 'private, no-cache',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Should a browser ever render one of these files as a document, it gets no scripts and no origin.
    'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  });
  if (access === 'private') res.vary('Cookie');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const body = await storage.get(key);
  if (!body) {
    app.logger.error({ attachmentId: attachment.id, key }, 'attachment file missing from storage');
    res.removeHeader('ETag');
    res.removeHeader('Last-Modified');
    return notFound();
  }
  if (!isImage) res.set('Content-Length', String(attachment.byteSize));
  try {
    await pipeline(body, res);
  } catch (err) {
    // A client that goes away mid-download is not an error worth more than a debug line.
    app.logger.debug({ err, attachmentId: attachment.id }, 'file download interrupted');
  }
}

/**
 * `POST /uploads` (multipart/form-data, one field `file`) stores an image or a PDF for the organisation the
 * signed-in user acts for and answers 201 with the attachment; `GET /files/:id` serves the web-size image or
 * the PDF, `GET /files/:id/thumbnail` the thumbnail. Errors are `{ error: { code, message } }`, the message
 * in the caller's language. Whoever may not read a file gets 404, exactly as for an id that does not exist.
 */
export function attachmentRouter(app: AppServices): express.Router {
  const { config, logger } = app;
  const storage = createFileStorage(config);
  const limits = uploadLimits(config);
  const maxAny = Math.max(limits.IMAGE, limits.DOCUMENT);
  const tmpDir = path.join(config.DATA_DIR, 'tmp', 'uploads');
  const router = express.Router();

  router.post('/uploads', async (req, res) => {
    let lang = requestLang(req, null);
    let file: ReceivedFile | null = null;
    // The temporary copy goes before we answer, so nothing is left behind once the client has the answer.
    const removeTemp = async () => {
      if (file) await fs.promises.rm(file.tmpPath, { force: true });
      file = null;
    };
    try {
      if (!hasCsrfHeader(req)) throw new UploadError('CSRF');
      const em: EntityManager = app.orm.em.fork();
      const viewer = await loadViewer(em, config, req, app.viewers);
      setAuditActor(em, viewer?.userId ?? null);
      lang = requestLang(req, viewer);
      if (!viewer) throw new UploadError('UNAUTHENTICATED');
      const organizationId = viewer.activeOrganizationId;
      if (!organizationId || !can(viewer, attachmentPolicy, 'attachment:upload', organizationId)) {
        throw new UploadError('NO_ORGANIZATION');
      }
      if (!req.is('multipart/form-data')) throw new UploadError('NOT_MULTIPART');
      const declared = Number(req.get('content-length'));
      if (Number.isFinite(declared) && declared > maxAny + MULTIPART_OVERHEAD) {
        // Refused on its declared size, before reading any of it; the connection is not reused.
        res.set('Connection', 'close');
        throw new UploadError('REQUEST_TOO_LARGE', { max: maxAny });
      }
      file = await parseUpload(req, limits, tmpDir);
      const attachment = await storeUpload(em, storage, { organizationId, userId: viewer.user.id }, file);
      await removeTemp();
      logger.info(
        { attachmentId: attachment.id, kind: attachment.kind, byteSize: attachment.byteSize, organizationId },
        'attachment uploaded',
      );
      res.status(201).set('Cache-Control', 'no-store').json(attachmentJson(attachment));
    } catch (caught) {
      let err = caught instanceof UploadError ? caught : null;
      if (!err) {
        logger.error({ err: caught, requestId: req.id }, 'upload failed');
        err = new UploadError('INTERNAL', { requestId: String(req.id ?? '') });
      }
      if (err.code !== 'REQUEST_TOO_LARGE') discardBody(req, maxAny);
      await removeTemp().catch(() => undefined);
      sendError(res, lang, err);
    }
  });

  const download = (variant: 'main' | 'thumbnail'): express.RequestHandler =>
    async function (req, res) {
      try {
        await serveFile(app, storage, req, res, variant);
      } catch (err) {
        logger.error({ err, requestId: req.id }, 'download failed');
        const lang = requestLang(req, null);
        sendError(res, lang, new UploadError('INTERNAL', { requestId: String(req.id ?? '') }));
      }
    };
  router.get('/files/:id', download('main'));
  router.get('/files/:id/thumbnail', download('thumbnail'));
  return router;
}
