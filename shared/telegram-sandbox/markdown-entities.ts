import { badRequest, type TelegramApiError } from './errors.js';
import { byteOffset, type FormattedText, normalizeUrl } from './html-entities.js';
import type { TgMessageEntity } from './types.js';

function fail(detail: string): TelegramApiError {
  return badRequest(`can't parse entities: ${detail}`);
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\v' || c === '\f';
}

/** Reads an optional ```language and skips one leading newline; returns [language, newIndex]. */
function readPreHeader(src: string, i: number): [string, number] {
  let language = '';
  let end = i;
  while (end < src.length && !isSpace(src[end]) && src[end] !== '`') end++;
  if (i !== end && end < src.length && src[end] !== '`') {
    language = src.slice(i, end);
    i = end;
  }
  if (src[i] === '\n' || src[i] === '\r') {
    if ((src[i + 1] === '\n' || src[i + 1] === '\r') && src[i] !== src[i + 1]) i += 2;
    else i++;
  }
  return [language, i];
}

function linkEntity(offset: number, length: number, url: string): TgMessageEntity | undefined {
  const normalized = normalizeUrl(url);
  return normalized ? { type: 'text_link', offset, length, url: normalized } : undefined;
}

/**
 * Parses legacy `Markdown` parse_mode (tdlib rules): *bold*, _italic_, `code`, ```pre```, [text](url).
 *
 * @example
 * parseMarkdown('*Hi* there'); // { text: 'Hi there', entities: [{ type: 'bold', offset: 0, length: 2 }] }
 */
export function parseMarkdown(src: string): FormattedText {
  let out = '';
  const entities: TgMessageEntity[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && '_*`['.includes(src[i + 1] ?? '\u0000')) {
      out += src[++i];
      continue;
    }
    if (c !== '_' && c !== '*' && c !== '`' && c !== '[') {
      out += c;
      continue;
    }
    const beginPos = i;
    const endChar = c === '[' ? ']' : c;
    let isPre = false;
    let language = '';
    i++;
    if (c === '`' && src[i] === '`' && src[i + 1] === '`') {
      isPre = true;
      [language, i] = readPreHeader(src, i + 2);
    }
    const offset = out.length;
    while (i < src.length && (src[i] !== endChar || (isPre && !(src[i + 1] === '`' && src[i + 2] === '`')))) {
      out += src[i++];
    }
    if (i >= src.length)
      throw fail(`Can't find end of the entity starting at byte offset ${byteOffset(src, beginPos)}`);
    const length = out.length - offset;
    if (c === '[') {
      let url: string;
      if (src[i + 1] !== '(') {
        url = out.slice(offset);
      } else {
        i += 2;
        const urlBegin = i;
        url = '';
        while (i < src.length && src[i] !== ')') url += src[i++];
        if (i >= src.length)
          throw fail(`Can't find end of a URL at byte offset ${byteOffset(src, urlBegin)}`);
      }
      const e = length > 0 ? linkEntity(offset, length, url) : undefined;
      if (e) entities.push(e);
    } else if (length > 0) {
      if (c === '_') entities.push({ type: 'italic', offset, length });
      else if (c === '*') entities.push({ type: 'bold', offset, length });
      else if (isPre) entities.push({ type: 'pre', offset, length, ...(language ? { language } : {}) });
      else entities.push({ type: 'code', offset, length });
    }
    if (isPre) i += 2;
  }
  return { text: out, entities };
}

const RESERVED_V2 = '_*[]()~`>#+-=|{}.!';

interface OpenV2 {
  type: string;
  argument: string;
  offset: number;
  bytePos: number;
}

const TYPE_NAME: Record<string, string> = {
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strikethrough: 'Strikethrough',
  spoiler: 'Spoiler',
  code: 'Code',
  pre: 'Pre',
  text_link: 'TextUrl',
  custom_emoji: 'CustomEmoji',
};

function isEndOf(type: string, src: string, i: number): boolean {
  const c = src[i];
  switch (type) {
    case 'bold':
      return c === '*';
    case 'italic':
      return c === '_' && src[i + 1] !== '_';
    case 'code':
      return c === '`';
    case 'pre':
      return c === '`' && src[i + 1] === '`' && src[i + 2] === '`';
    case 'text_link':
    case 'custom_emoji':
      return c === ']';
    case 'underline':
      return c === '_' && src[i + 1] === '_';
    case 'strikethrough':
      return c === '~';
    case 'spoiler':
      return c === '|' && src[i + 1] === '|';
    default:
      return false;
  }
}

/**
 * Parses `MarkdownV2` parse_mode with Telegram's rules: every reserved character outside entity syntax
 * must be escaped, else 400 `Bad Request: can't parse entities: Character '.' is reserved and must be
 * escaped with the preceding '\'`.
 *
 * @example
 * parseMarkdownV2('*Hi* there\\!'); // { text: 'Hi there!', entities: [{ type: 'bold', offset: 0, length: 2 }] }
 */
export function parseMarkdownV2(src: string): FormattedText {
  let out = '';
  const entities: TgMessageEntity[] = [];
  const open: OpenV2[] = [];
  let quoteStart = -1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    const atLineStart = i === 0 || src[i - 1] === '\n';
    if (atLineStart && quoteStart >= 0 && c !== '>') {
      pushQuote(entities, quoteStart, out);
      quoteStart = -1;
    }
    const code = c.charCodeAt(0);
    if (c === '\\' && i + 1 < src.length && src.charCodeAt(i + 1) > 0 && src.charCodeAt(i + 1) <= 126) {
      out += src[++i];
      continue;
    }
    const top = open[open.length - 1];
    const reserved = top && (top.type === 'code' || top.type === 'pre') ? '`' : RESERVED_V2;
    if (code === 0 || !reserved.includes(c)) {
      out += c;
      continue;
    }
    if (c === '>' && atLineStart && open.length === 0) {
      if (quoteStart < 0) quoteStart = out.length;
      continue;
    }
    if (top && isEndOf(top.type, src, i)) {
      open.pop();
      const length = out.length - top.offset;
      if (top.type === 'underline' || top.type === 'spoiler') i++;
      else if (top.type === 'pre') i += 2;
      if (top.type === 'text_link' || top.type === 'custom_emoji') {
        let url: string;
        if (src[i + 1] !== '(') {
          url = out.slice(top.offset);
        } else {
          i += 2;
          const urlBegin = i;
          url = '';
          while (i < src.length && src[i] !== ')') {
            if (src[i] === '\\' && src.charCodeAt(i + 1) > 0 && src.charCodeAt(i + 1) <= 126) {
              url += src[i + 1];
              i += 2;
              continue;
            }
            url += src[i++];
          }
          if (src[i] !== ')')
            throw fail(`Can't find end of a URL at byte offset ${byteOffset(src, urlBegin)}`);
        }
        if (length > 0 && top.type === 'text_link') {
          const e = linkEntity(top.offset, length, url);
          if (e) entities.push(e);
        } else if (length > 0) {
          const id = /^tg:\/\/emoji\?id=(\d+)$/.exec(url);
          if (!id) throw fail(`Custom emoji URL must have an emoji identifier`);
          entities.push({ type: 'custom_emoji', offset: top.offset, length, custom_emoji_id: id[1]! });
        }
      } else if (length > 0) {
        entities.push({
          type: top.type,
          offset: top.offset,
          length,
          ...(top.type === 'pre' && top.argument ? { language: top.argument } : {}),
        });
      }
      continue;
    }
    const bytePos = byteOffset(src, i);
    let type: string;
    let argument = '';
    switch (c) {
      case '_':
        if (src[i + 1] === '_') {
          type = 'underline';
          i++;
        } else type = 'italic';
        break;
      case '*':
        type = 'bold';
        break;
      case '~':
        type = 'strikethrough';
        break;
      case '|':
        if (src[i + 1] !== '|') throw reservedError(c);
        i++;
        type = 'spoiler';
        break;
      case '[':
        type = 'text_link';
        break;
      case '`':
        if (src[i + 1] === '`' && src[i + 2] === '`') {
          type = 'pre';
          [argument, i] = readPreHeader(src, i + 3);
          i--;
        } else type = 'code';
        break;
      case '!':
        if (src[i + 1] !== '[') throw reservedError(c);
        i++;
        type = 'custom_emoji';
        break;
      default:
        throw reservedError(c);
    }
    open.push({ type, argument, offset: out.length, bytePos });
  }
  if (open.length > 0) {
    const top = open[open.length - 1]!;
    throw fail(`Can't find end of ${TYPE_NAME[top.type]} entity at byte offset ${top.bytePos}`);
  }
  if (quoteStart >= 0) pushQuote(entities, quoteStart, out);
  return { text: out, entities };
}

function pushQuote(entities: TgMessageEntity[], start: number, out: string): void {
  let end = out.length;
  if (out[end - 1] === '\n') end--;
  if (end > start) entities.push({ type: 'blockquote', offset: start, length: end - start });
}

function reservedError(c: string): TelegramApiError {
  return fail(`Character '${c}' is reserved and must be escaped with the preceding '\\'`);
}
