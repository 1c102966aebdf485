import { DateTime } from 'luxon';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY =
  '(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?';

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3));
}

function iso(year: number, month: number, day: number): string | undefined {
  const d = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  return d.isValid ? (d.toISODate() ?? undefined) : undefined;
}

/**
 * Finds the workout date in screenshot text: ISO (`2025-03-02`), `Mar 2, 2025`, `2 March 2025`,
 * `Sunday, March 2` (year from `reference`, or the year before when that would be after it),
 * `02.03.2025` / `02/03/2025` (day first unless that cannot be), and `Today` / `Yesterday` / a bare
 * weekday (`Sunday`: the latest Sunday up to then) relative to `reference` (YYYY-MM-DD, the day the
 * screenshot was sent). Returns YYYY-MM-DD or undefined. Pure.
 *
 * @example
 * parseScreenshotDate('Morning Run · Mar 2, 2025 at 7:01 AM', '2025-03-05'); // '2025-03-02'
 * parseScreenshotDate('Yesterday', '2025-03-05'); // '2025-03-04'
 * parseScreenshotDate('Sunday · 7:02 AM', '2025-03-05'); // '2025-03-02'
 */
export function parseScreenshotDate(text: string, reference: string): string | undefined {
  const t = text.toLowerCase();
  const ref = DateTime.fromISO(reference, { zone: 'UTC' });
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`).exec(t);
  if (m) return iso(Number(m[3]), monthIndex(m[1]!) + 1, Number(m[2]));
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`).exec(t);
  if (m) return iso(Number(m[3]), monthIndex(m[2]!) + 1, Number(m[1]));
  m = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return b > 12 ? iso(Number(m[3]), a, b) : iso(Number(m[3]), b, a);
  }
  const yearless =
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`).exec(t) ??
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}`).exec(t);
  if (yearless && ref.isValid) {
    const monthFirst = Number.isNaN(Number(yearless[1]));
    const month = monthIndex((monthFirst ? yearless[1] : yearless[2])!) + 1;
    const day = Number(monthFirst ? yearless[2] : yearless[1]);
    const thisYear = iso(ref.year, month, day);
    if (thisYear && thisYear <= reference) return thisYear;
    return iso(ref.year - 1, month, day);
  }
  if (/\btoday\b/.test(t)) return reference;
  if (/\byesterday\b/.test(t) && ref.isValid) return ref.minus({ days: 1 }).toISODate() ?? undefined;
  // A bare weekday: apps name the days of the past week so; the latest such day up to the reference.
  const weekday = new RegExp(`\\b${WEEKDAY}\\b`).exec(t);
  if (weekday && ref.isValid) {
    const wanted = WEEKDAYS.indexOf(weekday[1]!.slice(0, 3)) + 1; // luxon: Monday = 1
    const back = (ref.weekday - wanted + 7) % 7;
    return ref.minus({ days: back }).toISODate() ?? undefined;
  }
  return undefined;
}
