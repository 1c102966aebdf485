import { badRequest } from './errors.js';
import { type FormattedText, parseHtml } from './html-entities.js';
import { parseMarkdown, parseMarkdownV2 } from './markdown-entities.js';
import type { TgMessageEntity } from './types.js';

// Each detector runs only when the text could hold its entity (`may`, far cheaper than the regex): the
// email and URL patterns try a match at every letter, which made detection the sandbox's hottest code.
const DETECTORS: { type: string; may: (text: string) => boolean; re: RegExp }[] = [
  {
    type: 'bot_command',
    may: (text) => text.includes('/'),
    re: /(?<![\p{L}\p{N}_/<>])\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\p{L}\p{N}_/<>])/gu,
  },
  {
    type: 'mention',
    may: (text) => text.includes('@'),
    re: /(?<![\p{L}\p{N}_@])@[A-Za-z0-9_]{4,32}(?![A-Za-z0-9_])/gu,
  },
  {
    type: 'hashtag',
    may: (text) => text.includes('#'),
    re: /(?<![\p{L}\p{N}_#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu,
  },
  {
    type: 'email',
    may: (text) => text.includes('@'),
    re: /(?<![\p{L}\p{N}_.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu,
  },
  {
    type: 'url',
    may: (text) => URL_HINT.test(text),
    re: /(?<![\p{L}\p{N}_@./])(?:https?:\/\/[^\s<>"]+|(?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ru|me|dev|app|co|uk|de|info)(?:\/[^\s<>"]*)?)(?<![.,;:!?)])/gu,
  },
];

const URL_HINT = /https?:\/\/|\.(?:com|org|net|io|ru|me|dev|app|co|uk|de|info)/;

const BLOCKING = new Set(['code', 'pre', 'text_link', 'custom_emoji', 'text_mention']);

/**
 * Finds the entities Telegram detects by itself in any text (commands, mentions, hashtags, emails, URLs).
 *
 * @example
 * detectEntities('/start now'); // [{ type: 'bot_command', offset: 0, length: 6 }]
 */
export function detectEntities(text: string): TgMessageEntity[] {
  const found: TgMessageEntity[] = [];
  for (const { type, may, re } of DETECTORS) {
    if (!may(text)) continue;
    for (const m of text.matchAll(re)) {
      const e = { type, offset: m.index, length: m[0].length };
      if (!found.some((f) => e.offset < f.offset + f.length && f.offset < e.offset + e.length)) found.push(e);
    }
  }
  return found;
}

/**
 * Sorts entities like Telegram (offset ascending, longer first).
 *
 * @example
 * sortEntities([{ type: 'bold', offset: 3, length: 1 }, { type: 'italic', offset: 0, length: 2 }]);
 */
export function sortEntities(entities: TgMessageEntity[]): TgMessageEntity[] {
  return [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
}

function isTrimmable(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t';
}

/** Trims whitespace at both ends and shifts/clips the entities like tdlib's fix_formatted_text. */
function trimFormatted({ text, entities }: FormattedText): FormattedText {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmable(text[start])) start++;
  while (end > start && isTrimmable(text[end - 1])) end--;
  const fixed: TgMessageEntity[] = [];
  for (const e of entities) {
    const from = Math.max(e.offset, start);
    const to = Math.min(e.offset + e.length, end);
    if (to > from) fixed.push({ ...e, offset: from - start, length: to - from });
  }
  return { text: text.slice(start, end), entities: fixed };
}

/**
 * Applies parse_mode (HTML / MarkdownV2 / Markdown) or explicit entities, trims, and adds detected entities.
 * Errors are Telegram's (`Bad Request: unsupported parse_mode`, `can't parse entities: ...`).
 *
 * @example
 * formatText('<b>Week 1</b> /plan', 'HTML'); // bold + bot_command entities
 */
export function formatText(
  raw: string,
  parseMode: string | undefined,
  explicit?: TgMessageEntity[],
): FormattedText {
  let parsed: FormattedText;
  if (explicit && explicit.length > 0) {
    parsed = {
      text: raw,
      entities: explicit.filter((e) => e.length > 0 && e.offset + e.length <= raw.length),
    };
  } else {
    const mode = (parseMode ?? '').toLowerCase();
    if (mode === '') parsed = { text: raw, entities: [] };
    else if (mode === 'html') parsed = parseHtml(raw);
    else if (mode === 'markdownv2') parsed = parseMarkdownV2(raw);
    else if (mode === 'markdown') parsed = parseMarkdown(raw);
    else throw badRequest('unsupported parse_mode');
  }
  const trimmed = trimFormatted(parsed);
  const blockers = trimmed.entities.filter((e) => BLOCKING.has(e.type));
  const detected = detectEntities(trimmed.text).filter(
    (d) =>
      !blockers.some((b) => d.offset < b.offset + b.length && b.offset < d.offset + d.length) &&
      !trimmed.entities.some((e) => e.type === d.type && e.offset === d.offset),
  );
  return { text: trimmed.text, entities: sortEntities([...trimmed.entities, ...detected]) };
}

/**
 * Length in Unicode characters (code points), which is what Telegram's 4096/1024 limits count.
 *
 * @example
 * textLength('🏃 run'); // 5
 */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
