import { DateTime } from 'luxon';
import type { Locale } from './locale.js';
import { t } from './translator.js';

/**
 * A number as the runner's language writes it, without grouping (`12.5` in English, `12,5` in Russian,
 * Spanish and German), rounded to at most `decimals` fraction digits; trailing zeros dropped.
 *
 * @example
 * formatNumber('de', 21.0975, 1); // '21,1'
 * formatNumber('en', 12);          // '12'
 */
export function formatNumber(locale: Locale, value: number, decimals = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, useGrouping: false }).format(value);
}

// ICU puts narrow and non-breaking spaces in some dates (`2027 г.`, `12:00 PM`); plain spaces keep the
// texts predictable in tests and in Telegram's copy-paste.
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function isoDay(locale: Locale, isoDate: string): DateTime {
  const day = DateTime.fromISO(isoDate.slice(0, 10), { zone: 'utc' });
  if (!day.isValid) throw new RangeError(`not an ISO date: ${isoDate}`);
  return day.setLocale(locale);
}

/**
 * A calendar day in a compact form with its weekday: `Mon 12 Apr`, `пн, 12 апр.`, `lun, 12 abr`,
 * `Mo., 12. Apr.`.
 *
 * @example
 * formatShortDay('ru', '2027-04-12'); // 'пн, 12 апр.'
 */
export function formatShortDay(locale: Locale, isoDate: string): string {
  const day = isoDay(locale, isoDate);
  // English keeps the bot's historical `Mon 12 Apr` (no comma, day before month).
  if (locale === 'en') return day.toFormat('ccc d MMM');
  return plainSpaces(day.toLocaleString({ weekday: 'short', day: 'numeric', month: 'short' }));
}

/**
 * A calendar day in full: `12 April 2027`, `12 апреля 2027 г.`, `12 de abril de 2027`, `12. April 2027`.
 *
 * @example
 * formatLongDate('es', '2027-04-12'); // '12 de abril de 2027'
 */
export function formatLongDate(locale: Locale, isoDate: string): string {
  const day = isoDay(locale, isoDate);
  if (locale === 'en') return day.toFormat('d MMMM yyyy');
  return plainSpaces(day.toLocaleString(DateTime.DATE_FULL));
}

/**
 * The name of an ISO weekday (1 = Monday … 7 = Sunday) in the runner's language.
 *
 * @example
 * localWeekdayName('de', 1);          // 'Montag'
 * localWeekdayName('ru', 7, 'short'); // 'вс'
 */
export function localWeekdayName(
  locale: Locale,
  isoWeekday: number,
  style: 'long' | 'short' = 'long',
): string {
  if (!Number.isInteger(isoWeekday) || isoWeekday < 1 || isoWeekday > 7) {
    throw new RangeError(`not an ISO weekday: ${isoWeekday}`);
  }
  // 2024-01-01 is a Monday.
  const day = DateTime.fromObject({ year: 2024, month: 1, day: isoWeekday }, { zone: 'utc' }).setLocale(
    locale,
  );
  return day.toFormat(style === 'long' ? 'cccc' : 'ccc');
}

/**
 * A distance with its unit word from the catalog (`unit-km` / `unit-mi`): `12.5 km`, `12,5 км`.
 *
 * @example
 * formatLocalDistance('ru', 12.5, 'km'); // '12,5 км'
 */
export function formatLocalDistance(locale: Locale, value: number, units: 'km' | 'mi', decimals = 1): string {
  return t(locale, units === 'km' ? 'unit-km' : 'unit-mi', { value: formatNumber(locale, value, decimals) });
}
