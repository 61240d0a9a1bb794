import { crc32, deflateSync } from 'node:zlib';
import type { TestClient } from './client';

/** What `POST /uploads` answers with (201). */
export interface UploadedAttachment {
  id: string;
  kind: 'IMAGE' | 'DOCUMENT';
  fileName: string;
  contentType: string;
  byteSize: number;
  url: string;
  thumbnailUrl: string | null;
}

export interface UploadInput {
  fileName: string;
  bytes: Uint8Array;
  /** What the client claims; the server ignores it and looks at the bytes. Default application/octet-stream. */
  contentType?: string;
}

export interface RawUploadResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body: an UploadedAttachment or `{ error: { code, message } }`. */
  json: any;
}

type Who = { client: TestClient } | TestClient;
const clientOf = (who: Who): TestClient => ('client' in who ? who.client : who);

/**
 * Posts one file to `/uploads` as `who` (an actor, or a TestClient — a fresh one is a visitor), with the
 * caller's cookies and language and the CSRF header the web client sends. Answers whatever the server says.
 */
export async function postUpload(
  who: Who,
  file: UploadInput,
  opts: { headers?: Record<string, string>; csrfHeader?: boolean; field?: string } = {},
): Promise<RawUploadResponse> {
  const client = clientOf(who);
  const form = new FormData();
  form.append(
    opts.field ?? 'file',
    new Blob([new Uint8Array(file.bytes)], { type: file.contentType ?? 'application/octet-stream' }),
    file.fileName,
  );
  const res = await fetch(`${client.baseUrl}/uploads`, {
    method: 'POST',
    headers: {
      'accept-language': client.lang,
      ...(opts.csrfHeader === false ? {} : { 'apollo-require-preflight': 'true' }),
      ...(client.cookies.size ? { cookie: client.cookieHeader() } : {}),
      ...opts.headers,
    },
    body: form,
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text };
  }
  return { status: res.status, headers: res.headers, json };
}

/**
 * Uploads a file as `who` (acting for their active organisation) and returns the attachment; fails the
 * test with the server's message when the upload is refused. For tests of other modules that need images or
 * documents on a listing.
 */
export async function uploadFile(who: Who, file: UploadInput): Promise<UploadedAttachment> {
  const r = await postUpload(who, file);
  if (r.status !== 201)
    throw new Error(`upload of ${file.fileName} refused (${r.status}): ${JSON.stringify(r.json)}`);
  return r.json as UploadedAttachment;
}

/** GETs a file URL (`/files/…`) with `who`'s cookies; returns status, headers and the bytes. */
export async function fetchFile(
  who: Who,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const client = clientOf(who);
  const res = await fetch(new URL(url, client.baseUrl), {
    headers: {
      'accept-language': client.lang,
      ...(client.cookies.size ? { cookie: client.cookieHeader() } : {}),
      ...headers,
    },
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** A minimal valid one-page PDF (correct cross-reference table), built by hand. */
export function minimalPdf(title = 'Tài liệu thử'): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 72 770 Td (${title.normalize('NFD').replace(/[^\x20-\x7e]/g, '')}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/**
 * A PNG written by hand (no image library): 8-bit RGB, `width` × `height` declared in its header, with
 * pixel data for `rows` rows (all of them unless told). A few rows under a huge header make a
 * decompression bomb's shape in a few hundred bytes.
 */
export function handmadePng(width: number, height: number, opts: { rows?: number } = {}): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, RGB, deflate, no filter method, no interlace
  const rows = Math.min(opts.rows ?? height, height);
  // Each row: filter type 0 (none), then grey pixels.
  const row = Buffer.alloc(1 + width * 3, 0x60);
  row[0] = 0;
  const pixels = deflateSync(Buffer.concat(Array.from({ length: rows }, () => row)));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', pixels),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
