import type { Locale, Translator } from '../i18n/index.js';
import { escapeHtml } from './escape-html.js';
import { ENGLISH } from './local-format.js';
import { cleanAnswer } from './normalize-input.js';
import { fail, ok, type ParseResult } from './parse-result.js';

// Day names per language, Monday first (input vocabulary). English is always understood as well.
const DAY_NAMES: Record<Locale, readonly string[]> = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  es: ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
};
// Abbreviations that are not prefixes of the full name ("пн" for понедельник), and inflected forms.
const EXTRA_NAMES: Record<string, number> = {
  пн: 1,
  вт: 2,
  ср: 3,
  среду: 3,
  чт: 4,
  пт: 5,
  пятницу: 5,
  сб: 6,
  субботу: 6,
  вс: 7,
  вск: 7,
};
// Whole-phrase shortcuts, replaced before the answer is split into days.
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [
    /every ?day|daily|каждый день|ежедневно|все дни|todos los d[ií]as|cada d[ií]a|jeden tag|t[äa]glich/g,
    'mon-sun',
  ],
  [/weekdays|будни|по будням|entre semana|wochentags|werktags/g, 'mon-fri'],
  [/weekends?|выходные|fin(?:es)? de semana|wochenende/g, 'sat-sun'],
];
const AND_WORDS = new Set(['and', 'и', 'y', 'e', 'und']);

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * One ISO weekday from a name or a common abbreviation in English or the runner's language (`mon`,
 * `tues`, `пн`, `mié`, `Mi`), else undefined. Accents and case are ignored.
 *
 * @example
 * parseWeekdayName('Thurs');       // 4
 * parseWeekdayName('пт', 'ru');    // 5
 * parseWeekdayName('sábado', 'es'); // 6
 * parseWeekdayName('s');           // undefined (Saturday or Sunday?)
 */
export function parseWeekdayName(token: string, locale: Locale = 'en'): number | undefined {
  const t = plain(token).replace(/\.$/, '');
  if (t.length < 2) return undefined;
  const extra = EXTRA_NAMES[t];
  if (extra !== undefined) return extra;
  const names = locale === 'en' ? [DAY_NAMES.en] : [DAY_NAMES.en, DAY_NAMES[locale]];
  // "tu"/"th" and "sa"/"su" need two letters; everything else is a prefix of exactly one day's names.
  const days = new Set<number>();
  for (const list of names) {
    list.forEach((name, i) => {
      if (name.startsWith(t) || (t.endsWith('s') && name.startsWith(t.slice(0, -1)))) days.add(i + 1);
    });
  }
  return days.size === 1 ? [...days][0] : undefined;
}

/**
 * Reads a set of weekdays and returns sorted, distinct ISO weekdays. Accepts names and abbreviations
 * separated by spaces, commas or "and", ranges (`mon-fri`), and `weekdays`, `weekends`, `every day`, in
 * English or the runner's language (`пн, ср, пт`, `lunes y jueves`, `Mo-Fr`).
 *
 * @example
 * parseWeekdays('Mon, Wed and fri'); // { ok: true, value: [1, 3, 5] }
 * parseWeekdays('tue-thu, sun');     // { ok: true, value: [2, 3, 4, 7] }
 */
export function parseWeekdays(raw: string, tr: Translator = ENGLISH): ParseResult<number[]> {
  const hint = tr('weekdays-hint');
  const cleaned = cleanAnswer(raw, hint, tr);
  if (!cleaned.ok) return cleaned;
  let text = cleaned.value.toLowerCase();
  for (const [phrase, days] of PHRASES) text = text.replace(phrase, days);
  const days = new Set<number>();
  const tokens = text.split(/[\s,;/&+]+/).filter((t) => t !== '' && !AND_WORDS.has(t));
  const dayOf = (name: string) => parseWeekdayName(name, tr.locale);
  for (const token of tokens) {
    if (token.includes('-')) {
      const [from, to] = token.split('-').map(dayOf);
      if (from === undefined || to === undefined || token.split('-').length !== 2) {
        return fail(tr('weekdays-unreadable-range', { token: escapeHtml(token.slice(0, 20)) }));
      }
      for (let d = from; ; d = (d % 7) + 1) {
        days.add(d);
        if (d === to) break;
      }
    } else {
      const day = dayOf(token);
      if (day === undefined)
        return fail(tr('weekdays-unreadable-day', { token: escapeHtml(token.slice(0, 20)) }));
      days.add(day);
    }
  }
  if (days.size === 0) return fail(tr('weekdays-none'));
  return ok([...days].sort((x, y) => x - y));
}
