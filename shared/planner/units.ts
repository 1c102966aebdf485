/**
 * Unit conversion and formatting. Everything inside the planner is kilometres and seconds per km; conversion
 * happens only when text is produced for the runner.
 */

/** Kilometres in one statute mile. @example KM_PER_MILE // 1.609344 */
export const KM_PER_MILE = 1.609344;

/**
 * Display units.
 * @example const u: Units = 'mi';
 */
export type Units = 'km' | 'mi';

/**
 * Converts kilometres into the display unit.
 * @example toUnits(10, 'mi') // 6.2137…
 */
export function toUnits(km: number, units: Units): number {
  return units === 'km' ? km : km / KM_PER_MILE;
}

/**
 * Converts a display-unit distance back into kilometres.
 * @example fromUnits(1, 'mi') // 1.609344
 */
export function fromUnits(value: number, units: Units): number {
  return units === 'km' ? value : value * KM_PER_MILE;
}

/**
 * Formats a distance, trimming a trailing `.0`.
 * @example formatDistance(12, 'km') // '12 km'
 * @example formatDistance(21.0975, 'mi') // '13.1 mi'
 */
export function formatDistance(km: number, units: Units, decimals = 1): string {
  const v = units === 'km' ? km : km / KM_PER_MILE;
  const f = 10 ** decimals;
  // Number→string drops trailing zeros by itself ('12', '12.5').
  return `${Math.round(v * f) / f} ${units}`;
}

/**
 * Formats a pace given in sec/km as `m:ss /km` or `m:ss /mi`.
 * @example formatPace(301, 'km') // '5:01 /km'
 * @example formatPace(301, 'mi') // '8:04 /mi'
 */
export function formatPace(secPerKm: number, units: Units): string {
  const s = Math.round(units === 'km' ? secPerKm : secPerKm * KM_PER_MILE);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} /${units}`;
}

/**
 * Formats a pace range, fast end first: `4:55–5:10 /km`.
 * @example formatPaceRange({ fast: 295, slow: 310 }, 'km') // '4:55–5:10 /km'
 */
export function formatPaceRange(range: { fast: number; slow: number }, units: Units): string {
  const fast = formatPace(range.fast, units);
  const slow = formatPace(range.slow, units);
  if (fast === slow) return fast;
  return `${fast.split(' ')[0]}–${slow}`;
}

/**
 * Formats seconds as `h:mm:ss`, or `m:ss` under an hour.
 * @example formatDuration(6330) // '1:45:30'
 * @example formatDuration(1197) // '19:57'
 */
export function formatDuration(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
