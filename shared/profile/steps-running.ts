// The runner's running: experience, years, weekly volume, longest recent run, training days, long-run day.
import type { Translator } from '../i18n/index.js';
import type { DraftAnswers } from './dialog-state.js';
import { chunk } from './keyboard.js';
import { dayName, ENGLISH, localDistance, wordMap, wordSet } from './local-format.js';
import { cleanAnswer, ownValue } from './normalize-input.js';
import { parseLongestRun, parseWeeklyVolume, parseYearsRunning } from './parse-measures.js';
import type { ParseResult } from './parse-result.js';
import { parseWeekdayName, parseWeekdays } from './parse-weekdays.js';
import { type Experience, KM_PER_MILE, type Units } from './profile.js';
import {
  accept,
  choose,
  defineStep,
  forged,
  isWord,
  pickButton,
  type StepOutcome,
  trOf,
} from './step-definition.js';

/** Quick-pick weekly volumes per unit system (values in those units). @example VOLUME_CHOICES.mi[1]; // 5 */
export const VOLUME_CHOICES = { km: [0, 10, 20, 30, 40, 50, 60], mi: [0, 5, 10, 15, 20, 30, 40] } as const;
/** Quick-pick longest runs per unit system (values in those units). @example LONGEST_RUN_CHOICES.km[2]; // 8 */
export const LONGEST_RUN_CHOICES = {
  km: [0, 5, 8, 10, 15, 20, 25, 30],
  mi: [0, 3, 5, 6, 10, 13, 16, 20],
} as const;
/** Quick-pick years of running. @example YEARS_CHOICES[0]; // 0 */
export const YEARS_CHOICES = [0, 1, 2, 3, 5, 10] as const;

const EXPERIENCE: Readonly<Record<string, Experience>> = {
  beginner: 'beginner',
  intermediate: 'intermediate',
  advanced: 'advanced',
};

/** A quick-pick button value like `20km` / `10mi`, only for the values offered in that unit. */
function readDistanceButton(
  value: string,
  choices: { km: readonly number[]; mi: readonly number[] },
  tr: Translator,
) {
  const match = /^(\d{1,3})(km|mi)$/.exec(value);
  const u = match?.[2] as Units | undefined;
  const amount = Number(match?.[1]);
  if (!match || !u || !choices[u].includes(amount)) return forged<number>(tr);
  return { ok: true, value: Math.round(amount * (u === 'mi' ? KM_PER_MILE : 1) * 10) / 10 } as const;
}

function distanceChoices(choices: readonly number[], u: Units, zero: string, tr: Translator) {
  return choices.map((v) => ({
    value: `${v}${u}`,
    text: v === 0 ? zero : localDistance(tr, v * (u === 'mi' ? KM_PER_MILE : 1), u),
  }));
}

/** Self-described level. @example experienceStep.code; // 'exp' */
export const experienceStep = defineStep<Experience>({
  id: 'experience',
  code: 'exp',
  kind: 'question',
  menu: { label: 'step-exp-menu', section: 'profile' },
  ask: (_a, tr = ENGLISH) => ({
    text: tr('step-exp-ask'),
    rows: [
      [{ value: 'beginner', text: tr('step-exp-beginner') }],
      [{ value: 'intermediate', text: tr('step-exp-intermediate') }],
      [{ value: 'advanced', text: tr('step-exp-advanced') }],
    ],
  }),
  current: (a, tr = ENGLISH) => a.experience && tr('step-exp-current', { level: a.experience }),
  parse: (input, _a, ctx) => {
    const tr = trOf(ctx);
    if (input.kind === 'text') {
      const words = wordMap(tr, 'words-experience') as Record<string, Experience>;
      return choose(input.text, words, tr('step-exp-hint'), tr);
    }
    const e = ownValue(EXPERIENCE, input.value);
    return e && input.value === e ? { ok: true, value: e } : forged(tr);
  },
  apply: (experience) => accept({ experience }),
});

/** Years of running (checked against the age). @example yearsRunningStep.code; // 'years' */
export const yearsRunningStep = defineStep<number>({
  id: 'yearsRunning',
  code: 'years',
  kind: 'question',
  menu: { label: 'step-years-menu', section: 'profile' },
  ask: (_a, tr = ENGLISH) => ({
    text: tr('step-years-ask'),
    rows: chunk(
      YEARS_CHOICES.map((y) => ({
        value: String(y),
        text: y === 0 ? tr('step-years-zero') : tr('step-years-choice', { years: y }),
      })),
      3,
    ),
  }),
  current: (a) => (a.yearsRunning === undefined ? undefined : `${a.yearsRunning}`),
  parse: (input, a, ctx) => {
    const tr = trOf(ctx);
    if (input.kind === 'button')
      return pickButton(input.value, YEARS_CHOICES as readonly number[], Number, tr);
    if (isWord(input.text, wordSet(tr, 'words-just-starting'))) return { ok: true, value: 0 };
    return parseYearsRunning(input.text, { age: a.age }, tr);
  },
  apply: (yearsRunning) => accept({ yearsRunning }),
});

/** Current weekly distance: where the plan starts. @example weeklyVolumeStep.code; // 'vol' */
export const weeklyVolumeStep = defineStep<number>({
  id: 'weeklyVolume',
  code: 'vol',
  kind: 'question',
  menu: { label: 'step-vol-menu', section: 'profile' },
  ask: (a, tr = ENGLISH) => {
    const u = a.units ?? 'km';
    return {
      text: tr('step-vol-ask', { unit: tr(`unit-name-${u}`) }),
      rows: chunk(distanceChoices(VOLUME_CHOICES[u], u, tr('step-vol-zero'), tr), 4),
    };
  },
  current: (a, tr = ENGLISH) =>
    a.weeklyVolumeKm === undefined ? undefined : localDistance(tr, a.weeklyVolumeKm, a.units ?? 'km'),
  parse: (input, a, ctx) => {
    const tr = trOf(ctx);
    if (input.kind === 'button') return readDistanceButton(input.value, VOLUME_CHOICES, tr);
    if (isWord(input.text, wordSet(tr, 'words-no-running'))) return { ok: true, value: 0 };
    return parseWeeklyVolume(input.text, a.units ?? 'km', tr);
  },
  apply: (weeklyVolumeKm) => accept({ weeklyVolumeKm }),
});

/**
 * The longest single run of the last month (km, 0–100): week 1's long run starts there (the
 * single-run spike rule). Skippable: the field stays absent and the planner estimates from the
 * weekly volume.
 *
 * @example
 * longestRunStep.parse({ kind: 'text', text: '12 km' }, { units: 'km' }, ctx); // { ok: true, value: 12 }
 */
export const longestRunStep = defineStep<number | null>({
  id: 'longestRun',
  code: 'lrun',
  kind: 'question',
  menu: { label: 'step-lrun-menu', section: 'profile' },
  ask: (a, tr = ENGLISH) => {
    const u = a.units ?? 'km';
    return {
      text: tr('step-lrun-ask', { unit: tr(`unit-name-${u}`) }),
      rows: [
        ...chunk(distanceChoices(LONGEST_RUN_CHOICES[u], u, tr('step-lrun-zero'), tr), 4),
        [{ value: 'skip', text: tr('step-lrun-skip') }],
      ],
    };
  },
  current: (a, tr = ENGLISH) =>
    a.longestRunKm !== undefined
      ? localDistance(tr, a.longestRunKm, a.units ?? 'km')
      : a.longestRunAnswered
        ? tr('profile-skipped')
        : undefined,
  parse: (input, a, ctx): ParseResult<number | null> => {
    const tr = trOf(ctx);
    if (input.kind === 'button') {
      return input.value === 'skip'
        ? { ok: true, value: null }
        : readDistanceButton(input.value, LONGEST_RUN_CHOICES, tr);
    }
    if (isWord(input.text, wordSet(tr, 'words-not-sure'))) return { ok: true, value: null };
    if (isWord(input.text, wordSet(tr, 'words-no-running'))) return { ok: true, value: 0 };
    return parseLongestRun(input.text, a.units ?? 'km', tr);
  },
  apply: (km) => accept({ longestRunKm: km ?? undefined, longestRunAnswered: true }),
  fromProfile: () => ({ longestRunAnswered: true }),
  summaryLine: (p, tr = ENGLISH) =>
    tr('step-lrun-summary', {
      distance:
        p.longestRunKm === undefined ? tr('step-lrun-not-given') : localDistance(tr, p.longestRunKm, p.units),
    }),
});

function trainingDaysAccepted(days: number[], a: DraftAnswers, tr: Translator): StepOutcome {
  if (days.length < 2) return { kind: 'invalid', error: tr('step-days-too-few') };
  const keepLong = a.longRunDay !== undefined && days.includes(a.longRunDay);
  return accept(
    { trainingDays: days, draftDays: undefined, longRunDay: keepLong ? a.longRunDay : undefined },
    keepLong ? undefined : 'longRunDay',
  );
}

type DaysAnswer = { readonly toggle: number } | { readonly done: true } | { readonly days: number[] };

/** Training days: toggled with buttons (edited in place) and Done, or typed. @example trainingDaysStep.code; // 'days' */
export const trainingDaysStep = defineStep<DaysAnswer>({
  id: 'trainingDays',
  code: 'days',
  kind: 'question',
  menu: { label: 'step-days-menu', section: 'profile' },
  keepButton: false,
  ask: (a, tr = ENGLISH) => {
    const selected = new Set(a.draftDays ?? a.trainingDays ?? []);
    const days = [1, 2, 3, 4, 5, 6, 7].map((d) => ({
      value: `t${d}`,
      text: `${selected.has(d) ? '✅ ' : ''}${dayName(tr, d, 'short')}`,
    }));
    const chosen = [...selected]
      .sort((x, y) => x - y)
      .map((d) => dayName(tr, d, 'short'))
      .join(', ');
    return {
      text: `${tr('step-days-ask')}${chosen ? `\n${tr('step-days-selected', { days: chosen })}` : ''}`,
      rows: [
        days.slice(0, 4),
        days.slice(4),
        [{ value: 'done', text: tr('step-days-done', { count: selected.size }) }],
      ],
    };
  },
  current: (a, tr = ENGLISH) => a.trainingDays?.map((d) => dayName(tr, d, 'short')).join(', '),
  parse: (input, _a, ctx) => {
    const tr = trOf(ctx);
    if (input.kind === 'text') {
      const days = parseWeekdays(input.text, tr);
      return days.ok ? { ok: true, value: { days: days.value } } : days;
    }
    if (input.value === 'done') return { ok: true, value: { done: true } };
    const match = /^t([1-7])$/.exec(input.value);
    return match ? { ok: true, value: { toggle: Number(match[1]) } } : forged(tr);
  },
  apply: (answer, a, ctx) => {
    const tr = trOf(ctx);
    const current = a.draftDays ?? a.trainingDays ?? [];
    if ('days' in answer) return trainingDaysAccepted(answer.days, a, tr);
    if ('done' in answer)
      return trainingDaysAccepted(
        [...current].sort((x, y) => x - y),
        a,
        tr,
      );
    const day = answer.toggle;
    const next = current.includes(day) ? current.filter((d) => d !== day) : [...current, day];
    return { kind: 'stay', patch: { draftDays: next.sort((x, y) => x - y) } };
  },
  // The toggles work on a draft that starts from the saved days and is dropped on leaving.
  enter: (a) => ({ draftDays: a.draftDays ?? a.trainingDays ?? [] }),
  leave: { draftDays: undefined },
});

/** The long-run day: one of the training days. @example longRunDayStep.code; // 'long' */
export const longRunDayStep = defineStep<number>({
  id: 'longRunDay',
  code: 'long',
  kind: 'question',
  menu: { label: 'step-long-menu', section: 'profile' },
  ask: (a, tr = ENGLISH) => ({
    text: tr('step-long-ask'),
    rows: chunk(
      (a.trainingDays ?? []).map((d) => ({ value: String(d), text: dayName(tr, d) })),
      4,
    ),
  }),
  current: (a, tr = ENGLISH) => (a.longRunDay === undefined ? undefined : dayName(tr, a.longRunDay)),
  parse: (input, a, ctx) => {
    const tr = trOf(ctx);
    const days = a.trainingDays ?? [];
    const options = days.map((d) => dayName(tr, d)).join(', ');
    const isButton = input.kind === 'button';
    const day = isButton
      ? /^[1-7]$/.test(input.value)
        ? Number(input.value)
        : undefined
      : parseWeekdayName(cleanAnswer(input.text, '').ok ? input.text.trim() : '', tr.locale);
    if (day === undefined)
      return isButton ? forged(tr) : { ok: false, error: tr('step-long-pick', { options }) };
    if (!days.includes(day)) {
      return isButton
        ? forged(tr)
        : { ok: false, error: tr('step-long-not-training', { day: dayName(tr, day), options }) };
    }
    return { ok: true, value: day };
  },
  apply: (longRunDay) => accept({ longRunDay }),
});
