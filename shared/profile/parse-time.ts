import { formatDuration } from './format.js';
import { cleanAnswer, ownValue } from './normalize-input.js';
import { fail, ok, type ParseResult } from './parse-result.js';
import { isPlausibleRaceTime } from './profile.js';

/** What the race-time question expects. @example RACE_TIME_HINT.includes('45:30'); // true */
export const RACE_TIME_HINT = "Send your finish time like 45:30, 1:45:30 or '45 min'.";
/** What the reminder-hour question expects. @example REMINDER_HOUR_HINT.includes('7pm'); // true */
export const REMINDER_HOUR_HINT = "Send an hour like 19:00 or '7pm', or tap a button.";

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
  if (!/^(?:\d{1,3}(?:[.,]\d{1,2})?\s*[a-z]+\s*){1,3}$/.test(t)) return [];
  const pairs = [...t.matchAll(/(\d{1,3}(?:[.,]\d{1,2})?)\s*([a-z]+)/g)];
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
export function parseRaceTime(raw: string, distanceKm: number): ParseResult<number> {
  const cleaned = cleanAnswer(raw, RACE_TIME_HINT);
  if (!cleaned.ok) return cleaned;
  const candidates = durationCandidates(cleaned.value);
  if (candidates.length === 0) return fail(`I couldn't read that time. ${RACE_TIME_HINT}`);
  const plausible = candidates.find((s) => isPlausibleRaceTime(distanceKm, s));
  if (plausible === undefined) {
    const pace = formatDuration(Math.round(candidates[0]! / distanceKm));
    return fail(
      `That works out to ${pace} per km, which doesn't look right for this distance. ${RACE_TIME_HINT}`,
    );
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
export function parseReminderHour(raw: string): ParseResult<number> {
  const cleaned = cleanAnswer(raw, REMINDER_HOUR_HINT);
  if (!cleaned.ok) return cleaned;
  const t = cleaned.value.toLowerCase().replace(/\./g, '').replace(/^at /, '').trim();
  if (t === 'noon' || t === 'midday') return ok(12);
  if (t === 'midnight') return ok(0);
  const match = /^(\d{1,2})(?:[:h](\d{2}))?\s*(h|am|pm|a|p)?$/.exec(t);
  if (!match) return fail(`I couldn't read that time. ${REMINDER_HOUR_HINT}`);
  let hour = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const suffix = match[3];
  if (minutes >= 60) return fail(`I couldn't read that time. ${REMINDER_HOUR_HINT}`);
  if (suffix === 'am' || suffix === 'a' || suffix === 'pm' || suffix === 'p') {
    if (hour < 1 || hour > 12) return fail(`With am/pm the hour is 1–12. ${REMINDER_HOUR_HINT}`);
    hour = (hour % 12) + (suffix.startsWith('p') ? 12 : 0);
  }
  if (hour > 23) return fail(`An hour is 0–23. ${REMINDER_HOUR_HINT}`);
  if (minutes !== 0) return fail(`Reminders go out on the hour — e.g. ${hour}:00. ${REMINDER_HOUR_HINT}`);
  return ok(hour);
}
