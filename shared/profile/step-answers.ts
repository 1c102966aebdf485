import { DateTime } from 'luxon';
import type { DialogState, DraftAnswers, EditableField, StepId } from './dialog-state.js';
import { EDITABLE_FIELDS } from './dialog-state.js';
import { escapeHtml } from './escape-html.js';
import { formatDateLong, formatDuration, formatProfileDistance, WEEKDAY_NAMES } from './format.js';
import { cleanAnswer, ownValue } from './normalize-input.js';
import { localToday, parseRaceDate } from './parse-date.js';
import { parseDistance } from './parse-distance.js';
import {
  parseAge,
  parseHeight,
  parseWeeklyVolume,
  parseWeight,
  parseYearsRunning,
} from './parse-measures.js';
import type { ParseResult } from './parse-result.js';
import { parseRaceTime, parseReminderHour } from './parse-time.js';
import { parseTimeZone } from './parse-timezone.js';
import { parseWeekdayName, parseWeekdays } from './parse-weekdays.js';
import { goalLabelFor, KM_PER_MILE, STANDARD_DISTANCES, type Units } from './profile.js';
import { FIELD_LABELS, REMINDER_HOURS, VOLUME_CHOICES, YEARS_CHOICES } from './steps.js';
import { timeZoneConfirmation } from './texts.js';

/** An answer as the step sees it: typed text or the value part of a validated button. */
export type StepInput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'button'; readonly value: string };

/** Changes to the answers; `undefined` removes a field (e.g. a long-run day no longer among the days). */
export type DraftPatch = { [K in keyof DraftAnswers]?: DraftAnswers[K] | undefined };

/**
 * What a step decided about an answer. `accept` moves on (to `next`, or the natural next step),
 * `stay` updates the answers but keeps asking the same question (day toggles), `invalid` stores
 * nothing and re-asks with `error`.
 *
 * @example
 * const outcome: StepOutcome = { kind: 'invalid', error: 'Please send a number.' };
 */
export type StepOutcome =
  | { readonly kind: 'accept'; readonly patch: DraftPatch; readonly next?: StepId; readonly note?: string }
  | { readonly kind: 'stay'; readonly patch: DraftPatch }
  | { readonly kind: 'invalid'; readonly error: string }
  | { readonly kind: 'confirm' }
  | { readonly kind: 'openEditMenu' }
  | { readonly kind: 'editField'; readonly field: EditableField };

const FORGED = "I didn't recognise that button — nothing changed.";

const invalid = (error: string): StepOutcome => ({ kind: 'invalid', error });
const fromParse = <T>(result: ParseResult<T>, onOk: (value: T) => StepOutcome): StepOutcome =>
  result.ok ? onOk(result.value) : invalid(result.error);

/** Matches typed text against synonyms of button choices ("F", "woman" → female). */
function choose<T>(text: string, choices: Record<string, T>, hint: string): ParseResult<T> {
  const cleaned = cleanAnswer(text, hint);
  if (!cleaned.ok) return cleaned;
  const key = cleaned.value
    .toLowerCase()
    .replace(/[.!]+$/, '')
    .trim();
  const value = ownValue(choices, key);
  return value === undefined ? { ok: false, error: `I didn't catch that. ${hint}` } : { ok: true, value };
}

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
const GENDERS: Record<string, 'male' | 'female' | 'other'> = {
  male: 'male',
  m: 'male',
  man: 'male',
  female: 'female',
  f: 'female',
  woman: 'female',
  other: 'other',
  'non-binary': 'other',
  nonbinary: 'other',
  'prefer not to say': 'other',
};
const EXPERIENCE: Record<string, 'beginner' | 'intermediate' | 'advanced'> = {
  beginner: 'beginner',
  new: 'beginner',
  intermediate: 'intermediate',
  advanced: 'advanced',
  experienced: 'advanced',
};
const SKIP = new Set(['skip', 'no', 'none', 'nope', 'n/a', '-', 'no race']);
const YES = new Set(['yes', 'y', 'ok', 'okay', 'save', 'looks good', 'correct', 'confirm', '👍', '✅']);
const EDIT = new Set(['edit', 'change', 'change something', 'no', 'fix']);

function isWord(text: string, words: Set<string>): boolean {
  return words.has(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[.!]+$/, '')
      .trim(),
  );
}

function goalPatch(km: number, units: Units): DraftPatch {
  return { goalDistanceKm: km, goalLabel: goalLabelFor(km, units) };
}

function weeksUntil(isoDate: string, now: Date, zone: string | undefined): number {
  const today = DateTime.fromISO(localToday(now, zone), { zone: 'UTC' });
  return Math.floor(DateTime.fromISO(isoDate, { zone: 'UTC' }).diff(today, 'days').days / 7);
}

/** "10k 45:30", "half in 1:45:30": a distance and a time in one answer. */
function parseCombinedRace(
  text: string,
  units: Units,
): { distanceKm: number; timeSeconds: number } | undefined {
  const tokens = text.trim().split(/\s+/).slice(0, 8);
  for (let i = 1; i < tokens.length; i++) {
    const right = tokens.slice(i);
    if (right[0]?.toLowerCase() === 'in') right.shift();
    const distance = parseDistance(tokens.slice(0, i).join(' '), units);
    if (!distance.ok || right.length === 0) continue;
    const time = parseRaceTime(right.join(' '), distance.value);
    if (time.ok) return { distanceKm: distance.value, timeSeconds: time.value };
  }
  return undefined;
}

function trainingDaysAccepted(days: number[], a: DraftAnswers): StepOutcome {
  if (days.length < 2)
    return invalid('Pick at least 2 days — running twice a week is the minimum for a plan.');
  const keepLong = a.longRunDay !== undefined && days.includes(a.longRunDay);
  return {
    kind: 'accept',
    patch: { trainingDays: days, draftDays: undefined, longRunDay: keepLong ? a.longRunDay : undefined },
    ...(keepLong ? {} : { next: 'longRunDay' as const }),
  };
}

/**
 * Applies one answer to the current step. Pure: the caller merges the patch into a new state.
 *
 * @example
 * answerStep(state, { kind: 'text', text: '34' }, { now: new Date() }); // { kind: 'accept', patch: { age: 34 } }
 */
export function answerStep(state: DialogState, input: StepInput, ctx: { now: Date }): StepOutcome {
  const a = state.answers;
  const units: Units = a.units ?? 'km';
  const text = input.kind === 'text' ? input.text : undefined;
  const button = input.kind === 'button' ? input.value : undefined;

  switch (state.step) {
    case 'units': {
      const hint = 'Tap Kilometres or Miles, or type km or miles.';
      const result =
        button !== undefined
          ? choose(button, { km: 'km', mi: 'mi' } as Record<string, Units>, hint)
          : choose(text!, UNITS, hint);
      if (!result.ok && button !== undefined) return invalid(FORGED);
      return fromParse(result, (u) => {
        const custom =
          a.goalDistanceKm !== undefined && !STANDARD_DISTANCES.some((d) => d.km === a.goalDistanceKm);
        return { kind: 'accept', patch: { units: u, ...(custom ? goalPatch(a.goalDistanceKm!, u) : {}) } };
      });
    }
    case 'timeZone':
      if (button !== undefined) return invalid(FORGED);
      return fromParse(parseTimeZone(text!, ctx.now), (match) => ({
        kind: 'accept',
        patch: { timeZone: match.zone },
        note: timeZoneConfirmation(match, ctx.now),
      }));
    case 'goal': {
      if (button !== undefined) {
        if (button === 'custom') return { kind: 'accept', patch: {}, next: 'goalCustom' };
        const standard = STANDARD_DISTANCES.find((d) => d.code === button);
        return standard ? { kind: 'accept', patch: goalPatch(standard.km, units) } : invalid(FORGED);
      }
      if (isWord(text!, new Set(['custom', 'other', 'another distance', 'another']))) {
        return { kind: 'accept', patch: {}, next: 'goalCustom' };
      }
      return fromParse(parseDistance(text!, units), (km) => ({
        kind: 'accept',
        patch: goalPatch(km, units),
      }));
    }
    case 'goalCustom':
      if (button !== undefined) return invalid(FORGED);
      return fromParse(parseDistance(text!, units), (km) => ({
        kind: 'accept',
        patch: goalPatch(km, units),
      }));
    case 'raceDate':
      if (button !== undefined) return invalid(FORGED);
      return fromParse(parseRaceDate(text!, { now: ctx.now, timeZone: a.timeZone }), (date) => {
        const weeks = weeksUntil(date, ctx.now, a.timeZone);
        const span = weeks < 1 ? 'less than a week away' : `${weeks} week${weeks === 1 ? '' : 's'} away`;
        return { kind: 'accept', patch: { raceDate: date }, note: `📅 ${formatDateLong(date)} — ${span}.` };
      });
    case 'gender': {
      const hint = 'Tap one of the buttons, or type male, female or other.';
      if (button !== undefined) {
        const g = ownValue(GENDERS, button);
        return g && g === button ? { kind: 'accept', patch: { gender: g } } : invalid(FORGED);
      }
      return fromParse(choose(text!, GENDERS, hint), (g) => ({ kind: 'accept', patch: { gender: g } }));
    }
    case 'age':
      if (button !== undefined) return invalid(FORGED);
      return fromParse(parseAge(text!), (age) => ({ kind: 'accept', patch: { age } }));
    case 'height':
      if (button !== undefined) return invalid(FORGED);
      return fromParse(parseHeight(text!, units), (heightCm) => ({ kind: 'accept', patch: { heightCm } }));
    case 'weight':
      if (button !== undefined) return invalid(FORGED);
      return fromParse(parseWeight(text!, units), (weightKg) => ({ kind: 'accept', patch: { weightKg } }));
    case 'experience': {
      const hint = 'Tap one of the buttons, or type beginner, intermediate or advanced.';
      if (button !== undefined) {
        const e = ownValue(EXPERIENCE, button);
        return e && button === e ? { kind: 'accept', patch: { experience: e } } : invalid(FORGED);
      }
      return fromParse(choose(text!, EXPERIENCE, hint), (e) => ({
        kind: 'accept',
        patch: { experience: e },
      }));
    }
    case 'yearsRunning': {
      if (button !== undefined) {
        const years = Number(button);
        return (YEARS_CHOICES as readonly number[]).includes(years) && String(years) === button
          ? { kind: 'accept', patch: { yearsRunning: years } }
          : invalid(FORGED);
      }
      if (isWord(text!, new Set(['just starting', 'none', 'never'])))
        return { kind: 'accept', patch: { yearsRunning: 0 } };
      return fromParse(parseYearsRunning(text!, { age: a.age }), (y) => ({
        kind: 'accept',
        patch: { yearsRunning: y },
      }));
    }
    case 'weeklyVolume': {
      if (button !== undefined) {
        const match = /^(\d{1,3})(km|mi)$/.exec(button);
        const u = match?.[2] as Units | undefined;
        const value = Number(match?.[1]);
        if (!match || !u || !(VOLUME_CHOICES[u] as readonly number[]).includes(value)) return invalid(FORGED);
        return {
          kind: 'accept',
          patch: { weeklyVolumeKm: Math.round(value * (u === 'mi' ? KM_PER_MILE : 1) * 10) / 10 },
        };
      }
      if (isWord(text!, new Set(['not running yet', 'none', 'nothing'])))
        return { kind: 'accept', patch: { weeklyVolumeKm: 0 } };
      return fromParse(parseWeeklyVolume(text!, units), (km) => ({
        kind: 'accept',
        patch: { weeklyVolumeKm: km },
      }));
    }
    case 'trainingDays': {
      const current = a.draftDays ?? a.trainingDays ?? [];
      if (button === 'done')
        return trainingDaysAccepted(
          [...current].sort((x, y) => x - y),
          a,
        );
      if (button !== undefined) {
        const match = /^t([1-7])$/.exec(button);
        if (!match) return invalid(FORGED);
        const day = Number(match[1]);
        const next = current.includes(day) ? current.filter((d) => d !== day) : [...current, day];
        return { kind: 'stay', patch: { draftDays: next.sort((x, y) => x - y) } };
      }
      return fromParse(parseWeekdays(text!), (days) => trainingDaysAccepted(days, a));
    }
    case 'longRunDay': {
      const days = a.trainingDays ?? [];
      const options = days.map((d) => WEEKDAY_NAMES[d]).join(', ');
      const day =
        button !== undefined
          ? /^[1-7]$/.test(button)
            ? Number(button)
            : undefined
          : parseWeekdayName(cleanAnswer(text!, '').ok ? text!.trim() : '');
      if (day === undefined)
        return invalid(button !== undefined ? FORGED : `Please pick one of your training days: ${options}.`);
      if (!days.includes(day)) {
        return invalid(
          button !== undefined
            ? FORGED
            : `${WEEKDAY_NAMES[day]} isn't one of your training days. Pick one of: ${options}.`,
        );
      }
      return { kind: 'accept', patch: { longRunDay: day } };
    }
    case 'recentRace': {
      const skip: StepOutcome = {
        kind: 'accept',
        patch: { recentRace: undefined, recentRaceAnswered: true, pendingRaceKm: undefined },
      };
      if (button !== undefined) {
        if (button === 'skip') return skip;
        const standard = STANDARD_DISTANCES.find((d) => d.code === button);
        return standard
          ? { kind: 'accept', patch: { pendingRaceKm: standard.km }, next: 'recentRaceTime' }
          : invalid(FORGED);
      }
      if (isWord(text!, SKIP)) return skip;
      const cleaned = cleanAnswer(text!, '');
      const combined = cleaned.ok ? parseCombinedRace(cleaned.value, units) : undefined;
      if (combined) {
        return {
          kind: 'accept',
          patch: { recentRace: combined, recentRaceAnswered: true, pendingRaceKm: undefined },
          note: `🏁 ${escapeHtml(formatProfileDistance(combined.distanceKm, units, true))} in ${formatDuration(combined.timeSeconds)} — noted.`,
        };
      }
      return fromParse(parseDistance(text!, units), (km) => ({
        kind: 'accept',
        patch: { pendingRaceKm: km },
        next: 'recentRaceTime',
      }));
    }
    case 'recentRaceTime': {
      const skip: StepOutcome = {
        kind: 'accept',
        patch: { recentRace: undefined, recentRaceAnswered: true, pendingRaceKm: undefined },
      };
      if (button !== undefined) return button === 'skip' ? skip : invalid(FORGED);
      if (isWord(text!, SKIP)) return skip;
      const km = a.pendingRaceKm;
      if (km === undefined) return { kind: 'accept', patch: {}, next: 'recentRace' };
      return fromParse(parseRaceTime(text!, km), (timeSeconds) => ({
        kind: 'accept',
        patch: {
          recentRace: { distanceKm: km, timeSeconds },
          recentRaceAnswered: true,
          pendingRaceKm: undefined,
        },
      }));
    }
    case 'reminderHour': {
      if (button !== undefined) {
        const hour = Number(button);
        return (REMINDER_HOURS as readonly number[]).includes(hour) && String(hour) === button
          ? { kind: 'accept', patch: { reminderHour: hour } }
          : invalid(FORGED);
      }
      return fromParse(parseReminderHour(text!), (hour) => ({
        kind: 'accept',
        patch: { reminderHour: hour },
      }));
    }
    case 'summary':
      if (button === 'ok' || (text !== undefined && isWord(text, YES))) return { kind: 'confirm' };
      if (button === 'edit' || (text !== undefined && isWord(text, EDIT))) return { kind: 'openEditMenu' };
      return invalid(
        button !== undefined ? FORGED : 'Tap ✅ Save if everything is right, or ✏️ Change something.',
      );
    case 'editMenu': {
      const key = (button ?? text ?? '')
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const field = EDITABLE_FIELDS.find(
        (f) =>
          f.toLowerCase() === key ||
          (text !== undefined && FIELD_LABELS[f].toLowerCase().replace(/[^a-z]/g, '') === key),
      );
      if (field) return { kind: 'editField', field };
      return invalid(button !== undefined ? FORGED : 'Tap the field you want to change.');
    }
    case 'finished':
      return invalid('Your profile is already saved. Send /profile to change something.');
  }
}
