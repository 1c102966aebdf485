import * as chrono from 'chrono-node';
import { fromDayNumber, isoWeekday, toDayNumber } from '../planner/index.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_WORD =
  /\b(?:(this|next|coming|last)\s+)?(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?(?:'s|s)?\b/g;

/**
 * A day the runner named, with where it was in the text (so "from … to …" keeps its order).
 * @example const d: DayMention = { date: '2027-03-06', index: 5, weekdayOnly: true };
 */
export interface DayMention {
  readonly date: string;
  readonly index: number;
  /** Named only by its weekday ("Sunday"): callers may pick the occurrence nearest another day. */
  readonly weekday?: number;
  /** How many characters of the text name it (set by `findLocalDays`, whose callers cut it out). */
  readonly length?: number;
}

/**
 * Every day mentioned in `text` (lower-cased input expected), in text order, resolved forward from
 * `today` (a coach plans ahead: "Saturday" is the coming Saturday, today included; "next Saturday" is
 * the one in next calendar week). Handles today/tonight/tomorrow, "in N days", weekday names and, through
 * chrono-node, calendar dates such as "March 12" or "the 14th". Pure.
 *
 * @example
 * findDays("move saturday's run to sunday", '2027-03-03').map((d) => d.date); // ['2027-03-06', '2027-03-07']
 */
export function findDays(text: string, today: string): DayMention[] {
  const base = toDayNumber(today);
  const found: DayMention[] = [];
  const taken: Array<[number, number]> = [];
  const add = (day: number, index: number, length: number, weekday?: number) => {
    if (taken.some(([a, b]) => index < b && a < index + length)) return;
    taken.push([index, index + length]);
    found.push({ date: fromDayNumber(day), index, ...(weekday ? { weekday } : {}) });
  };
  const scan = (
    re: RegExp,
    fn: (m: RegExpExecArray) => number | undefined,
    weekday?: (m: RegExpExecArray) => number,
  ) => {
    for (const m of text.matchAll(re)) {
      const day = fn(m as RegExpExecArray);
      if (day !== undefined) add(day, m.index ?? 0, m[0].length, weekday?.(m as RegExpExecArray));
    }
  };
  scan(/\bday after tomorrow\b/g, () => base + 2);
  scan(/\b(?:today|tonight|this (?:morning|afternoon|evening))(?:'s)?\b/g, () => base);
  scan(/\b(?:tomorrow|tmrw|tmr)(?:'s)?\b/g, () => base + 1);
  scan(/\byesterday(?:'s)?\b/g, () => base - 1);
  scan(/\bin (\d{1,2}|a|one|two|three|four|five|six) days?\b/g, (m) => base + numberWord(m[1]!));
  scan(
    WEEKDAY_WORD,
    (m) => {
      const wd = WEEKDAYS.findIndex((w) => w.startsWith(m[2]!)) + 1;
      const ahead = (wd - isoWeekday(base) + 7) % 7;
      if (m[1] === 'next') return base - isoWeekday(base) + 1 + 7 + wd - 1;
      if (m[1] === 'last') return base - ((isoWeekday(base) - wd + 7) % 7 || 7);
      return base + ahead;
    },
    (m) => WEEKDAYS.findIndex((w) => w.startsWith(m[2]!)) + 1,
  );
  // Calendar dates last: chrono also reads weekdays and "tomorrow", which the rules above already took.
  const ref = new Date(`${today}T12:00:00Z`);
  for (const r of chrono.en.parse(text, { instant: ref, timezone: 0 }, { forwardDate: true })) {
    if (!r.start.isCertain('day') && !r.start.isCertain('month')) continue;
    // "for two weeks" is a length, not a date (pause_plan reads it).
    if (/\b(days?|weeks?|months?|ago)\b/.test(r.text)) continue;
    const iso = isoOf(r.start.date());
    add(toDayNumber(iso), r.index, r.text.length);
    // "from 2027-03-06 to 2027-03-08" is one range to chrono, two days to the coach.
    const end = r.end?.isCertain('day') ? r.end.date() : undefined;
    if (end) found.push({ date: isoOf(end), index: r.index + r.text.length - 1 });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * "two" → 2, "a" → 1, "3" → 3.
 * @example numberWord('two') // 2
 */
export function numberWord(word: string): number {
  const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
  return words[word] ?? Number(word);
}

function isoOf(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
