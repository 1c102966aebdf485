/**
 * English weekday names indexed by ISO weekday (1 = Monday … 7 = Sunday); index 0 is unused so that
 * `WEEKDAY_LONG[isoDay]` reads naturally.
 *
 * @example
 * WEEKDAY_LONG[7]; // 'Sunday'
 */
export const WEEKDAY_LONG = [
  '',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/**
 * Three-letter weekday names (compact buttons, short dates), indexed by ISO weekday.
 *
 * @example
 * WEEKDAY_SHORT[1]; // 'Mon'
 */
export const WEEKDAY_SHORT = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * Three-letter month names, indexed from 0 (January) like `Date#getUTCMonth`.
 *
 * @example
 * MONTH_SHORT[2]; // 'Mar'
 */
export const MONTH_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * Options of {@link weekdayName}: `style` `'long'` (default, `Monday`) or `'short'` (`Mon`). A later
 * locale goes here.
 *
 * @example
 * const opts: WeekdayNameOptions = { style: 'short' };
 */
export interface WeekdayNameOptions {
  readonly style?: 'long' | 'short';
}

/**
 * The name of an ISO weekday (1 = Monday … 7 = Sunday).
 *
 * @example
 * weekdayName(1);                      // 'Monday'
 * weekdayName(7, { style: 'short' });  // 'Sun'
 */
export function weekdayName(isoWeekday: number, options: WeekdayNameOptions = {}): string {
  if (!Number.isInteger(isoWeekday) || isoWeekday < 1 || isoWeekday > 7) {
    throw new RangeError(`not an ISO weekday: ${isoWeekday}`);
  }
  return (options.style === 'short' ? WEEKDAY_SHORT : WEEKDAY_LONG)[isoWeekday]!;
}
