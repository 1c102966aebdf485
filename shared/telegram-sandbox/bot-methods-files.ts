import { basename } from 'node:path';
import { z } from 'zod';
import { formatBody, replyTarget, storeBotMessage } from './bot-methods-messages.js';
import { badRequest } from './errors.js';
import type { MethodContext, MethodHandler } from './method-context.js';
import { chatIdParam, parseParams, stringParam } from './param-schemas.js';
import { parseReplyMarkup } from './reply-markup.js';
import type { TgDocument, TgPhotoSize } from './types.js';

type Input =
  | { kind: 'upload'; data: Buffer; filename: string; mimeType: string }
  | { kind: 'file_id'; fileId: string };

async function fetchUrl(url: string): Promise<{ data: Buffer; filename: string; mimeType: string }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(String(res.status));
    const data = Buffer.from(await res.arrayBuffer());
    return {
      data,
      filename: basename(new URL(url).pathname) || 'file',
      mimeType: res.headers.get('content-type') ?? '',
    };
  } catch {
    throw badRequest('failed to get HTTP URL content');
  }
}

/** Resolves an InputFile parameter: multipart upload, `attach://name`, HTTP URL or file_id. */
async function inputFile(ctx: MethodContext, field: 'photo' | 'document'): Promise<Input> {
  const direct = ctx.params.files.get(field);
  const raw = ctx.params.values[field];
  const attach =
    typeof raw === 'string' && raw.startsWith('attach://') ? ctx.params.files.get(raw.slice(9)) : undefined;
  const upload = direct ?? attach;
  if (upload) {
    if (upload.data.length === 0) throw badRequest('file must be non-empty');
    return { kind: 'upload', data: upload.data, filename: upload.filename, mimeType: upload.mimeType };
  }
  if (typeof raw !== 'string' || raw.trim() === '') throw badRequest(`there is no ${field} in the request`);
  if (/^https?:\/\//i.test(raw)) return { kind: 'upload', ...(await fetchUrl(raw)) };
  return { kind: 'file_id', fileId: raw.trim() };
}

const captionSchema = z.object({ chat_id: chatIdParam(), caption: stringParam(), parse_mode: stringParam() });

async function prepare(ctx: MethodContext, field: 'photo' | 'document') {
  const p = parseParams(captionSchema, ctx.params.values);
  const chat = ctx.bot.chatForSend(p.chat_id, ctx.state.users);
  const input = await inputFile(ctx, field);
  const cap =
    p.caption === undefined
      ? undefined
      : formatBody(
          { text: p.caption, parse_mode: p.parse_mode, entities: ctx.params.values.caption_entities },
          'caption',
        );
  const caption =
    cap && cap.text !== ''
      ? { caption: cap.text, ...(cap.entities.length ? { caption_entities: cap.entities } : {}) }
      : {};
  const markup = parseReplyMarkup(ctx.params.values.reply_markup);
  const replyTo = replyTarget(chat, ctx.params.values);
  return { chat, input, caption, markup, replyTo };
}

const sendPhoto: MethodHandler = async (ctx) => {
  const { chat, input, caption, markup, replyTo } = await prepare(ctx, 'photo');
  let photo: TgPhotoSize[];
  if (input.kind === 'upload') {
    if (input.data.length > 10 * 1024 * 1024) throw badRequest('PHOTO_INVALID_DIMENSIONS');
    photo = ctx.state.files.addPhoto(ctx.bot.id, input.data, input.filename);
  } else {
    const blob = ctx.state.files.resolve(ctx.bot.id, input.fileId);
    if (blob.kind !== 'photo') throw badRequest("can't use file of type Document as Photo");
    photo = ctx.state.files.photoSet(input.fileId)!;
  }
  return storeBotMessage(ctx, chat, { photo, ...caption }, markup, replyTo);
};

const sendDocument: MethodHandler = async (ctx) => {
  const { chat, input, caption, markup, replyTo } = await prepare(ctx, 'document');
  let document: TgDocument;
  if (input.kind === 'upload') {
    document = ctx.state.files.addDocument(ctx.bot.id, input.data, input.filename, input.mimeType);
  } else {
    const blob = ctx.state.files.resolve(ctx.bot.id, input.fileId);
    if (blob.kind !== 'document') throw badRequest("can't use file of type Photo as Document");
    document = {
      file_id: input.fileId,
      file_unique_id: blob.uniqueId,
      file_name: blob.fileName,
      mime_type: blob.mimeType,
      file_size: blob.data.length,
    };
  }
  return storeBotMessage(ctx, chat, { document, ...caption }, markup, replyTo);
};

const getFile: MethodHandler = (ctx) => {
  const p = parseParams(z.object({ file_id: stringParam('file_id not specified') }), ctx.params.values);
  return ctx.state.files.getFile(ctx.bot.id, p.file_id);
};

/** File-related Bot API methods. */
export const fileMethods: Record<string, MethodHandler> = { sendPhoto, sendDocument, getFile };
