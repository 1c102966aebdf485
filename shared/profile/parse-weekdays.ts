import { escapeHtml } from './escape-html.js';
import { cleanAnswer } from './normalize-input.js';
import { fail, ok, type ParseResult } from './parse-result.js';

/** What the training-days question expects as text. @example WEEKDAYS_HINT.includes('Mon'); // true */
export const WEEKDAYS_HINT = "Tap the days, or type them like 'Mon, Wed, Fri, Sun'.";

const NAMES: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/**
 * One ISO weekday from a name or a common abbreviation (`mon`, `tues`, `thurs`, `sun`), else undefined.
 *
 * @example
 * parseWeekdayName('Thurs'); // 4
 * parseWeekdayName('s');     // undefined (Saturday or Sunday?)
 */
export function parseWeekdayName(token: string): number | undefined {
  const t = token.toLowerCase().replace(/\.$/, '');
  if (t.length < 2) return undefined;
  // "tu"/"th" and "sa"/"su" need two letters; everything else is a prefix of exactly one full name.
  const matches = Object.entries(NAMES).filter(
    ([name]) => name.startsWith(t) || (t.endsWith('s') && name.startsWith(t.slice(0, -1))),
  );
  return matches.length === 1 ? matches[0]![1] : undefined;
}

/**
 * Reads a set of weekdays and returns sorted, distinct ISO weekdays. Accepts names and abbreviations
 * separated by spaces, commas or "and", ranges (`mon-fri`), and `weekdays`, `weekends`, `every day`.
 *
 * @example
 * parseWeekdays('Mon, Wed and fri'); // { ok: true, value: [1, 3, 5] }
 * parseWeekdays('tue-thu, sun');     // { ok: true, value: [2, 3, 4, 7] }
 */
export function parseWeekdays(raw: string): ParseResult<number[]> {
  const cleaned = cleanAnswer(raw, WEEKDAYS_HINT);
  if (!cleaned.ok) return cleaned;
  const text = cleaned.value.toLowerCase().replace(/every ?day|daily/g, 'mon-sun');
  const days = new Set<number>();
  const tokens = text.split(/[\s,;/&+]+/).filter((t) => t !== '' && t !== 'and');
  for (const token of tokens) {
    if (token === 'weekdays') for (const d of [1, 2, 3, 4, 5]) days.add(d);
    else if (token === 'weekend' || token === 'weekends') for (const d of [6, 7]) days.add(d);
    else if (token.includes('-')) {
      const [from, to] = token.split('-').map(parseWeekdayName);
      if (from === undefined || to === undefined || token.split('-').length !== 2) {
        return fail(`I couldn't read “${escapeHtml(token.slice(0, 20))}”. ${WEEKDAYS_HINT}`);
      }
      for (let d = from; ; d = (d % 7) + 1) {
        days.add(d);
        if (d === to) break;
      }
    } else {
      const day = parseWeekdayName(token);
      if (day === undefined)
        return fail(`I couldn't read “${escapeHtml(token.slice(0, 20))}” as a day. ${WEEKDAYS_HINT}`);
      days.add(day);
    }
  }
  if (days.size === 0) return fail(`I couldn't read any days. ${WEEKDAYS_HINT}`);
  return ok([...days].sort((x, y) => x - y));
}
