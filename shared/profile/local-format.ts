// The profile's values as the runner's language writes them (numbers, dates, day and race names).
import { DateTime } from 'luxon';
import { formatNumber, localWeekdayName, type Translator, translator } from '../i18n/index.js';
import { CM_PER_INCH, KG_PER_POUND, KM_PER_MILE, STANDARD_DISTANCES, type Units } from './profile.js';

/** The English translator: the default of every pure function that has not been told a language. */
export const ENGLISH: Translator = translator('en');

const RACE_IDS: Record<string, string> = {
  '5': 'distance-5k',
  '10': 'distance-10k',
  half: 'distance-half',
  full: 'distance-full',
};

// One decimal rounded like Number#toFixed (what the dialog always showed), in the runner's notation.
const oneDecimal = (value: number) => Number(value.toFixed(1));

/**
 * A distance stored in km in the runner's units and language; standard races keep their name when
 * `withRaceName` is set.
 *
 * @example
 * localDistance(translator('de'), 42.195, 'km', true); // 'Marathon (42,2 km)'
 */
export function localDistance(tr: Translator, km: number, units: Units, withRaceName = false): string {
  const value = oneDecimal(units === 'km' ? km : km / KM_PER_MILE);
  const plain = tr(units === 'km' ? 'unit-km' : 'unit-mi', { value: formatNumber(tr.locale, value) });
  const standard = STANDARD_DISTANCES.find((d) => d.km === km);
  if (!withRaceName || !standard) return plain;
  const name = tr(RACE_IDS[standard.code]!);
  // Where the race is simply called by its distance ("10 км"), the name alone says it.
  return name === plain ? plain : `${name} (${plain})`;
}

/**
 * The name of a goal race: a standard distance's name, else "<distance> race".
 *
 * @example
 * localGoalName(translator('es'), 21.0975, 'km'); // 'Media maratón'
 */
export function localGoalName(tr: Translator, km: number, units: Units): string {
  const standard = STANDARD_DISTANCES.find((d) => d.km === km);
  if (standard) return tr(RACE_IDS[standard.code]!);
  return tr('distance-custom', { distance: localDistance(tr, km, units) });
}

/**
 * The name of a standard race by its button code (`5`, `10`, `half`, `full`).
 *
 * @example
 * raceNameByCode(translator('ru'), 'half'); // 'Полумарафон'
 */
export function raceNameByCode(tr: Translator, code: string): string {
  return tr(RACE_IDS[code]!);
}

/**
 * Height: centimetres for km users, feet and inches for miles users.
 *
 * @example
 * localHeight(translator('ru'), 178, 'km'); // '178 см'
 */
export function localHeight(tr: Translator, cm: number, units: Units): string {
  if (units === 'km') return tr('unit-cm', { value: String(Math.round(cm)) });
  const totalInches = Math.round(cm / CM_PER_INCH);
  return `${Math.floor(totalInches / 12)}′${totalInches % 12}″`;
}

/**
 * Weight: kilograms for km users, pounds for miles users.
 *
 * @example
 * localWeight(translator('de'), 72.5, 'km'); // '72,5 kg'
 */
export function localWeight(tr: Translator, kg: number, units: Units): string {
  if (units === 'km') return tr('unit-kg', { value: formatNumber(tr.locale, oneDecimal(kg)) });
  return tr('unit-lb', { value: String(Math.round(kg / KG_PER_POUND)) });
}

/**
 * A date with its weekday in full: `Monday, 12 April 2027`, `понедельник, 12 апреля 2027 г.`.
 *
 * @example
 * localDateLong(translator('es'), '2027-04-12'); // 'lunes, 12 de abril de 2027'
 */
export function localDateLong(tr: Translator, isoDate: string): string {
  const day = DateTime.fromISO(isoDate, { zone: 'UTC' });
  if (tr.locale === 'en') return day.setLocale('en-GB').toFormat('cccc, d LLLL yyyy');
  return day
    .setLocale(tr.locale)
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * A weekday's name (ISO 1 = Monday), long or short, in the runner's language.
 *
 * @example
 * dayName(translator('de'), 1, 'short'); // 'Mo'
 */
export function dayName(tr: Translator, isoWeekday: number, style: 'long' | 'short' = 'long'): string {
  return localWeekdayName(tr.locale, isoWeekday, style);
}

/**
 * A catalog list of typed words (`a|b|c`) as a set, lowercased, with the English words as well.
 *
 * @example
 * wordSet(translator('es'), 'words-skip').has('omitir'); // true
 */
export function wordSet(tr: Translator, id: string): Set<string> {
  const sources = tr.locale === 'en' ? [tr] : [ENGLISH, tr];
  return new Set(
    sources.flatMap((source) =>
      source(id)
        .split('|')
        .map((w) => w.trim().toLowerCase())
        .filter(Boolean),
    ),
  );
}

/**
 * A catalog map of typed words (`word=value|…`), lowercased keys; English words are always understood
 * too (runners mix languages, and "km" is "km" everywhere).
 *
 * @example
 * wordMap(translator('ru'), 'words-units')['км']; // 'km'
 */
export function wordMap(tr: Translator, id: string): Record<string, string> {
  const map: Record<string, string> = Object.create(null);
  for (const source of tr.locale === 'en' ? [tr] : [ENGLISH, tr]) {
    for (const pair of source(id).split('|')) {
      const [word, value] = pair.split('=');
      if (word && value) map[word.trim().toLowerCase()] = value.trim();
    }
  }
  return map;
}
