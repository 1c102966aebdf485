// The first questions: units, time zone, the goal race and its date.
import { DateTime } from 'luxon';
import type { Translator } from '../i18n/index.js';
import { chunk } from './keyboard.js';
import { ENGLISH, localDateLong, localGoalName, raceNameByCode, wordMap, wordSet } from './local-format.js';
import { localToday, parseRaceDate } from './parse-date.js';
import { parseDistance } from './parse-distance.js';
import { parseTimeZone, type TimeZoneMatch } from './parse-timezone.js';
import { goalLabelFor, STANDARD_DISTANCES, type Units } from './profile.js';
import type { DraftPatch } from './step-definition.js';
import { accept, choose, defineStep, forged, isWord, trOf } from './step-definition.js';
import { timeZoneConfirmation } from './texts.js';

function goalPatch(km: number, units: Units): DraftPatch {
  return { goalDistanceKm: km, goalLabel: goalLabelFor(km, units) };
}

function weeksUntil(isoDate: string, now: Date, zone: string | undefined): number {
  const today = DateTime.fromISO(localToday(now, zone), { zone: 'UTC' });
  return Math.floor(DateTime.fromISO(isoDate, { zone: 'UTC' }).diff(today, 'days').days / 7);
}

const goalCurrent = (a: { goalDistanceKm?: number; units?: Units }, tr: Translator = ENGLISH) =>
  a.goalDistanceKm === undefined ? undefined : localGoalName(tr, a.goalDistanceKm, a.units ?? 'km');

/** Kilometres or miles: also how bare numbers are read. A custom goal's label follows the units. @example unitsStep.code; // 'units' */
export const unitsStep = defineStep<Units>({
  id: 'units',
  code: 'units',
  kind: 'question',
  menu: { label: 'step-units-menu', section: 'settings' },
  ask: (_a, tr = ENGLISH) => ({
    text: tr('step-units-ask'),
    rows: [
      [
        { value: 'km', text: tr('step-units-km') },
        { value: 'mi', text: tr('step-units-mi') },
      ],
    ],
  }),
  current: (a, tr = ENGLISH) => a.units && tr('step-units-current', { units: a.units }),
  parse: (input, _a, ctx) => {
    const tr = trOf(ctx);
    const hint = tr('step-units-hint');
    if (input.kind === 'text')
      return choose(input.text, wordMap(tr, 'words-units') as Record<string, Units>, hint, tr);
    const result = choose(input.value, { km: 'km', mi: 'mi' } as Record<string, Units>, hint, tr);
    return result.ok ? result : forged(tr);
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
  menu: { label: 'step-tz-menu', section: 'settings' },
  ask: (_a, tr = ENGLISH) => ({ text: tr('step-tz-ask'), rows: [] }),
  current: (a) => a.timeZone,
  parse: (input, _a, ctx) =>
    input.kind === 'text' ? parseTimeZone(input.text, ctx.now, trOf(ctx)) : forged(trOf(ctx)),
  apply: (match, _a, ctx) =>
    accept({ timeZone: match.zone }, undefined, timeZoneConfirmation(match, ctx.now, trOf(ctx))),
});

/** The goal race: a standard distance, or "Another distance" (→ `goalCustom`). @example goalStep.code; // 'goal' */
export const goalStep = defineStep<number | 'custom'>({
  id: 'goal',
  code: 'goal',
  kind: 'question',
  menu: { label: 'step-goal-menu', section: 'profile' },
  ask: (_a, tr = ENGLISH) => ({
    text: tr('step-goal-ask'),
    rows: [
      ...chunk(
        STANDARD_DISTANCES.map((d) => ({ value: d.code, text: raceNameByCode(tr, d.code) })),
        2,
      ),
      [{ value: 'custom', text: tr('step-goal-other') }],
    ],
  }),
  current: goalCurrent,
  parse: (input, a, ctx) => {
    const tr = trOf(ctx);
    if (input.kind === 'button') {
      if (input.value === 'custom') return { ok: true, value: 'custom' };
      const standard = STANDARD_DISTANCES.find((d) => d.code === input.value);
      return standard ? { ok: true, value: standard.km } : forged(tr);
    }
    if (isWord(input.text, wordSet(tr, 'words-custom'))) return { ok: true, value: 'custom' };
    return parseDistance(input.text, a.units ?? 'km', tr);
  },
  apply: (km, a) => (km === 'custom' ? accept({}, 'goalCustom') : accept(goalPatch(km, a.units ?? 'km'))),
});

/** A goal distance typed in after "Another distance". @example goalCustomStep.followUpOf; // 'goal' */
export const goalCustomStep = defineStep<number>({
  id: 'goalCustom',
  code: 'gcust',
  kind: 'followUp',
  followUpOf: 'goal',
  ask: (a, tr = ENGLISH) => ({
    text: tr('step-goal-custom-ask', { unit: tr(a.units === 'mi' ? 'unit-name-mi' : 'unit-name-km') }),
    rows: [],
  }),
  current: goalCurrent,
  parse: (input, a, ctx) =>
    input.kind === 'text' ? parseDistance(input.text, a.units ?? 'km', trOf(ctx)) : forged(trOf(ctx)),
  apply: (km, a) => accept(goalPatch(km, a.units ?? 'km')),
});

/** The race date, in the runner's own "today". @example raceDateStep.code; // 'date' */
export const raceDateStep = defineStep<string>({
  id: 'raceDate',
  code: 'date',
  kind: 'question',
  menu: { label: 'step-date-menu', section: 'profile' },
  ask: (_a, tr = ENGLISH) => ({ text: tr('step-date-ask'), rows: [] }),
  current: (a, tr = ENGLISH) => a.raceDate && localDateLong(tr, a.raceDate),
  parse: (input, a, ctx) =>
    input.kind === 'text'
      ? parseRaceDate(input.text, { now: ctx.now, timeZone: a.timeZone, t: trOf(ctx) })
      : forged(trOf(ctx)),
  apply: (date, a, ctx) => {
    const tr = trOf(ctx);
    const weeks = Math.max(0, weeksUntil(date, ctx.now, a.timeZone));
    return accept(
      { raceDate: date },
      undefined,
      tr('step-date-accepted', { date: localDateLong(tr, date), weeks }),
    );
  },
});
