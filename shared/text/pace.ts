import { twoDigits } from './duration.js';
import { KM_PER_MILE, type Units } from './units.js';

/**
 * Formats a pace given in seconds per km as `m:ss min/km` or `m:ss min/mi`. Never ` /km`: in Telegram a
 * slash word after a space is a bot command (shown as a link, sent on tap).
 *
 * @example
 * formatPace(301, 'km'); // '5:01 min/km'
 * formatPace(301, 'mi'); // '8:04 min/mi'
 */
export function formatPace(secPerKm: number, units: Units): string {
  const s = Math.round(units === 'km' ? secPerKm : secPerKm * KM_PER_MILE);
  return `${Math.floor(s / 60)}:${twoDigits(s % 60)} min/${units}`;
}

/**
 * Formats a pace range, fast end first: `4:55–5:10 min/km` (one pace when both ends read alike).
 *
 * @example
 * formatPaceRange({ fast: 295, slow: 310 }, 'km'); // '4:55–5:10 min/km'
 */
export function formatPaceRange(range: { fast: number; slow: number }, units: Units): string {
  const fast = formatPace(range.fast, units);
  const slow = formatPace(range.slow, units);
  if (fast === slow) return fast;
  return `${fast.split(' ')[0]}–${slow}`;
}
