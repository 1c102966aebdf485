import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';

// Loaded on first use: chrono-node costs ~20 MB of heap, and most processes that import this module
// (for the profile schema) never parse a date.
let chronoModule: typeof Chrono | undefined;
const chrono = (): typeof Chrono => {
  chronoModule ??= createRequire(import.meta.url)('chrono-node') as typeof Chrono;
  return chronoModule;
};

import { DateTime } from 'luxon';
import type { Locale, Translator } from '../i18n/index.js';
import { ENGLISH, localDateLong } from './local-format.js';
import { cleanAnswer } from './normalize-input.js';
import { fail, ok, type ParseResult } from './parse-result.js';

/** How far ahead a goal race may be: beyond this a plan is guesswork. @example MAX_YEARS_AHEAD; // 2 */
export const MAX_YEARS_AHEAD = 2;

// Words people wrap around a date ("on the 12th of April", "race is April 12") that carry no date.
const FILLER = new Set([
  'on',
  'the',
  'race',
  'is',
  'it',
  "it's",
  'its',
  'date',
  'day',
  'at',
  'of',
  'my',
  'will',
  'be',
  // Russian, Spanish, German.
  'в',
  'на',
  'забег',
  'гонка',
  'старт',
  'el',
  'la',
  'de',
  'es',
  'carrera',
  'am',
  'der',
  'ist',
  'das',
  'rennen',
  'den',
]);

/** Context for date parsing: the current instant and the runner's zone (UTC until known). */
export interface DateContext {
  readonly now: Date;
  readonly timeZone?: string;
  /** The runner's language: its date words ("12 апреля", "en 16 semanas") and the answers (English by default). */
  readonly t?: Translator;
}

/**
 * The runner's local calendar date for `now` in `timeZone` (UTC when the zone is not known yet).
 *
 * @example
 * localToday(new Date('2026-05-10T23:30:00Z'), 'Europe/Moscow'); // '2026-05-11'
 */
export function localToday(now: Date, timeZone = 'UTC'): string {
  return (
    DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? DateTime.fromJSDate(now).toUTC().toISODate()!
  );
}

/** Builds a real calendar date or returns undefined (luxon refuses 31 February instead of rolling over). */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  return date.isValid ? (date.toISODate() ?? undefined) : undefined;
}

/**
 * Numeric dates: ISO `2027-04-12`, or `12.04.2027`, `12/04/2027`, `12-04-27`. Day-first (as most of
 * the world writes it) unless only month-first makes sense (`04/13/2027`).
 */
function parseNumericDate(text: string, tr: Translator): ParseResult<string> | undefined {
  const iso = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(text);
  if (iso) {
    const date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? ok(date) : fail(tr('date-not-on-calendar'));
  }
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/.exec(text);
  if (!dmy) return undefined;
  const [a, b] = [Number(dmy[1]), Number(dmy[2])];
  const year = dmy[3]!.length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
  // Month-first only when the first number cannot be a day-first month but the second cannot be a month.
  const [day, month] = a <= 12 && b > 12 ? [b, a] : [a, b];
  const date = calendarDate(year, month, day);
  return date ? ok(date) : fail(tr('date-not-on-calendar'));
}

/** Natural language ("April 12", "12 April 2027", "in 16 weeks", "next Saturday") through chrono. */
function parseNaturalDate(text: string, now: Date, timeZone: string, tr: Translator): ParseResult<string> {
  const offset = DateTime.fromJSDate(now, { zone: timeZone }).offset;
  const read = (locale: Locale) =>
    chrono()[locale].parse(text, { instant: now, timezone: offset }, { forwardDate: true });
  // The runner's language first, English as well (runners mix them: "April 12" in a German chat).
  let results = tr.locale === 'en' ? [] : read(tr.locale);
  if (results.length === 0) results = read('en');
  const unreadable = fail<string>(tr('date-unreadable'));
  if (results.length !== 1) return unreadable;
  const [result] = results as [Chrono.ParsedResult];
  // Anything besides the date and filler words means we may have misread it: better to ask again.
  const rest = `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`
    .toLowerCase()
    .split(/[\s,.!]+/)
    .filter((w) => w !== '' && !FILLER.has(w));
  if (rest.length > 0) return unreadable;
  const { start } = result;
  if (!start.isCertain('day') && !start.isCertain('weekday') && !/\d/.test(result.text)) {
    return fail(tr('date-which-day'));
  }
  const date = calendarDate(start.get('year')!, start.get('month')!, start.get('day')!);
  return date ? ok(date) : unreadable;
}

/**
 * Reads a race date and returns it as an ISO date. Accepts `2027-04-12`, `12.04.2027`, `12/04/2027`
 * (day-first unless only month-first is valid), `April 12`, `12 April 2027`, `in 16 weeks`. The date
 * must exist (no 31.02), lie after the runner's local today and at most two years ahead.
 *
 * @example
 * parseRaceDate('in 16 weeks', { now: new Date('2026-05-10T10:00:00Z'), timeZone: 'Europe/Berlin' });
 * // { ok: true, value: '2026-08-30' }
 */
export function parseRaceDate(raw: string, context: DateContext): ParseResult<string> {
  const tr = context.t ?? ENGLISH;
  const cleaned = cleanAnswer(raw, tr('date-hint'), tr);
  if (!cleaned.ok) return cleaned;
  const zone = context.timeZone ?? 'UTC';
  const text = cleaned.value.replace(/[.!?]+$/, '');
  const parsed = parseNumericDate(text, tr) ?? parseNaturalDate(text, context.now, zone, tr);
  if (!parsed.ok) return parsed;
  const today = localToday(context.now, zone);
  if (parsed.value <= today) {
    const date = localDateLong(tr, parsed.value);
    return fail(tr(parsed.value === today ? 'date-today' : 'date-past', { date }));
  }
  const limit = DateTime.fromISO(today, { zone: 'UTC' }).plus({ years: MAX_YEARS_AHEAD }).toISODate()!;
  if (parsed.value > limit) {
    return fail(tr('date-too-far', { date: localDateLong(tr, parsed.value), years: MAX_YEARS_AHEAD }));
  }
  return ok(parsed.value);
}
