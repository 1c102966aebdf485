import { z } from 'zod';
import type { ChatMessage, ChatState } from './chat-state.js';
import { badRequest } from './errors.js';
import { formatText, textLength } from './format-text.js';
import type { MethodContext, MethodHandler } from './method-context.js';
import { boolParam, chatIdParam, intParam, parseParams, stringParam } from './param-schemas.js';
import { type ParsedReplyMarkup, parseReplyMarkup } from './reply-markup.js';
import { jsonParam } from './request-params.js';
import type { TgMessage, TgMessageEntity } from './types.js';

/** Telegram's text limit after entity parsing. */
export const MAX_TEXT_LENGTH = 4096;
/** Telegram's caption limit after entity parsing. */
export const MAX_CAPTION_LENGTH = 1024;

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

function entitiesParam(v: unknown, name: string): TgMessageEntity[] | undefined {
  const parsed = jsonParam(v, `can't parse ${name} JSON object`);
  if (parsed === undefined) return undefined;
  if (!Array.isArray(parsed)) throw badRequest(`field "${name}" must be an Array`);
  return parsed as TgMessageEntity[];
}

/**
 * Formats a text or caption with Telegram's rules and limits.
 *
 * @example
 * formatBody({ text: '<b>x</b>', parse_mode: 'HTML' }, 'text');
 */
export function formatBody(
  p: { text?: string; parse_mode?: string; entities?: unknown },
  kind: 'text' | 'caption',
): { text: string; entities: TgMessageEntity[] } {
  const raw = p.text ?? '';
  const f = formatText(
    raw,
    p.parse_mode,
    entitiesParam(p.entities, kind === 'text' ? 'entities' : 'caption_entities'),
  );
  if (kind === 'text') {
    if (f.text === '') throw badRequest('message text is empty');
    if (textLength(f.text) > MAX_TEXT_LENGTH) throw badRequest('message is too long');
  } else if (textLength(f.text) > MAX_CAPTION_LENGTH) {
    throw badRequest('message caption is too long');
  }
  return f;
}

/**
 * Resolves reply_to_message_id / reply_parameters to the replied message (Telegram: 400 `message to be
 * replied not found` unless allow_sending_without_reply).
 */
export function replyTarget(chat: ChatState, values: Record<string, unknown>): TgMessage | undefined {
  const rp = jsonParam(values.reply_parameters, "can't parse reply parameters JSON object") as
    | { message_id?: number; allow_sending_without_reply?: boolean }
    | undefined;
  const id = Number(rp?.message_id ?? values.reply_to_message_id ?? 0);
  if (!id) return undefined;
  const allow =
    rp?.allow_sending_without_reply === true ||
    values.allow_sending_without_reply === true ||
    values.allow_sending_without_reply === 'true';
  const target = chat.messages.get(id);
  if (!target) {
    if (allow) return undefined;
    throw badRequest('message to be replied not found');
  }
  return target.message;
}

/**
 * Stores a bot message into the chat (after flood control) and returns the Telegram Message.
 */
export function storeBotMessage(
  ctx: MethodContext,
  chat: ChatState,
  body: Partial<TgMessage>,
  markup: ParsedReplyMarkup | undefined,
  replyTo: TgMessage | undefined,
): TgMessage {
  ctx.state.flood.take(ctx.bot.id, chat.user.id);
  const message: TgMessage = {
    ...ctx.bot.botMessage(chat),
    ...(replyTo ? { reply_to_message: replyTo } : {}),
    ...body,
  };
  if (markup?.kind === 'inline') message.reply_markup = markup.markup;
  const text = message.text ?? message.caption ?? '';
  const entities = message.entities ?? message.caption_entities ?? [];
  chat.put({
    from: 'bot',
    message_id: message.message_id,
    text,
    entities,
    message,
    ...(markup ? { reply_markup: markup } : {}),
  });
  return message;
}

function withEntities(text: string, entities: TgMessageEntity[]): Partial<TgMessage> {
  return { text, ...(entities.length > 0 ? { entities } : {}) };
}

const sendMessageSchema = z.object({
  chat_id: chatIdParam(),
  text: stringParam('message text is empty'),
  parse_mode: stringParam(),
});

const sendMessage: MethodHandler = (ctx) => {
  const p = parseParams(sendMessageSchema, ctx.params.values);
  const chat = ctx.bot.chatForSend(p.chat_id, ctx.state.users);
  const f = formatBody({ ...p, entities: ctx.params.values.entities }, 'text');
  const markup = parseReplyMarkup(ctx.params.values.reply_markup);
  const replyTo = replyTarget(chat, ctx.params.values);
  return storeBotMessage(ctx, chat, withEntities(f.text, f.entities), markup, replyTo);
};

const editTargetSchema = z.object({
  chat_id: chatIdParam().optional(),
  message_id: intParam(undefined, 'message to edit not found'),
  inline_message_id: stringParam(),
});

function editTarget(ctx: MethodContext): { chat: ChatState; target: ChatMessage } {
  const p = parseParams(editTargetSchema, ctx.params.values);
  if (p.inline_message_id !== undefined && p.chat_id === undefined) throw badRequest('MESSAGE_ID_INVALID');
  if (p.chat_id === undefined) throw badRequest('chat_id is empty');
  const chat = ctx.bot.chatForSend(p.chat_id, ctx.state.users);
  const target = p.message_id === undefined ? undefined : chat.messages.get(p.message_id);
  if (!target) throw badRequest('message to edit not found');
  if (target.from !== 'bot') throw badRequest("message can't be edited");
  return { chat, target };
}

function sameMarkup(a: TgMessage['reply_markup'], b: TgMessage['reply_markup']): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function applyEdit(
  ctx: MethodContext,
  chat: ChatState,
  target: ChatMessage,
  next: TgMessage,
  markup?: ParsedReplyMarkup,
): TgMessage {
  ctx.state.flood.take(ctx.bot.id, chat.user.id);
  next.edit_date = Math.floor(Date.now() / 1000);
  const text = next.text ?? next.caption ?? '';
  const entities = next.entities ?? next.caption_entities ?? [];
  const { reply_markup: _old, ...rest } = target;
  chat.put({ ...rest, text, entities, message: next, ...(markup ? { reply_markup: markup } : {}) });
  return next;
}

const editMessageText: MethodHandler = (ctx) => {
  const p = parseParams(
    z.object({ text: stringParam('message text is empty'), parse_mode: stringParam() }),
    ctx.params.values,
  );
  const { chat, target } = editTarget(ctx);
  if (target.message.text === undefined) throw badRequest('there is no text in the message to edit');
  const f = formatBody({ ...p, entities: ctx.params.values.entities }, 'text');
  const markup = parseReplyMarkup(ctx.params.values.reply_markup);
  const inline = markup?.kind === 'inline' ? markup.markup : undefined;
  const old = target.message;
  if (
    old.text === f.text &&
    JSON.stringify(old.entities ?? []) === JSON.stringify(f.entities) &&
    sameMarkup(old.reply_markup, inline)
  ) {
    throw badRequest(NOT_MODIFIED);
  }
  const { reply_markup: _r, entities: _e, ...base } = old;
  const next: TgMessage = {
    ...base,
    ...withEntities(f.text, f.entities),
    ...(inline ? { reply_markup: inline } : {}),
  };
  return applyEdit(ctx, chat, target, next, inline ? markup : undefined);
};

const editMessageReplyMarkup: MethodHandler = (ctx) => {
  const { chat, target } = editTarget(ctx);
  const markup = parseReplyMarkup(ctx.params.values.reply_markup);
  const inline = markup?.kind === 'inline' ? markup.markup : undefined;
  if (sameMarkup(target.message.reply_markup, inline)) throw badRequest(NOT_MODIFIED);
  const { reply_markup: _r, ...base } = target.message;
  const next: TgMessage = { ...base, ...(inline ? { reply_markup: inline } : {}) };
  return applyEdit(ctx, chat, target, next, inline ? markup : undefined);
};

const deleteMessage: MethodHandler = (ctx) => {
  const p = parseParams(
    z.object({
      chat_id: chatIdParam(),
      message_id: intParam('message identifier is not specified', 'message to delete not found'),
    }),
    ctx.params.values,
  );
  const chat = ctx.bot.chatForSend(p.chat_id, ctx.state.users);
  if (!chat.messages.delete(p.message_id)) throw badRequest('message to delete not found');
  chat.touch();
  return true;
};

const sendChatAction: MethodHandler = (ctx) => {
  const p = parseParams(
    z.object({ chat_id: chatIdParam(), action: stringParam('action is empty') }),
    ctx.params.values,
  );
  const chat = ctx.bot.chatForSend(p.chat_id, ctx.state.users);
  if (!CHAT_ACTIONS.has(p.action)) throw badRequest('wrong parameter action in request');
  chat.chatAction = { action: p.action, until: Date.now() + 5000 };
  chat.touch();
  return true;
};

const INVALID_QUERY = 'query is too old and response timeout expired or query ID is invalid';

const answerCallbackQuery: MethodHandler = (ctx) => {
  const p = parseParams(
    z.object({
      callback_query_id: stringParam(INVALID_QUERY),
      text: stringParam(),
      show_alert: boolParam(),
      url: stringParam(),
    }),
    ctx.params.values,
  );
  const q = ctx.bot.callbacks.get(p.callback_query_id);
  const ttl = ctx.state.behaviour.callbackQueryTtlSeconds * 1000;
  if (!q || q.answered || Date.now() - q.createdAt > ttl) throw badRequest(INVALID_QUERY);
  if (p.text !== undefined && textLength(p.text) > 200) throw badRequest('MESSAGE_TOO_LONG');
  q.answered = true;
  const chat = ctx.bot.chats.get(q.chatId);
  const answer = {
    callback_query_id: q.callback_query_id,
    message_id: q.message_id,
    data: q.data,
    answered: true,
    ...(p.text !== undefined ? { text: p.text } : {}),
    ...(p.show_alert ? { show_alert: true } : {}),
    ...(p.url !== undefined ? { url: p.url } : {}),
    version: (chat?.version ?? 0) + 1,
  };
  Object.assign(q, answer);
  if (chat) {
    const i = chat.callbackAnswers.findIndex((a) => a.callback_query_id === q.callback_query_id);
    if (i >= 0) chat.callbackAnswers[i] = answer;
    else chat.callbackAnswers.push(answer);
    chat.touch();
  }
  return true;
};

/** Message-related Bot API methods. */
export const messageMethods: Record<string, MethodHandler> = {
  sendMessage,
  editMessageText,
  editMessageReplyMarkup,
  deleteMessage,
  sendChatAction,
  answerCallbackQuery,
};
