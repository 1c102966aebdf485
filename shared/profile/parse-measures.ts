import { escapeHtml } from './escape-html.js';
import { cleanAnswer, roundTo, splitNumberAndUnit } from './normalize-input.js';
import { fail, ok, type ParseResult } from './parse-result.js';
import { CM_PER_INCH, KG_PER_POUND, KM_PER_MILE, type Units } from './profile.js';

/** What the age question expects. @example AGE_HINT; // 'Send your age in years, e.g. 34.' */
export const AGE_HINT = 'Send your age in years, e.g. 34.';
/** What the height question expects. @example HEIGHT_HINT.includes('178 cm'); // true */
export const HEIGHT_HINT = `Send your height like 178, 178 cm, 1.78 m or 5'10".`;
/** What the weight question expects. @example WEIGHT_HINT.includes('160 lb'); // true */
export const WEIGHT_HINT = 'Send your weight like 72, 72.5 kg or 160 lb.';
/** What the years-running question expects. @example YEARS_HINT.includes('0'); // true */
export const YEARS_HINT = "Send a number of years, e.g. 3, or 0 if you're just starting.";
/** What the weekly-volume question expects. @example VOLUME_HINT.includes('25 km'); // true */
export const VOLUME_HINT = "Send a weekly distance like 25, 25 km or 15 mi, or 0 if you don't run yet.";

/** What the longest-run question expects. @example LONGEST_RUN_HINT.includes('12 km'); // true */
export const LONGEST_RUN_HINT = "Send a distance like 12, 12 km or 8 mi, 0 if you haven't run, or skip.";
/** Upper bound of the longest single run, in km. @example MAX_LONGEST_RUN_KM; // 100 */
export const MAX_LONGEST_RUN_KM = 100;

const YEAR_UNITS = new Set(['', 'y', 'yr', 'yrs', 'year', 'years', 'yo']);
const CM_UNITS = new Set(['cm', 'cms', 'centimeter', 'centimeters', 'centimetre', 'centimetres']);
const M_UNITS = new Set(['m', 'meter', 'meters', 'metre', 'metres']);
const INCH_UNITS = new Set(['in', 'inch', 'inches', '"', '″']);
const KG_UNITS = new Set(['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms']);
const LB_UNITS = new Set(['lb', 'lbs', 'pound', 'pounds']);
const KM_UNITS = new Set(['k', 'km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres']);
const MI_UNITS = new Set(['mi', 'mile', 'miles']);

/** Removes filler people add around an answer ("I'm 34 years old", "about 72 kg"). */
function stripFiller(text: string, words: readonly string[]): string {
  let out = text.toLowerCase().replace(/[.!]+$/, '');
  for (const w of words) out = out.replace(new RegExp(`(^|\\s)${w}(?=\\s|$)`, 'g'), ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Reads an age in whole years (10–100). Accepts `34`, `34 years`, `I'm 34 years old`.
 *
 * @example
 * parseAge('34 years old'); // { ok: true, value: 34 }
 * parseAge('7');            // { ok: false, error: '…between 10 and 100…' }
 */
export function parseAge(raw: string): ParseResult<number> {
  const cleaned = cleanAnswer(raw, AGE_HINT);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, ["i'm", 'i am', 'im', 'old', 'about', 'almost']);
  const parsed = splitNumberAndUnit(text);
  if (!parsed || !YEAR_UNITS.has(parsed.unit)) return fail(`I couldn't read that age. ${AGE_HINT}`);
  if (!Number.isInteger(parsed.value)) return fail('Just whole years, please — e.g. 34.');
  if (parsed.value < 10 || parsed.value > 100) {
    return fail('I can coach runners aged 10 to 100. Please send your age in years.');
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
export function parseHeight(raw: string, units: Units): ParseResult<number> {
  const cleaned = cleanAnswer(raw, HEIGHT_HINT);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, ['about', 'tall', "i'm", 'i am', 'im'])
    .replace(/′′|″|''|”|“/g, '"')
    .replace(/[′’‘`]/g, "'");
  let cm: number | undefined;
  const feet = FEET_INCHES.exec(text);
  if (feet) {
    const inches = feet[2] ? Number(feet[2].replace(',', '.')) : 0;
    if (inches >= 12) return fail(`Inches should be below 12 — e.g. 5'10". ${HEIGHT_HINT}`);
    cm = (Number(feet[1]) * 12 + inches) * CM_PER_INCH;
  } else {
    const parsed = splitNumberAndUnit(text);
    if (!parsed) return fail(`I couldn't read that height. ${HEIGHT_HINT}`);
    const { value, unit } = parsed;
    if (CM_UNITS.has(unit)) cm = value;
    else if (M_UNITS.has(unit)) cm = value * 100;
    else if (INCH_UNITS.has(unit)) cm = value * CM_PER_INCH;
    else if (unit !== '')
      return fail(`I don't know the unit “${escapeHtml(unit.slice(0, 10))}”. ${HEIGHT_HINT}`);
    else if (value >= 100) cm = value;
    else if (value >= 1 && value < 2.6 && !Number.isInteger(value)) cm = value * 100;
    else if (units === 'mi' && value >= 48 && value <= 96) cm = value * CM_PER_INCH;
    else return fail(`Is that cm, metres or inches? ${HEIGHT_HINT}`);
  }
  if (cm < 100 || cm > 250)
    return fail(`That height looks off — I expect 100–250 cm (3'4"–8'2"). ${HEIGHT_HINT}`);
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
export function parseWeight(raw: string, units: Units): ParseResult<number> {
  const cleaned = cleanAnswer(raw, WEIGHT_HINT);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, ['about', 'around', 'roughly', "i'm", 'i am', 'im']);
  const parsed = splitNumberAndUnit(text);
  if (!parsed) return fail(`I couldn't read that weight. ${WEIGHT_HINT}`);
  const { value, unit } = parsed;
  let kg: number;
  if (KG_UNITS.has(unit)) kg = value;
  else if (LB_UNITS.has(unit)) kg = value * KG_PER_POUND;
  else if (unit === '') kg = units === 'mi' ? value * KG_PER_POUND : value;
  else return fail(`I don't know the unit “${escapeHtml(unit.slice(0, 10))}”. ${WEIGHT_HINT}`);
  if (kg < 30 || kg > 250)
    return fail(`That weight looks off — I expect 30–250 kg (66–550 lb). ${WEIGHT_HINT}`);
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
export function parseYearsRunning(raw: string, context: { age?: number } = {}): ParseResult<number> {
  const cleaned = cleanAnswer(raw, YEARS_HINT);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, ['about', 'around', 'almost', 'over', 'for']);
  const parsed = splitNumberAndUnit(text);
  if (!parsed) return fail(`I couldn't read that. ${YEARS_HINT}`);
  let years: number;
  if (YEAR_UNITS.has(parsed.unit)) years = parsed.value;
  else if (['month', 'months', 'mo', 'mos'].includes(parsed.unit)) years = parsed.value / 12;
  else if (['week', 'weeks', 'wk', 'wks'].includes(parsed.unit)) years = parsed.value / 52;
  else return fail(`I couldn't read that. ${YEARS_HINT}`);
  if (years > 80) return fail(`That's more than 80 years — ${YEARS_HINT}`);
  if (context.age !== undefined && years > Math.max(0, context.age - 4)) {
    return fail(`That's longer than seems possible at ${context.age}. ${YEARS_HINT}`);
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
export function parseWeeklyVolume(raw: string, units: Units): ParseResult<number> {
  const cleaned = cleanAnswer(raw, VOLUME_HINT);
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
    .replace(/\s*\/\s*(?:week|wk|w)$/, '')
    .trim();
  const parsed = splitNumberAndUnit(text);
  if (!parsed) return fail(`I couldn't read that. ${VOLUME_HINT}`);
  let km: number;
  if (KM_UNITS.has(parsed.unit)) km = parsed.value;
  else if (MI_UNITS.has(parsed.unit)) km = parsed.value * KM_PER_MILE;
  else if (parsed.unit === '') km = units === 'mi' ? parsed.value * KM_PER_MILE : parsed.value;
  else return fail(`I don't know the unit “${escapeHtml(parsed.unit.slice(0, 10))}”. ${VOLUME_HINT}`);
  if (km > 250) return fail(`That's more than 250 km (155 mi) a week — please check it. ${VOLUME_HINT}`);
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
export function parseLongestRun(raw: string, units: Units): ParseResult<number> {
  const cleaned = cleanAnswer(raw, LONGEST_RUN_HINT);
  if (!cleaned.ok) return cleaned;
  const text = stripFiller(cleaned.value, ['about', 'around', 'roughly', 'approx', 'almost', 'maybe']);
  const parsed = splitNumberAndUnit(text);
  if (!parsed) return fail(`I couldn't read that distance. ${LONGEST_RUN_HINT}`);
  let km: number;
  if (KM_UNITS.has(parsed.unit)) km = parsed.value;
  else if (MI_UNITS.has(parsed.unit)) km = parsed.value * KM_PER_MILE;
  else if (parsed.unit === '') km = units === 'mi' ? parsed.value * KM_PER_MILE : parsed.value;
  else return fail(`I don't know the unit “${escapeHtml(parsed.unit.slice(0, 10))}”. ${LONGEST_RUN_HINT}`);
  if (km > MAX_LONGEST_RUN_KM) {
    return fail(`That's more than 100 km (62 mi) in one run — please check it. ${LONGEST_RUN_HINT}`);
  }
  return ok(roundTo(km, 1));
}
