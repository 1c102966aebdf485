import type { Translator } from '../i18n/index.js';
import { formatDuration } from './format.js';
import { ENGLISH } from './local-format.js';
import { cleanAnswer, ownValue } from './normalize-input.js';
import { fail, ok, type ParseResult } from './parse-result.js';
import { isPlausibleRaceTime } from './profile.js';

const UNIT_SECONDS: Record<string, number> = {
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  // Russian, Spanish, German.
  ч: 3600,
  час: 3600,
  часа: 3600,
  мин: 60,
  минут: 60,
  с: 1,
  сек: 1,
  hora: 3600,
  horas: 3600,
  minuto: 60,
  minutos: 60,
  segundos: 1,
  std: 3600,
  stunde: 3600,
  stunden: 3600,
  minuten: 60,
  sek: 1,
  sekunden: 1,
};

/**
 * Reads a duration and returns every sensible interpretation in seconds, most likely first.
 * `1:45:30` and `45 min` are unambiguous; a two-part `1:45` could be m:ss or h:mm, so both are
 * returned (m:ss first) and the caller picks the plausible one. Empty array = unreadable.
 *
 * @example
 * durationCandidates('1:45:30'); // [6330]
 * durationCandidates('1:45');    // [105, 6300]
 * durationCandidates('1h 45m');  // [6300]
 */
export function durationCandidates(text: string): number[] {
  const t = text.toLowerCase().trim();
  const colon = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (colon) {
    const [a, b, c] = [
      Number(colon[1]),
      Number(colon[2]),
      colon[3] === undefined ? undefined : Number(colon[3]),
    ];
    if (b >= 60 || (c !== undefined && c >= 60)) return [];
    if (c !== undefined) return [a * 3600 + b * 60 + c];
    return [a * 60 + b, a * 3600 + b * 60];
  }
  // "1h 45m 30s", "45 min", "1 hour 45 minutes": a sequence of number+unit pairs, each unit at most once.
  if (!/^(?:\d{1,3}(?:[.,]\d{1,2})?\s*\p{L}+\.?\s*){1,3}$/u.test(t)) return [];
  const pairs = [...t.matchAll(/(\d{1,3}(?:[.,]\d{1,2})?)\s*(\p{L}+)\.?/gu)];
  let total = 0;
  const seen = new Set<number>();
  for (const [, num, unit] of pairs) {
    const factor = ownValue(UNIT_SECONDS, unit!);
    if (factor === undefined || seen.has(factor)) return [];
    seen.add(factor);
    total += Number(num!.replace(',', '.')) * factor;
  }
  return total > 0 ? [Math.round(total)] : [];
}

/**
 * Reads a race finish time for a known distance and returns whole seconds. Ambiguous `1:45` is read
 * as whichever of m:ss / h:mm gives a humanly possible pace for the distance.
 *
 * @example
 * parseRaceTime('45:30', 10);   // { ok: true, value: 2730 }
 * parseRaceTime('1:45', 21.0975); // { ok: true, value: 6300 }
 */
export function parseRaceTime(
  raw: string,
  distanceKm: number,
  tr: Translator = ENGLISH,
): ParseResult<number> {
  const cleaned = cleanAnswer(raw, tr('race-time-hint'), tr);
  if (!cleaned.ok) return cleaned;
  const candidates = durationCandidates(cleaned.value);
  if (candidates.length === 0) return fail(tr('race-time-unreadable'));
  const plausible = candidates.find((s) => isPlausibleRaceTime(distanceKm, s));
  if (plausible === undefined) {
    const pace = formatDuration(Math.round(candidates[0]! / distanceKm));
    return fail(tr('race-time-implausible', { pace }));
  }
  return ok(plausible);
}

/**
 * Reads the hour for daily reminders (0–23). Accepts `19`, `19:00`, `19h`, `7pm`, `7 p.m.`,
 * `7:00 am`, `noon`, `midnight`. Reminders go out on the hour, so `19:30` is rejected with a note.
 *
 * @example
 * parseReminderHour('7pm');   // { ok: true, value: 19 }
 * parseReminderHour('12 am'); // { ok: true, value: 0 }
 */
export function parseReminderHour(raw: string, tr: Translator = ENGLISH): ParseResult<number> {
  const cleaned = cleanAnswer(raw, tr('hour-hint'), tr);
  if (!cleaned.ok) return cleaned;
  // "at 7pm", "в 19", "a las 19", "um 19 Uhr": the hour in any of the bot's languages.
  const t = cleaned.value
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^(?:at|в|a las|a la|um) /, '')
    .replace(/\s*(?:uhr|ч|часов|часа|hs|horas)$/, 'h')
    .trim();
  if (['noon', 'midday', 'полдень', 'mediodía', 'mediodia', 'mittag'].includes(t)) return ok(12);
  if (['midnight', 'полночь', 'medianoche', 'mitternacht'].includes(t)) return ok(0);
  const match = /^(\d{1,2})(?:[:h](\d{2}))?\s*(h|am|pm|a|p)?$/.exec(t);
  if (!match) return fail(tr('hour-unreadable'));
  let hour = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const suffix = match[3];
  if (minutes >= 60) return fail(tr('hour-unreadable'));
  if (suffix === 'am' || suffix === 'a' || suffix === 'pm' || suffix === 'p') {
    if (hour < 1 || hour > 12) return fail(tr('hour-ampm'));
    hour = (hour % 12) + (suffix.startsWith('p') ? 12 : 0);
  }
  if (hour > 23) return fail(tr('hour-range'));
  if (minutes !== 0) return fail(tr('hour-on-the-hour', { hour: String(hour) }));
  return ok(hour);
}
