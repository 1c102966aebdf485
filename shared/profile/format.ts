import { DateTime } from 'luxon';
import { CM_PER_INCH, KG_PER_POUND, KM_PER_MILE, STANDARD_DISTANCES, type Units } from './profile.js';

/**
 * English weekday names indexed by ISO weekday (1 = Monday). Index 0 is unused.
 *
 * @example
 * WEEKDAY_NAMES[7]; // 'Sunday'
 */
export const WEEKDAY_NAMES = [
  '',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/**
 * Three-letter weekday names for compact buttons, indexed by ISO weekday.
 *
 * @example
 * WEEKDAY_SHORT[1]; // 'Mon'
 */
export const WEEKDAY_SHORT = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Formats a distance stored in km in the runner's units; standard race distances keep their name.
 *
 * @example
 * formatDistance(42.195, 'km', true); // 'Marathon (42.2 km)'
 * formatDistance(40, 'mi');           // '24.9 mi'
 */
export function formatDistance(km: number, units: Units, withRaceName = false): string {
  const value = units === 'mi' ? km / KM_PER_MILE : km;
  const plain = `${Number(value.toFixed(1))} ${units}`;
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
 * Formats a duration as `h:mm:ss` or `m:ss`.
 *
 * @example
 * formatDuration(6330); // '1:45:30'
 * formatDuration(2730); // '45:30'
 */
export function formatDuration(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
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
  return `${String(hour).padStart(2, '0')}:00`;
}
