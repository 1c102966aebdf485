import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { badRequest, TelegramApiError } from './errors.js';

/**
 * A file part of a multipart request.
 *
 * @example
 * const f: UploadedFile = { field: 'photo', filename: 'photo.jpg', mimeType: 'image/jpeg', data: Buffer.alloc(0) };
 */
export interface UploadedFile {
  field: string;
  filename: string;
  mimeType: string;
  data: Buffer;
}

/**
 * Parameters of one Bot API call, from the query string and the body (JSON, urlencoded or multipart).
 *
 * @example
 * const p: RequestParams = { values: { chat_id: '1', text: 'hi' }, files: new Map() };
 */
export interface RequestParams {
  values: Record<string, unknown>;
  files: Map<string, UploadedFile>;
}

/** Telegram's upload limit for bots on the cloud API (50 MB). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new TelegramApiError(413, 'Request Entity Too Large'));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function readMultipart(req: IncomingMessage, into: RequestParams): Promise<void> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fileSize: MAX_UPLOAD_BYTES, fieldSize: 1024 * 1024 } });
    } catch {
      reject(badRequest("can't parse multipart/form-data"));
      return;
    }
    const pending: Promise<void>[] = [];
    bb.on('field', (name, value) => {
      into.values[name] = value;
    });
    bb.on('file', (field, stream, info) => {
      pending.push(
        new Promise<void>((res, rej) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('limit', () => rej(new TelegramApiError(413, 'Request Entity Too Large')));
          stream.on('end', () => {
            into.files.set(field, {
              field,
              filename: info.filename ?? field,
              mimeType: info.mimeType,
              data: Buffer.concat(chunks),
            });
            res();
          });
          stream.on('error', rej);
        }),
      );
    });
    bb.on('error', () => reject(badRequest("can't parse multipart/form-data")));
    bb.on('close', () => {
      Promise.all(pending).then(() => resolve(), reject);
    });
    req.pipe(bb);
  });
}

/**
 * Reads every parameter of a Bot API request the way Telegram accepts them: GET query, JSON body,
 * `application/x-www-form-urlencoded` and `multipart/form-data` (files included).
 *
 * @example
 * const params = await readRequestParams(req, new URL(req.url!, 'http://x').searchParams);
 */
export async function readRequestParams(
  req: IncomingMessage,
  query: URLSearchParams,
): Promise<RequestParams> {
  const params: RequestParams = { values: {}, files: new Map() };
  for (const [k, v] of query) params.values[k] = v;
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (req.method === 'GET' || req.method === 'HEAD') return params;
  if (type.startsWith('multipart/form-data')) {
    await readMultipart(req, params);
    return params;
  }
  const body = await readBody(req, MAX_UPLOAD_BYTES);
  if (body.length === 0) return params;
  if (type.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw badRequest("can't parse JSON object");
    }
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [k, v] of Object.entries(parsed)) if (v !== null) params.values[k] = v;
    }
    return params;
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params.values[k] = v;
  }
  return params;
}

/**
 * Reads a parameter that Telegram expects JSON-serialised (reply_markup, allowed_updates, commands, …):
 * strings are parsed as JSON, objects pass through; unparsable → 400 with `errorDetail`.
 *
 * @example
 * jsonParam('[["message"]]', "can't parse allowed_updates JSON array");
 */
export function jsonParam(value: unknown, errorDetail: string): unknown {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(errorDetail);
  }
}
