/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') as whole day numbers (days since 1970-01-01, UTC).
 * The planner works on calendar dates only (the caller resolves "today" in the runner's time zone), so
 * integer day numbers avoid time-zone and DST surprises and keep plan building fast.
 */

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian; Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Parses an ISO calendar date (years 1900–2200) into a day number, or returns `undefined` when it is not a
 * real date. Hand-rolled because plan building and checking parse thousands of dates per plan.
 * @example parseIsoDate('1970-01-02') // 1
 * @example parseIsoDate('2025-02-30') // undefined
 */
export function parseIsoDate(iso: string): number | undefined {
  if (typeof iso !== 'string' || iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return undefined;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

/**
 * Like {@link parseIsoDate} but throws a `RangeError` for an invalid date (use after zod validation).
 * @example toDayNumber('2025-01-06') // 20094
 */
export function toDayNumber(iso: string): number {
  const n = parseIsoDate(iso);
  if (n === undefined) throw new RangeError(`not an ISO date: ${iso}`);
  return n;
}

/**
 * Formats a day number as an ISO date (Hinnant's civil_from_days).
 * @example fromDayNumber(20094) // '2025-01-06'
 */
export function fromDayNumber(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of a day number.
 * @example isoWeekday(toDayNumber('2025-01-06')) // 1
 */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * Day number of the Monday of the ISO week that contains `day`.
 * @example fromDayNumber(mondayOf(toDayNumber('2025-01-09'))) // '2025-01-06'
 */
export function mondayOf(day: number): number {
  return day - (isoWeekday(day) - 1);
}

/**
 * Whole days from `a` to `b` (positive when `b` is later).
 * @example daysBetween('2025-01-01', '2025-01-31') // 30
 */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Short English weekday names indexed by ISO weekday (index 0 unused); the shared text module's table.
 * @example WEEKDAY_NAMES[1] // 'Mon'
 */
export { WEEKDAY_SHORT as WEEKDAY_NAMES } from '../text/index.js';
