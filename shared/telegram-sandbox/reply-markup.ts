import { badRequest } from './errors.js';
import { normalizeUrl } from './html-entities.js';
import { jsonParam } from './request-params.js';
import type { TgInlineKeyboardButton, TgInlineKeyboardMarkup, TgReplyKeyboardMarkup } from './types.js';

/**
 * A validated reply_markup: at most one of the four kinds.
 *
 * @example
 * const m: ParsedReplyMarkup = { kind: 'remove_keyboard' };
 */
export type ParsedReplyMarkup =
  | { kind: 'inline'; markup: TgInlineKeyboardMarkup }
  | { kind: 'keyboard'; markup: TgReplyKeyboardMarkup }
  | { kind: 'remove_keyboard' }
  | { kind: 'force_reply'; placeholder?: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseInlineButton(b: unknown): TgInlineKeyboardButton {
  if (!isObject(b)) throw badRequest('InlineKeyboardButton must be an Object');
  if (b.text === undefined) throw badRequest('can\'t find field "text"');
  if (typeof b.text !== 'string') throw badRequest('field "text" must be of type String');
  const text = b.text;
  if ('callback_data' in b && b.callback_data !== undefined) {
    const data = typeof b.callback_data === 'string' ? b.callback_data : String(b.callback_data);
    const bytes = Buffer.byteLength(data, 'utf8');
    if (bytes < 1 || bytes > 64) throw badRequest('BUTTON_DATA_INVALID');
    return { text, callback_data: data };
  }
  if ('url' in b && b.url !== undefined) {
    const url = String(b.url);
    const normalized = normalizeUrl(url);
    if (!normalized) throw badRequest(`inline keyboard button URL '${url}' is invalid: Wrong HTTP URL`);
    return { text, url: normalized };
  }
  if (typeof b.switch_inline_query === 'string') return { text, switch_inline_query: b.switch_inline_query };
  if (typeof b.switch_inline_query_current_chat === 'string') {
    return { text, switch_inline_query_current_chat: b.switch_inline_query_current_chat };
  }
  if (isObject(b.copy_text) && typeof b.copy_text.text === 'string')
    return { text, copy_text: { text: b.copy_text.text } };
  throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
}

function parseKeyboardButton(b: unknown): {
  text: string;
  request_contact?: boolean;
  request_location?: boolean;
} {
  if (typeof b === 'string') return { text: b };
  if (!isObject(b)) throw badRequest('KeyboardButton must be a String or an Object');
  if (typeof b.text !== 'string') throw badRequest('can\'t find field "text"');
  return {
    text: b.text,
    ...(b.request_contact === true ? { request_contact: true } : {}),
    ...(b.request_location === true ? { request_location: true } : {}),
  };
}

/**
 * Validates a reply_markup (object or JSON string) like the Bot API; undefined when absent.
 * Errors: `can't parse reply keyboard markup JSON object`, `BUTTON_DATA_INVALID`, …
 *
 * @example
 * parseReplyMarkup('{"inline_keyboard":[[{"text":"Go","callback_data":"go"}]]}');
 */
export function parseReplyMarkup(raw: unknown): ParsedReplyMarkup | undefined {
  const v = jsonParam(raw, "can't parse reply keyboard markup JSON object");
  if (v === undefined) return undefined;
  if (!isObject(v)) throw badRequest('object expected as reply markup');
  if ('inline_keyboard' in v) {
    if (!Array.isArray(v.inline_keyboard)) {
      throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array');
    }
    const rows = v.inline_keyboard.map((row) => {
      if (!Array.isArray(row)) throw badRequest('InlineKeyboardMarkup row must be an Array');
      return row.map(parseInlineButton);
    });
    return { kind: 'inline', markup: { inline_keyboard: rows.filter((r) => r.length > 0) } };
  }
  if ('keyboard' in v) {
    if (!Array.isArray(v.keyboard))
      throw badRequest('field "keyboard" of the ReplyKeyboardMarkup must be an Array');
    const rows = v.keyboard.map((row) => {
      if (!Array.isArray(row)) throw badRequest('ReplyKeyboardMarkup row must be an Array');
      return row.map(parseKeyboardButton);
    });
    const markup: TgReplyKeyboardMarkup = { keyboard: rows.filter((r) => r.length > 0) };
    for (const k of ['is_persistent', 'resize_keyboard', 'one_time_keyboard', 'selective'] as const) {
      if (v[k] === true) markup[k] = true;
    }
    if (typeof v.input_field_placeholder === 'string')
      markup.input_field_placeholder = v.input_field_placeholder;
    return { kind: 'keyboard', markup };
  }
  if (v.remove_keyboard === true) return { kind: 'remove_keyboard' };
  if (v.force_reply === true) {
    return {
      kind: 'force_reply',
      ...(typeof v.input_field_placeholder === 'string' ? { placeholder: v.input_field_placeholder } : {}),
    };
  }
  return undefined;
}
