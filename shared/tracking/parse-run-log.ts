import { type Translator, translator } from '../i18n/index.js';
import { fromDayNumber, isoWeekday, parseIsoDate, toDayNumber } from '../planner/index.js';
import { KM_PER_MILE, WEEKDAY_LONG } from '../text/index.js';
import type { CompletedRun } from './record-completion.js';

/** How far back a run may be logged. */
export const MAX_LOG_DAYS_BACK = 60;

/** Result of {@link parseRunLog}: the run, or one sentence saying what is wrong. */
export type ParsedRunLog = { ok: true; run: CompletedRun } | { ok: false; error: string };

/** What {@link parseRunLog} needs besides the text. */
export interface RunLogContext {
  /** The runner's local date (YYYY-MM-DD): relative dates count from it; the future is refused. */
  readonly today: string;
  /** Unit of bare numbers (`8 45:00` is 8 km or 8 mi). */
  readonly units: 'km' | 'mi';
  /** Date used when the text names none (default `today`; the "done" form passes the workout's date). */
  readonly defaultDate?: string;
  /** The runner's language for the error messages (English by default). */
  readonly t?: Translator;
}

const WEEKDAYS = WEEKDAY_LONG.slice(1).map((d) => d.toLowerCase());
const FILLER = new Set([
  'i',
  'ran',
  'run',
  'did',
  'a',
  'an',
  'in',
  'on',
  'at',
  'for',
  'of',
  'and',
  'with',
  'my',
]);
const fail = (error: string): ParsedRunLog => ({ ok: false, error });
const ENGLISH = translator('en');

/**
 * Parses a free-form run description (what follows `/log`, or the "done" form's answer) into a run:
 * distance with a unit (`10k`, `8 km`, `6.2mi`, `800m`; a bare number is in the runner's units), time
 * (`52:30` is mm:ss, `1:01:00`, `45min`, `1h05`), `hr 150` / `150bpm`, `rpe 6`, a date (`today`,
 * `yesterday`, `3 days ago`, a weekday = the latest one not after today, `2027-03-02`, `2.3.`/`02.03.2027`
 * day-first) and free words kept as notes. Refuses what would be wrong to record: negative or implausible
 * numbers, future or too-old dates, impossible calendar dates, unknown numbers, and text with neither
 * distance nor time. Pure.
 *
 * @example
 * parseRunLog('10k 52:30', { today: '2027-03-02', units: 'km' });
 * // { ok: true, run: { date: '2027-03-02', distanceKm: 10, durationSec: 3150 } }
 */
export function parseRunLog(text: string, ctx: RunLogContext): ParsedRunLog {
  const tr = ctx.t ?? ENGLISH;
  let rest = ` ${text
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/[‐–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()} `;
  if (rest.trim().length === 0) return fail(tr('runlog-empty'));
  if (rest.length > 300) return fail(tr('runlog-too-long'));
  if (/(^|[\s(:=])-\s*\d/.test(rest)) return fail(tr('runlog-negative'));
  const today = parseIsoDate(ctx.today);
  if (today === undefined) throw new RangeError(`bad today: ${ctx.today}`);

  let distanceKm: number | undefined;
  let durationSec: number | undefined;
  let clock: { a: number; b: number } | undefined; // a two-part m:ss that might mean h:mm
  let avgHr: number | undefined;
  let rpe: number | undefined;
  let day: number | undefined;
  let error: string | undefined;
  const take = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    for (;;) {
      const m = re.exec(rest);
      if (!m) return;
      fn(m);
      rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
    }
  };
  const setDay = (d: number | undefined, raw: string) => {
    if (d === undefined) error ??= tr('runlog-not-a-date', { text: raw.trim() });
    else if (day !== undefined && day !== d) error ??= tr('runlog-two-dates');
    else day = d;
  };
  const setDuration = (sec: number) => {
    if (durationSec !== undefined) error ??= tr('runlog-two-times');
    durationSec = sec;
  };

  take(/\s(\d{4})-(\d{1,2})-(\d{1,2})(?=\s)/, (m) => setDay(civil(+m[1]!, +m[2]!, +m[3]!), m[0]));
  take(/\s(\d{1,2}):(\d{2}):(\d{2})(?=\s)/, (m) => {
    if (+m[2]! > 59 || +m[3]! > 59) error ??= tr('runlog-not-a-time', { text: m[0].trim() });
    setDuration(+m[1]! * 3600 + +m[2]! * 60 + +m[3]!);
  });
  take(/\s(\d{1,3}):(\d{2})(?=\s)/, (m) => {
    if (+m[2]! > 59) error ??= tr('runlog-not-a-time', { text: m[0].trim() });
    clock = { a: +m[1]!, b: +m[2]! };
    setDuration(+m[1]! * 60 + +m[2]!);
  });
  take(/\s(\d{1,2})\s?h(?:ours?|rs?)?\s?(?:(\d{1,2})\s?(?:m|min|mins|minutes?)?)?(?=\s)/, (m) =>
    setDuration(+m[1]! * 3600 + +(m[2] ?? 0) * 60),
  );
  take(/\s(\d{1,4})\s?(?:min|mins|minutes?|')(?=\s)|\s(\d{1,2})\s?m(?=\s)/, (m) =>
    setDuration(+(m[1] ?? m[2])! * 60),
  );
  take(
    /\s(?:avg\s?|average\s)?(?:hr|heart\s?rate|pulse|bpm)\s?[:=]?\s?(\d{1,3})(?=\s)|\s(\d{1,3})\s?bpm(?=\s)/,
    (m) => {
      avgHr = +(m[1] ?? m[2])!;
    },
  );
  take(/\s(?:rpe|effort)\s?[:=]?\s?(\d{1,3}(?:\.\d+)?)(?:\s?\/\s?10)?(?=\s)/, (m) => {
    rpe = +m[1]!;
  });
  take(
    /\s(\d{1,5}(?:\.\d+)?)\s?(km|kms|k|kilometers?|kilometres?|mi|mile|miles|m|meters?|metres?)(?=\s)/,
    (m) => {
      if (distanceKm !== undefined) error ??= tr('runlog-two-distances');
      const v = +m[1]!;
      const unit = m[2]!;
      distanceKm = unit.startsWith('mi') ? v * KM_PER_MILE : unit.startsWith('m') ? v / 1000 : v;
    },
  );
  take(/\s(\d{1,2})[./](\d{1,2})(?:[./](\d{2}(?:\d{2})?)?)?(?=\s)/, (m) => {
    const year = m[3] ? (m[3].length === 2 ? 2000 + +m[3] : +m[3]) : yearOf(today);
    let d = civil(year, +m[2]!, +m[1]!);
    // Without a year, a day-month later than today means last year's (logging a run from 30 Dec on 2 Jan).
    if (!m[3] && d !== undefined && d > today) d = civil(year - 1, +m[2]!, +m[1]!);
    setDay(d, m[0]);
  });
  take(/\s(?:tomorrow|tmrw|next\s\w+)(?=\s)/, () => {
    error ??= tr('runlog-future');
  });
  take(/\s(?:the\s)?day before yesterday(?=\s)/, (m) => setDay(today - 2, m[0]));
  take(/\s(?:yesterday|yday|last night)(?=\s)/, (m) => setDay(today - 1, m[0]));
  take(/\s(?:today|tonight|this (?:morning|evening|afternoon))(?=\s)/, (m) => setDay(today, m[0]));
  take(/\s(\d{1,3}) days? ago(?=\s)/, (m) => setDay(today - +m[1]!, m[0]));
  take(
    /\s(last\s|on\s)?(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?(?=\s)/,
    (m) => {
      const wd = WEEKDAYS.findIndex((w) => w.startsWith(m[2]!)) + 1;
      let back = (isoWeekday(today) - wd + 7) % 7;
      if (back === 0 && m[1]?.trim() === 'last') back = 7;
      setDay(today - back, m[0]);
    },
  );
  take(/\s(\d{1,5}(?:\.\d+)?)(?=\s)/, (m) => {
    if (distanceKm !== undefined) error ??= tr('runlog-unknown-here', { text: m[1]! });
    distanceKm = ctx.units === 'mi' ? +m[1]! * KM_PER_MILE : +m[1]!;
  });

  const words = rest.split(' ').filter((w) => w.length > 0);
  const unknown = words.find((w) => /\d/.test(w));
  if (unknown) return fail(tr('runlog-unknown', { text: unknown.slice(0, 20) }));
  if (error) return fail(error);
  if (distanceKm === undefined && durationSec === undefined) return fail(tr('runlog-need-something'));

  if (distanceKm !== undefined && !(distanceKm >= 0.2 && distanceKm <= 250))
    return fail(tr('runlog-distance-range'));
  // m:ss that gives an impossible pace but a plausible one as h:mm (e.g. 21.1 km in "1:55").
  if (clock && distanceKm !== undefined && !plausiblePace(distanceKm, durationSec!)) {
    const asHours = clock.a * 3600 + clock.b * 60;
    if (plausiblePace(distanceKm, asHours)) durationSec = asHours;
  }
  if (durationSec !== undefined && !(durationSec >= 60 && durationSec <= 48 * 3600))
    return fail(tr('runlog-time-range'));
  if (distanceKm !== undefined && durationSec !== undefined && !plausiblePace(distanceKm, durationSec))
    return fail(tr('runlog-pace'));
  if (avgHr !== undefined && !(avgHr >= 30 && avgHr <= 230)) return fail(tr('runlog-hr'));
  if (rpe !== undefined && !(Number.isInteger(rpe) && rpe >= 1 && rpe <= 10)) return fail(tr('runlog-rpe'));

  const date = day ?? toDayNumber(ctx.defaultDate ?? ctx.today);
  if (date > today) return fail(tr('runlog-future'));
  if (today - date > MAX_LOG_DAYS_BACK) return fail(tr('runlog-too-old', { days: MAX_LOG_DAYS_BACK }));

  const notes = words
    .filter((w) => !FILLER.has(w))
    .join(' ')
    .replace(/[^\p{L}\p{N} .,'!?-]/gu, '')
    .trim()
    .slice(0, 200);
  const run: CompletedRun = {
    date: fromDayNumber(date),
    ...(distanceKm !== undefined ? { distanceKm: Math.round(distanceKm * 100) / 100 } : {}),
    ...(durationSec !== undefined ? { durationSec } : {}),
    ...(avgHr !== undefined ? { avgHr } : {}),
    ...(rpe !== undefined ? { rpe } : {}),
    ...(notes ? { notes } : {}),
  };
  return { ok: true, run };
}

/** Pace between 2:20 and 20:00 per km (world-record to walking). */
function plausiblePace(km: number, sec: number): boolean {
  const pace = sec / km;
  return pace >= 140 && pace <= 1200;
}

function civil(y: number, m: number, d: number): number | undefined {
  return parseIsoDate(
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
}

function yearOf(day: number): number {
  return Number(fromDayNumber(day).slice(0, 4));
}
