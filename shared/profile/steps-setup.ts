// The first questions: units, time zone, the goal race and its date.
import { DateTime } from 'luxon';
import { formatDateLong } from './format.js';
import { chunk } from './keyboard.js';
import { localToday, parseRaceDate } from './parse-date.js';
import { parseDistance } from './parse-distance.js';
import { parseTimeZone, type TimeZoneMatch } from './parse-timezone.js';
import { goalLabelFor, STANDARD_DISTANCES, type Units } from './profile.js';
import type { DraftPatch } from './step-definition.js';
import { accept, choose, defineStep, forged, isWord } from './step-definition.js';
import { timeZoneConfirmation } from './texts.js';

const UNITS: Record<string, Units> = {
  km: 'km',
  kms: 'km',
  kilometres: 'km',
  kilometers: 'km',
  metric: 'km',
  mi: 'mi',
  miles: 'mi',
  mile: 'mi',
  imperial: 'mi',
};
const UNITS_HINT = 'Tap Kilometres or Miles, or type km or miles.';
const CUSTOM_WORDS = new Set(['custom', 'other', 'another distance', 'another']);

function goalPatch(km: number, units: Units): DraftPatch {
  return { goalDistanceKm: km, goalLabel: goalLabelFor(km, units) };
}

function weeksUntil(isoDate: string, now: Date, zone: string | undefined): number {
  const today = DateTime.fromISO(localToday(now, zone), { zone: 'UTC' });
  return Math.floor(DateTime.fromISO(isoDate, { zone: 'UTC' }).diff(today, 'days').days / 7);
}

const goalCurrent = (a: { goalDistanceKm?: number; goalLabel?: string; units?: Units }) =>
  a.goalDistanceKm === undefined
    ? undefined
    : (a.goalLabel ?? goalLabelFor(a.goalDistanceKm, a.units ?? 'km'));

/** Kilometres or miles: also how bare numbers are read. A custom goal's label follows the units. @example unitsStep.code; // 'units' */
export const unitsStep = defineStep<Units>({
  id: 'units',
  code: 'units',
  kind: 'question',
  menu: { label: 'Units', section: 'settings' },
  ask: () => ({
    text: "First: kilometres or miles? I'll use your choice for distances, paces, weight and height.",
    rows: [
      [
        { value: 'km', text: 'Kilometres (km, kg, cm)' },
        { value: 'mi', text: 'Miles (mi, lb, ft/in)' },
      ],
    ],
  }),
  current: (a) => a.units && (a.units === 'km' ? 'kilometres' : 'miles'),
  parse: (input) => {
    if (input.kind === 'text') return choose(input.text, UNITS, UNITS_HINT);
    const result = choose(input.value, { km: 'km', mi: 'mi' } as Record<string, Units>, UNITS_HINT);
    return result.ok ? result : forged();
  },
  apply: (u, a) => {
    const custom =
      a.goalDistanceKm !== undefined && !STANDARD_DISTANCES.some((d) => d.km === a.goalDistanceKm);
    return accept({ units: u, ...(custom ? goalPatch(a.goalDistanceKm!, u) : {}) });
  },
});

/** Where the runner lives (a city or a UTC offset): their "today" and the reminder hour. @example timeZoneStep.code; // 'tz' */
export const timeZoneStep = defineStep<TimeZoneMatch>({
  id: 'timeZone',
  code: 'tz',
  kind: 'question',
  menu: { label: 'Time zone', section: 'settings' },
  ask: () => ({
    text: "Where do you run? Send your city (like 'Berlin' or 'New York') or a UTC offset like 'UTC+3'. I need it to know your 'today' and to remind you at the right hour.",
    rows: [],
  }),
  current: (a) => a.timeZone,
  parse: (input, _a, ctx) => (input.kind === 'text' ? parseTimeZone(input.text, ctx.now) : forged()),
  apply: (match, _a, ctx) =>
    accept({ timeZone: match.zone }, undefined, timeZoneConfirmation(match, ctx.now)),
});

/** The goal race: a standard distance, or "Another distance" (→ `goalCustom`). @example goalStep.code; // 'goal' */
export const goalStep = defineStep<number | 'custom'>({
  id: 'goal',
  code: 'goal',
  kind: 'question',
  menu: { label: 'Goal distance', section: 'profile' },
  ask: () => ({
    text: 'What are you training for? 🎯',
    rows: [
      ...chunk(
        STANDARD_DISTANCES.map((d) => ({ value: d.code, text: d.label })),
        2,
      ),
      [{ value: 'custom', text: 'Another distance' }],
    ],
  }),
  current: goalCurrent,
  parse: (input, a) => {
    if (input.kind === 'button') {
      if (input.value === 'custom') return { ok: true, value: 'custom' };
      const standard = STANDARD_DISTANCES.find((d) => d.code === input.value);
      return standard ? { ok: true, value: standard.km } : forged();
    }
    if (isWord(input.text, CUSTOM_WORDS)) return { ok: true, value: 'custom' };
    return parseDistance(input.text, a.units ?? 'km');
  },
  apply: (km, a) => (km === 'custom' ? accept({}, 'goalCustom') : accept(goalPatch(km, a.units ?? 'km'))),
});

/** A goal distance typed in after "Another distance". @example goalCustomStep.followUpOf; // 'goal' */
export const goalCustomStep = defineStep<number>({
  id: 'goalCustom',
  code: 'gcust',
  kind: 'followUp',
  followUpOf: 'goal',
  ask: (a) => ({
    text: `How long is your race? For example '15k', '30 km' or '50 ${a.units === 'mi' ? 'mi' : 'km'}'.`,
    rows: [],
  }),
  current: goalCurrent,
  parse: (input, a) => (input.kind === 'text' ? parseDistance(input.text, a.units ?? 'km') : forged()),
  apply: (km, a) => accept(goalPatch(km, a.units ?? 'km')),
});

/** The race date, in the runner's own "today". @example raceDateStep.code; // 'date' */
export const raceDateStep = defineStep<string>({
  id: 'raceDate',
  code: 'date',
  kind: 'question',
  menu: { label: 'Race date', section: 'profile' },
  ask: () => ({
    text: "When is the race? For example 2027-04-12, 12.04.2027, 'April 12' or 'in 16 weeks'. The date sets the shape of your plan: build-up, peak and taper.",
    rows: [],
  }),
  current: (a) => a.raceDate && formatDateLong(a.raceDate),
  parse: (input, a, ctx) =>
    input.kind === 'text' ? parseRaceDate(input.text, { now: ctx.now, timeZone: a.timeZone }) : forged(),
  apply: (date, a, ctx) => {
    const weeks = weeksUntil(date, ctx.now, a.timeZone);
    const span = weeks < 1 ? 'less than a week away' : `${weeks} week${weeks === 1 ? '' : 's'} away`;
    return accept({ raceDate: date }, undefined, `📅 ${formatDateLong(date)} — ${span}.`);
  },
});
