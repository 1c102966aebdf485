/**
 * The unit words a runner may write after a distance, in every language the bot reads: one list for the
 * race distance and the weekly and longest-run answers, so the two cannot drift apart.
 */

/** Kilometre words. @example KM_UNITS.has('км') // true */
export const KM_UNITS: ReadonlySet<string> = new Set([
  'k',
  'km',
  'kms',
  'kilometer',
  'kilometers',
  'kilometre',
  'kilometres',
  'к',
  'км',
  'километр',
  'километра',
  'километров',
  'kilómetro',
  'kilómetros',
  'kilometro',
  'kilometros',
]);

/** Mile words. @example MI_UNITS.has('meilen') // true */
export const MI_UNITS: ReadonlySet<string> = new Set([
  'mi',
  'mile',
  'miles',
  'миля',
  'мили',
  'миль',
  'milla',
  'millas',
  'meile',
  'meilen',
]);
