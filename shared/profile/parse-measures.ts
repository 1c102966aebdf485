import type { Translator } from '../i18n/index.js';
import { KM_UNITS, MI_UNITS } from './distance-units.js';
import { escapeHtml } from './escape-html.js';
import { ENGLISH } from './local-format.js';
import { cleanAnswer, roundTo, splitNumberAndUnit } from './normalize-input.js';
import { fail, ok, type ParseResult } from './parse-result.js';
import { CM_PER_INCH, KG_PER_POUND, KM_PER_MILE, type Units } from './profile.js';

/** Upper bound of the longest single run, in km. @example MAX_LONGEST_RUN_KM; // 100 */
export const MAX_LONGEST_RUN_KM = 100;

// Unit words in every language the bot speaks (input vocabulary, not texts the bot sends).
const YEAR_UNITS = new Set([
  '',
  'y',
  'yr',
  'yrs',
  'year',
  'years',
  'yo',
  'г',
  'год',
  'года',
  'лет',
  'año',
  'años',
  'j',
  'jahr',
  'jahre',
  'jahren',
]);
const MONTH_UNITS = new Set([
  'month',
  'months',
  'mo',
  'mos',
  'мес',
  'месяц',
  'месяца',
  'месяцев',
  'mes',
  'meses',
  'monat',
  'monate',
  'monaten',
]);
const WEEK_UNITS = new Set([
  'week',
  'weeks',
  'wk',
  'wks',
  'нед',
  'неделя',
  'недели',
  'недель',
  'semana',
  'semanas',
  'woche',
  'wochen',
]);
const CM_UNITS = new Set([
  'cm',
  'cms',
  'centimeter',
  'centimeters',
  'centimetre',
  'centimetres',
  'см',
  'centímetros',
  'zentimeter',
]);
const M_UNITS = new Set(['m', 'meter', 'meters', 'metre', 'metres', 'м', 'metro', 'metros']);
const INCH_UNITS = new Set(['in', 'inch', 'inches', '"', '″']);
const KG_UNITS = new Set([
  'kg',
  'kgs',
  'kilo',
  'kilos',
  'kilogram',
  'kilograms',
  'кг',
  'килограмм',
  'килограммов',
  'kilogramos',
  'kilogramm',
]);
const LB_UNITS = new Set(['lb', 'lbs', 'pound', 'pounds', 'фунт', 'фунтов', 'libra', 'libras', 'pfund']);

/** Removes filler people add around an answer ("I'm 34 years old", "about 72 kg"). */
// Words around a number that carry nothing ("about", "около", "unos", "etwa"), in every language.
const FILLER_ANY = [
  'около',
  'примерно',
  'почти',
  'мне',
  'unos',
  'unas',
  'aproximadamente',
  'casi',
  'tengo',
  'etwa',
  'ungefähr',
  'fast',
  'ich',
  'bin',
];
// "в неделю", "por semana", "pro Woche": the per-week tail of a weekly distance.
const PER_WEEK =
  /\s*(?:\/\s*(?:week|wk|w|нед|semana|woche)|в неделю|por semana|a la semana|pro woche|die woche|wöchentlich)$/;

function stripFiller(text: string, words: readonly string[]): string {
  let out = text.toLowerCase().replace(/[.!]+$/, '');
  for (const w of [...words, ...FILLER_ANY]) out = out.replace(new RegExp(`(^|\\s)${w}(?=\\s|$)`, 'gu'), ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Reads an age in whole years (10–100). Accepts `34`, `34 years`, `I'm 34 years old`.
 *
 * @example
 * parseAge('34 years old'); // { ok: true, value: 34 }
 * parseAge('7');            // { ok: false, error: '…between 10 and 100…' }
 */
export function parseAge(raw: string, tr: Translator = ENGLISH): ParseResult<number> {
  const cleaned = cleanAnswer(raw, tr('age-hint'), tr);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, ["i'm", 'i am', 'im', 'old', 'about', 'almost']);
  const parsed = splitNumberAndUnit(text);
  if (!parsed || !YEAR_UNITS.has(parsed.unit)) return fail(tr('age-unreadable'));
  if (!Number.isInteger(parsed.value)) return fail(tr('age-whole'));
  if (parsed.value < 10 || parsed.value > 100) {
    return fail(tr('age-range'));
  }
  return ok(parsed.value);
}

/** Matches `5'10"`, `5 ft 10`, `5 feet 10 inches`, `5'` (primes and curly quotes are mapped to ' and " first). */
const FEET_INCHES = /^(\d)\s*(?:'|ft|feet|foot)\s*(?:(\d{1,2}(?:[.,]\d)?)\s*(?:"|in|inch|inches)?)?$/;

/**
 * Reads a height and returns cm (100–250). Accepts `178`, `178 cm`, `1.78 m`, `1,78`, `5'10"`,
 * `5 ft 10`, `70 in`; a bare 48–96 is read as inches for miles users.
 *
 * @example
 * parseHeight("5'10\"", 'km'); // { ok: true, value: 177.8 }
 * parseHeight('1,78', 'km');  // { ok: true, value: 178 }
 */
export function parseHeight(raw: string, units: Units, tr: Translator = ENGLISH): ParseResult<number> {
  const cleaned = cleanAnswer(raw, tr('height-hint'), tr);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, ['about', 'tall', "i'm", 'i am', 'im'])
    .replace(/′′|″|''|”|“/g, '"')
    .replace(/[′’‘`]/g, "'");
  let cm: number | undefined;
  const feet = FEET_INCHES.exec(text);
  if (feet) {
    const inches = feet[2] ? Number(feet[2].replace(',', '.')) : 0;
    if (inches >= 12) return fail(tr('height-inches'));
    cm = (Number(feet[1]) * 12 + inches) * CM_PER_INCH;
  } else {
    const parsed = splitNumberAndUnit(text);
    if (!parsed) return fail(tr('height-unreadable'));
    const { value, unit } = parsed;
    if (CM_UNITS.has(unit)) cm = value;
    else if (M_UNITS.has(unit)) cm = value * 100;
    else if (INCH_UNITS.has(unit)) cm = value * CM_PER_INCH;
    else if (unit !== '') return fail(tr('height-unknown-unit', { unit: escapeHtml(unit.slice(0, 10)) }));
    else if (value >= 100) cm = value;
    else if (value >= 1 && value < 2.6 && !Number.isInteger(value)) cm = value * 100;
    else if (units === 'mi' && value >= 48 && value <= 96) cm = value * CM_PER_INCH;
    else return fail(tr('height-which-unit'));
  }
  if (cm < 100 || cm > 250) return fail(tr('height-range'));
  return ok(roundTo(cm, 1));
}

/**
 * Reads a body weight and returns kg (30–250, rounded to 0.1). Accepts `72`, `72.5 kg`, `72,5`,
 * `160 lb`, `160lbs`; a bare number is read in the runner's units (kg for km, lb for miles).
 *
 * @example
 * parseWeight('160lbs', 'km'); // { ok: true, value: 72.6 }
 * parseWeight('160', 'mi');    // { ok: true, value: 72.6 }
 */
export function parseWeight(raw: string, units: Units, tr: Translator = ENGLISH): ParseResult<number> {
  const cleaned = cleanAnswer(raw, tr('weight-hint'), tr);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, ['about', 'around', 'roughly', "i'm", 'i am', 'im']);
  const parsed = splitNumberAndUnit(text);
  if (!parsed) return fail(tr('weight-unreadable'));
  const { value, unit } = parsed;
  let kg: number;
  if (KG_UNITS.has(unit)) kg = value;
  else if (LB_UNITS.has(unit)) kg = value * KG_PER_POUND;
  else if (unit === '') kg = units === 'mi' ? value * KG_PER_POUND : value;
  else return fail(tr('weight-unknown-unit', { unit: escapeHtml(unit.slice(0, 10)) }));
  if (kg < 30 || kg > 250) return fail(tr('weight-range'));
  return ok(roundTo(kg, 1));
}

/**
 * Reads how long someone has been running, in years (0–80, one decimal). Accepts `3`, `3 years`,
 * `1.5`, `6 months`. When `age` is known, more years than the runner has been alive (minus early
 * childhood) is rejected.
 *
 * @example
 * parseYearsRunning('6 months');   // { ok: true, value: 0.5 }
 * parseYearsRunning('40', { age: 30 }); // { ok: false, … }
 */
export function parseYearsRunning(
  raw: string,
  context: { age?: number } = {},
  tr: Translator = ENGLISH,
): ParseResult<number> {
  const cleaned = cleanAnswer(raw, tr('years-hint'), tr);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, ['about', 'around', 'almost', 'over', 'for']);
  const parsed = splitNumberAndUnit(text);
  if (!parsed) return fail(tr('years-unreadable'));
  let years: number;
  if (YEAR_UNITS.has(parsed.unit)) years = parsed.value;
  else if (MONTH_UNITS.has(parsed.unit)) years = parsed.value / 12;
  else if (WEEK_UNITS.has(parsed.unit)) years = parsed.value / 52;
  else return fail(tr('years-unreadable'));
  if (years > 80) return fail(tr('years-too-many'));
  if (context.age !== undefined && years > Math.max(0, context.age - 4)) {
    return fail(tr('years-longer-than-age', { age: context.age }));
  }
  return ok(roundTo(years, 1));
}

/**
 * Reads the current weekly running volume and returns km (0–250, one decimal). Accepts `25`,
 * `25 km`, `15 mi`, `25 km per week`, `0`; a bare number is read in the runner's units.
 *
 * @example
 * parseWeeklyVolume('15 mi a week', 'km'); // { ok: true, value: 24.1 }
 * parseWeeklyVolume('30', 'km');           // { ok: true, value: 30 }
 */
export function parseWeeklyVolume(raw: string, units: Units, tr: Translator = ENGLISH): ParseResult<number> {
  const cleaned = cleanAnswer(raw, tr('volume-hint'), tr);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, [
    'about',
    'around',
    'roughly',
    'approx',
    'per',
    'a',
    'weekly',
    'week',
  ])
    .replace(PER_WEEK, '')
    .trim();
  const parsed = splitNumberAndUnit(text);
  if (!parsed) return fail(tr('volume-unreadable'));
  let km: number;
  if (KM_UNITS.has(parsed.unit)) km = parsed.value;
  else if (MI_UNITS.has(parsed.unit)) km = parsed.value * KM_PER_MILE;
  else if (parsed.unit === '') km = units === 'mi' ? parsed.value * KM_PER_MILE : parsed.value;
  else return fail(tr('volume-unknown-unit', { unit: escapeHtml(parsed.unit.slice(0, 10)) }));
  if (km > 250) return fail(tr('volume-too-much'));
  return ok(roundTo(km, 1));
}

/**
 * Reads the longest single run of the last month and returns km (0–100, one decimal). Read like the
 * weekly volume: `12`, `12 km`, `8 mi`, `about 15k`; a bare number is in the runner's units.
 *
 * @example
 * parseLongestRun('8 mi', 'km'); // { ok: true, value: 12.9 }
 * parseLongestRun('150', 'km');  // { ok: false, … }
 */
export function parseLongestRun(raw: string, units: Units, tr: Translator = ENGLISH): ParseResult<number> {
  const cleaned = cleanAnswer(raw, tr('longest-hint'), tr);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, ['about', 'around', 'roughly', 'approx', 'almost', 'maybe']);
  const parsed = splitNumberAndUnit(text);
  if (!parsed) return fail(tr('longest-unreadable'));
  let km: number;
  if (KM_UNITS.has(parsed.unit)) km = parsed.value;
  else if (MI_UNITS.has(parsed.unit)) km = parsed.value * KM_PER_MILE;
  else if (parsed.unit === '') km = units === 'mi' ? parsed.value * KM_PER_MILE : parsed.value;
  else return fail(tr('longest-unknown-unit', { unit: escapeHtml(parsed.unit.slice(0, 10)) }));
  if (km > MAX_LONGEST_RUN_KM) {
    return fail(tr('longest-too-much'));
  }
  return ok(roundTo(km, 1));
}
