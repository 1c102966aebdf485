import { DateTime } from 'luxon';
import { CM_PER_INCH, formatDistance, KG_PER_POUND, twoDigits } from '../text/index.js';
import { STANDARD_DISTANCES, type Units } from './profile.js';

// The profile's durations are whole seconds, so the shared (rounding) formatter prints them unchanged.
/**
 * Weekday names for the profile dialog, from the shared text module: `WEEKDAY_NAMES` are the long names
 * (`Monday`), `WEEKDAY_SHORT` the three-letter ones for compact buttons; both indexed by ISO weekday.
 *
 * @example
 * WEEKDAY_NAMES[7]; // 'Sunday'
 * WEEKDAY_SHORT[1]; // 'Mon'
 */
export { formatDuration, WEEKDAY_LONG as WEEKDAY_NAMES, WEEKDAY_SHORT } from '../text/index.js';

/**
 * Formats a distance stored in km the way the profile dialog always has (one decimal, rounded like
 * `Number#toFixed`); standard race distances keep their name when `withRaceName` is set.
 *
 * @example
 * formatProfileDistance(42.195, 'km', true); // 'Marathon (42.2 km)'
 * formatProfileDistance(40, 'mi');           // '24.9 mi'
 */
export function formatProfileDistance(km: number, units: Units, withRaceName = false): string {
  const plain = formatDistance(km, units, { rounding: 'toFixed' });
  const standard = STANDARD_DISTANCES.find((d) => d.km === km);
  return withRaceName && standard ? `${standard.label} (${plain})` : plain;
}

/**
 * Formats a height: cm for km users, feet and inches for miles users.
 *
 * @example
 * formatHeight(178, 'km'); // '178 cm'
 * formatHeight(178, 'mi'); // '5′10″'
 */
export function formatHeight(cm: number, units: Units): string {
  if (units === 'km') return `${Math.round(cm)} cm`;
  const totalInches = Math.round(cm / CM_PER_INCH);
  return `${Math.floor(totalInches / 12)}′${totalInches % 12}″`;
}

/**
 * Formats a weight: kg for km users, lb for miles users.
 *
 * @example
 * formatWeight(72.5, 'km'); // '72.5 kg'
 * formatWeight(72.5, 'mi'); // '160 lb'
 */
export function formatWeight(kg: number, units: Units): string {
  if (units === 'km') return `${Number(kg.toFixed(1))} kg`;
  return `${Math.round(kg / KG_PER_POUND)} lb`;
}

/**
 * Formats an ISO date for people: `Monday, 12 April 2027`.
 *
 * @example
 * formatDateLong('2027-04-12'); // 'Monday, 12 April 2027'
 */
export function formatDateLong(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).setLocale('en-GB').toFormat('cccc, d LLLL yyyy');
}

/**
 * Formats an hour of the day as `19:00`.
 *
 * @example
 * formatHour(7); // '07:00'
 */
export function formatHour(hour: number): string {
  return `${twoDigits(hour)}:00`;
}
