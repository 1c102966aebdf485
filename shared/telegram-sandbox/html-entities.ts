import { badRequest, type TelegramApiError } from './errors.js';
import type { TgMessageEntity } from './types.js';

/**
 * Text plus entities after parsing a formatted string.
 *
 * @example
 * const r: FormattedText = { text: 'hi', entities: [{ type: 'bold', offset: 0, length: 2 }] };
 */
export interface FormattedText {
  text: string;
  entities: TgMessageEntity[];
}

const SUPPORTED_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  's',
  'strike',
  'del',
  'u',
  'ins',
  'tg-spoiler',
  'tg-emoji',
  'span',
  'pre',
  'code',
  'blockquote',
]);

const TAG_TYPE: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  u: 'underline',
  ins: 'underline',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  a: 'text_link',
  'tg-emoji': 'custom_emoji',
};

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\0' || c === '\v' || c === '\f';
}

/** UTF-8 byte offset of JS string index `i` (Telegram reports byte offsets). */
export function byteOffset(s: string, i: number): number {
  return Buffer.byteLength(s.slice(0, i), 'utf8');
}

function fail(detail: string): TelegramApiError {
  return badRequest(`can't parse entities: ${detail}`);
}

/** Decodes `&name;` / `&#NN;` / `&#xHH;` at `i`; returns [char, nextIndex] or undefined (literal '&'). */
function decodeEntity(s: string, i: number): [string, number] | undefined {
  const end = s.indexOf(';', i + 1);
  if (end < 0 || end - i > 12) return undefined;
  const body = s.slice(i + 1, end);
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return undefined;
    if (!/^#(x[0-9a-f]+|\d+)$/i.test(body)) return undefined;
    return [String.fromCodePoint(code), end + 1];
  }
  const named = NAMED[body];
  return named === undefined ? undefined : [named, end + 1];
}

/** Normalises a link target like Telegram: adds `http://` when no scheme; undefined when unusable. */
export function normalizeUrl(url: string): string | undefined {
  const u = url.trim();
  if (u === '') return undefined;
  if (/^tg:\/\/./i.test(u)) return u;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(u) ? u : `http://${u}`;
  try {
    const parsed = new URL(withScheme);
    if (
      !['http:', 'https:', 'ftp:', 'tonsite:'].includes(parsed.protocol) ||
      !parsed.hostname.includes('.')
    ) {
      return parsed.hostname === 'localhost' ? parsed.href : undefined;
    }
    return parsed.href;
  } catch {
    return undefined;
  }
}

interface OpenTag {
  tag: string;
  argument: string;
  expandable: boolean;
  offset: number;
}

/**
 * Parses Telegram's HTML parse_mode exactly like the Bot API (tdlib's rules and error texts).
 * Throws `TelegramApiError` 400 `Bad Request: can't parse entities: ...` on malformed input.
 *
 * @example
 * parseHtml('<b>Hi</b> &amp; bye'); // { text: 'Hi & bye', entities: [{ type: 'bold', offset: 0, length: 2 }] }
 */
export function parseHtml(src: string): FormattedText {
  let out = '';
  const entities: TgMessageEntity[] = [];
  const open: OpenTag[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '&') {
      const decoded = decodeEntity(src, i);
      if (decoded) {
        out += decoded[0];
        i = decoded[1];
        continue;
      }
    }
    if (c !== '<') {
      out += c;
      i++;
      continue;
    }
    const beginPos = i;
    i++;
    if (src[i] !== '/') {
      const tagBegin = i;
      while (i < src.length && !isSpace(src[i]) && src[i] !== '>') i++;
      if (i >= src.length) throw fail(`Unclosed start tag at byte offset ${byteOffset(src, beginPos)}`);
      const tag = src.slice(tagBegin, i).toLowerCase();
      if (!SUPPORTED_TAGS.has(tag)) {
        throw fail(`Unsupported start tag "${tag}" at byte offset ${byteOffset(src, beginPos)}`);
      }
      let argument = '';
      let expandable = false;
      while (src[i] !== '>') {
        while (i < src.length && isSpace(src[i])) i++;
        if (src[i] === '>') break;
        const attrBegin = i;
        while (i < src.length && !isSpace(src[i]) && src[i] !== '=' && src[i] !== '>') i++;
        const attr = src.slice(attrBegin, i);
        if (attr === '') {
          throw fail(`Empty attribute name in the tag "${tag}" at byte offset ${byteOffset(src, beginPos)}`);
        }
        while (i < src.length && isSpace(src[i])) i++;
        if (src[i] !== '=') {
          if (tag === 'blockquote' && attr === 'expandable') {
            expandable = true;
            continue;
          }
          if (i >= src.length) throw fail(`Unclosed start tag at byte offset ${byteOffset(src, beginPos)}`);
          throw fail(
            `Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${byteOffset(src, beginPos)}`,
          );
        }
        i++;
        while (i < src.length && isSpace(src[i])) i++;
        if (i >= src.length)
          throw fail(`Unclosed start tag "${tag}" at byte offset ${byteOffset(src, beginPos)}`);
        let value = '';
        const q = src[i];
        if (q !== '"' && q !== "'") {
          const tokenBegin = i;
          while (i < src.length && /[A-Za-z0-9.-]/.test(src[i]!)) i++;
          value = src.slice(tokenBegin, i).toLowerCase();
          if (!isSpace(src[i]) && src[i] !== '>') {
            throw fail(`Unexpected end of name token at byte offset ${byteOffset(src, tokenBegin)}`);
          }
        } else {
          i++;
          while (i < src.length && src[i] !== q) {
            const d = src[i] === '&' ? decodeEntity(src, i) : undefined;
            if (d) {
              value += d[0];
              i = d[1];
            } else {
              value += src[i];
              i++;
            }
          }
          if (src[i] !== q) throw fail(`Unclosed start tag at byte offset ${byteOffset(src, beginPos)}`);
          i++;
        }
        if (tag === 'a' && attr === 'href') argument = value;
        else if (tag === 'code' && attr === 'class' && value.startsWith('language-'))
          argument = value.slice(9);
        else if (tag === 'span' && attr === 'class' && value.startsWith('tg-')) argument = value.slice(3);
        else if (tag === 'tg-emoji' && attr === 'emoji-id') argument = value;
      }
      i++;
      if (tag === 'span' && argument !== 'spoiler') {
        throw fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(src, beginPos)}`);
      }
      open.push({ tag, argument, expandable, offset: out.length });
      continue;
    }
    // closing tag
    if (open.length === 0) throw fail(`Unexpected end tag at byte offset ${byteOffset(src, beginPos)}`);
    i++;
    const nameBegin = i;
    while (i < src.length && !isSpace(src[i]) && src[i] !== '>') i++;
    const endName = src.slice(nameBegin, i).toLowerCase();
    while (i < src.length && isSpace(src[i])) i++;
    if (src[i] !== '>') throw fail(`Unclosed end tag at byte offset ${byteOffset(src, beginPos)}`);
    i++;
    const top = open.pop()!;
    if (endName !== '' && endName !== top.tag) {
      throw fail(
        `Unmatched end tag at byte offset ${byteOffset(src, beginPos)}, expected "</${top.tag}>", found "</${endName}>"`,
      );
    }
    closeEntity(top, out, entities);
  }
  if (open.length > 0) {
    throw fail(`Can't find end tag corresponding to start tag "${open[open.length - 1]!.tag}"`);
  }
  for (const e of entities) if (e.type === 'code') delete e.language;
  return { text: out, entities };
}

function closeEntity(top: OpenTag, out: string, entities: TgMessageEntity[]): void {
  const length = out.length - top.offset;
  if (length <= 0) return;
  const type = TAG_TYPE[top.tag]!;
  if (type === 'text_link') {
    const url = normalizeUrl(top.argument === '' ? out.slice(top.offset) : top.argument);
    if (url) entities.push({ type, offset: top.offset, length, url });
    return;
  }
  if (type === 'custom_emoji') {
    if (/^\d+$/.test(top.argument)) {
      entities.push({ type, offset: top.offset, length, custom_emoji_id: top.argument });
    }
    return;
  }
  if (type === 'pre') {
    const last = entities[entities.length - 1];
    if (last?.type === 'code' && last.offset === top.offset && last.length === length) {
      entities.pop();
      entities.push({
        type: 'pre',
        offset: top.offset,
        length,
        ...(last.language ? { language: last.language } : {}),
      });
      return;
    }
    entities.push({ type, offset: top.offset, length });
    return;
  }
  if (type === 'code') {
    entities.push({ type, offset: top.offset, length, ...(top.argument ? { language: top.argument } : {}) });
    return;
  }
  if (type === 'blockquote' && top.expandable) {
    entities.push({ type: 'expandable_blockquote', offset: top.offset, length });
    return;
  }
  entities.push({ type, offset: top.offset, length });
}
