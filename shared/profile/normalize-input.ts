import type { Translator } from '../i18n/index.js';
import { ENGLISH } from './local-format.js';
import { fail, type ParseResult } from './parse-result.js';

/**
 * Longest free-text answer we try to read. Every real answer (a date, a city, "5 ft 10") is far
 * shorter; anything longer is a paste accident and gets a clear re-ask instead of a slow parse.
 *
 * @example
 * 'x'.repeat(MAX_ANSWER_LENGTH + 1); // rejected by cleanAnswer
 */
export const MAX_ANSWER_LENGTH = 120;

/**
 * Normalises a free-text answer before any parser sees it: Unicode NFKC (full-width digits, ligatures),
 * control characters and zero-width marks removed, whitespace collapsed, trimmed. Rejects empty and
 * overlong input with a re-ask built from `hint` (what the current question expects).
 *
 * @example
 * cleanAnswer('  72,5\u0000 kg ', 'Send your weight.'); // { ok: true, value: '72,5 kg' }
 */
export function cleanAnswer(raw: string, hint: string, tr: Translator = ENGLISH): ParseResult<string> {
  if (raw.length > 5 * MAX_ANSWER_LENGTH) {
    // Checked before normalising so a huge paste costs nothing.
    return fail(tr('answer-too-long', { hint }));
  }
  const text = raw
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length === 0) return fail(tr('answer-empty', { hint }));
  if (text.length > MAX_ANSWER_LENGTH) return fail(tr('answer-too-long', { hint }));
  return { ok: true, value: text };
}

/**
 * Reads a plain decimal number written with a dot or a decimal comma (`72.5`, `72,5`). Returns
 * `undefined` for anything else (signs, exponents, thousands separators, several numbers).
 *
 * @example
 * parseDecimal('72,5'); // 72.5
 * parseDecimal('1e3');  // undefined
 */
export function parseDecimal(text: string): number | undefined {
  const match = /^(\d{1,6})(?:[.,](\d{1,4}))?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(`${match[1]}.${match[2] ?? '0'}`);
}

/**
 * Splits an answer like `72.5 kg`, `160lbs`, `10 km` into a number and a lower-case unit word
 * (empty when there is no unit). Returns `undefined` when the text is not exactly "number [unit]".
 *
 * @example
 * splitNumberAndUnit('160lbs'); // { value: 160, unit: 'lbs' }
 * splitNumberAndUnit('abc');    // undefined
 */
export function splitNumberAndUnit(text: string): { value: number; unit: string } | undefined {
  // Unit letters of any script: "12 км", "72 kg", "30 años".
  const match = /^(\d{1,6}(?:[.,]\d{1,4})?)\s*([\p{L}.'"′″]*)$/iu.exec(text.trim());
  if (!match) return undefined;
  const value = parseDecimal(match[1]!);
  if (value === undefined) return undefined;
  return { value, unit: match[2]!.toLowerCase().replace(/\.$/, '') };
}

/**
 * Rounds to a fixed number of decimals (profile values are stored rounded, e.g. weight to 0.1 kg).
 *
 * @example
 * roundTo(72.5749, 1); // 72.6
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Reads `record[key]` only for the record's own keys, so typed answers like `__proto__` or
 * `constructor` can never reach Object.prototype.
 *
 * @example
 * ownValue({ km: 1 }, 'constructor'); // undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
