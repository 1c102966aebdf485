// The runner's running: experience, years, weekly volume, longest recent run, training days, long-run day.
import type { DraftAnswers } from './dialog-state.js';
import { formatProfileDistance, WEEKDAY_NAMES, WEEKDAY_SHORT } from './format.js';
import { chunk } from './keyboard.js';
import { cleanAnswer, ownValue } from './normalize-input.js';
import { parseLongestRun, parseWeeklyVolume, parseYearsRunning } from './parse-measures.js';
import type { ParseResult } from './parse-result.js';
import { parseWeekdayName, parseWeekdays } from './parse-weekdays.js';
import { type Experience, KM_PER_MILE, type Units } from './profile.js';
import {
  accept,
  choose,
  defineStep,
  FORGED,
  forged,
  isWord,
  pickButton,
  type StepOutcome,
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

const EXPERIENCE: Record<string, Experience> = {
  beginner: 'beginner',
  new: 'beginner',
  intermediate: 'intermediate',
  advanced: 'advanced',
  experienced: 'advanced',
};
const EXPERIENCE_HINT = 'Tap one of the buttons, or type beginner, intermediate or advanced.';
const NO_RUNNING = new Set(['not running yet', 'none', 'nothing']);
const NOT_SURE = new Set(['skip', 'not sure', "don't know", 'dont know', 'no idea', '?', '-', 'n/a']);

/** A quick-pick button value like `20km` / `10mi`, only for the values offered in that unit. */
function readDistanceButton(value: string, choices: { km: readonly number[]; mi: readonly number[] }) {
  const match = /^(\d{1,3})(km|mi)$/.exec(value);
  const u = match?.[2] as Units | undefined;
  const amount = Number(match?.[1]);
  if (!match || !u || !choices[u].includes(amount)) return forged<number>();
  return { ok: true, value: Math.round(amount * (u === 'mi' ? KM_PER_MILE : 1) * 10) / 10 } as const;
}

function distanceChoices(choices: readonly number[], u: Units, zero: string) {
  return choices.map((v) => ({ value: `${v}${u}`, text: v === 0 ? zero : `${v} ${u}` }));
}

/** Self-described level. @example experienceStep.code; // 'exp' */
export const experienceStep = defineStep<Experience>({
  id: 'experience',
  code: 'exp',
  kind: 'question',
  menu: { label: 'Experience', section: 'profile' },
  ask: () => ({
    text: 'How would you describe yourself as a runner?',
    rows: [
      [{ value: 'beginner', text: 'Beginner — new or returning' }],
      [{ value: 'intermediate', text: 'Intermediate — running regularly' }],
      [{ value: 'advanced', text: 'Advanced — structured training, races' }],
    ],
  }),
  current: (a) => a.experience,
  parse: (input) => {
    if (input.kind === 'text') return choose(input.text, EXPERIENCE, EXPERIENCE_HINT);
    const e = ownValue(EXPERIENCE, input.value);
    return e && input.value === e ? { ok: true, value: e } : forged();
  },
  apply: (experience) => accept({ experience }),
});

/** Years of running (checked against the age). @example yearsRunningStep.code; // 'years' */
export const yearsRunningStep = defineStep<number>({
  id: 'yearsRunning',
  code: 'years',
  kind: 'question',
  menu: { label: 'Years running', section: 'profile' },
  ask: () => ({
    text: 'How many years have you been running? Tap or type a number.',
    rows: chunk(
      YEARS_CHOICES.map((y) => ({
        value: String(y),
        text: y === 0 ? 'Just starting' : `${y} year${y === 1 ? '' : 's'}`,
      })),
      3,
    ),
  }),
  current: (a) => (a.yearsRunning === undefined ? undefined : `${a.yearsRunning}`),
  parse: (input, a) => {
    if (input.kind === 'button') return pickButton(input.value, YEARS_CHOICES as readonly number[], Number);
    if (isWord(input.text, new Set(['just starting', 'none', 'never']))) return { ok: true, value: 0 };
    return parseYearsRunning(input.text, { age: a.age });
  },
  apply: (yearsRunning) => accept({ yearsRunning }),
});

/** Current weekly distance: where the plan starts. @example weeklyVolumeStep.code; // 'vol' */
export const weeklyVolumeStep = defineStep<number>({
  id: 'weeklyVolume',
  code: 'vol',
  kind: 'question',
  menu: { label: 'Weekly volume', section: 'profile' },
  ask: (a) => {
    const u = a.units ?? 'km';
    return {
      text: `How far do you run in a typical week right now (in ${u})? I start your plan from there so the build-up is safe.`,
      rows: chunk(distanceChoices(VOLUME_CHOICES[u], u, 'Not running yet'), 4),
    };
  },
  current: (a) =>
    a.weeklyVolumeKm === undefined ? undefined : formatProfileDistance(a.weeklyVolumeKm, a.units ?? 'km'),
  parse: (input, a) => {
    if (input.kind === 'button') return readDistanceButton(input.value, VOLUME_CHOICES);
    if (isWord(input.text, NO_RUNNING)) return { ok: true, value: 0 };
    return parseWeeklyVolume(input.text, a.units ?? 'km');
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
  menu: { label: 'Longest run', section: 'profile' },
  ask: (a) => {
    const u = a.units ?? 'km';
    return {
      text: `What is the longest single run you did in the last month (in ${u})? Your first long runs start from there, so they are a safe step up. Tap, type it, or skip if you're not sure.`,
      rows: [
        ...chunk(distanceChoices(LONGEST_RUN_CHOICES[u], u, 'No runs yet'), 4),
        [{ value: 'skip', text: 'Skip — not sure' }],
      ],
    };
  },
  current: (a) =>
    a.longestRunKm !== undefined
      ? formatProfileDistance(a.longestRunKm, a.units ?? 'km')
      : a.longestRunAnswered
        ? 'skipped'
        : undefined,
  parse: (input, a): ParseResult<number | null> => {
    if (input.kind === 'button') {
      return input.value === 'skip'
        ? { ok: true, value: null }
        : readDistanceButton(input.value, LONGEST_RUN_CHOICES);
    }
    if (isWord(input.text, NOT_SURE)) return { ok: true, value: null };
    if (isWord(input.text, NO_RUNNING)) return { ok: true, value: 0 };
    return parseLongestRun(input.text, a.units ?? 'km');
  },
  apply: (km) => accept({ longestRunKm: km ?? undefined, longestRunAnswered: true }),
  fromProfile: () => ({ longestRunAnswered: true }),
  summaryLine: (p) =>
    `🏃 Longest run in the last month: ${p.longestRunKm === undefined ? 'not given' : formatProfileDistance(p.longestRunKm, p.units)}`,
});

function trainingDaysAccepted(days: number[], a: DraftAnswers): StepOutcome {
  if (days.length < 2) {
    return {
      kind: 'invalid',
      error: 'Pick at least 2 days — running twice a week is the minimum for a plan.',
    };
  }
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
  menu: { label: 'Training days', section: 'profile' },
  keepButton: false,
  ask: (a) => {
    const selected = new Set(a.draftDays ?? a.trainingDays ?? []);
    const days = [1, 2, 3, 4, 5, 6, 7].map((d) => ({
      value: `t${d}`,
      text: `${selected.has(d) ? '✅ ' : ''}${WEEKDAY_SHORT[d]}`,
    }));
    const chosen = [...selected]
      .sort((x, y) => x - y)
      .map((d) => WEEKDAY_SHORT[d])
      .join(', ');
    return {
      text: `Which days can you train? Tap to select at least 2, then Done.${chosen ? `\nSelected: ${chosen}` : ''}`,
      rows: [days.slice(0, 4), days.slice(4), [{ value: 'done', text: `Done (${selected.size})` }]],
    };
  },
  current: (a) => a.trainingDays?.map((d) => WEEKDAY_SHORT[d]).join(', '),
  parse: (input) => {
    if (input.kind === 'text') {
      const days = parseWeekdays(input.text);
      return days.ok ? { ok: true, value: { days: days.value } } : days;
    }
    if (input.value === 'done') return { ok: true, value: { done: true } };
    const match = /^t([1-7])$/.exec(input.value);
    return match ? { ok: true, value: { toggle: Number(match[1]) } } : forged();
  },
  apply: (answer, a) => {
    const current = a.draftDays ?? a.trainingDays ?? [];
    if ('days' in answer) return trainingDaysAccepted(answer.days, a);
    if ('done' in answer)
      return trainingDaysAccepted(
        [...current].sort((x, y) => x - y),
        a,
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
  menu: { label: 'Long-run day', section: 'profile' },
  ask: (a) => ({
    text: 'Which day suits your long run? It is the longest session of the week, so pick a day with time to spare.',
    rows: chunk(
      (a.trainingDays ?? []).map((d) => ({ value: String(d), text: WEEKDAY_NAMES[d]! })),
      4,
    ),
  }),
  current: (a) => (a.longRunDay === undefined ? undefined : WEEKDAY_NAMES[a.longRunDay]),
  parse: (input, a) => {
    const days = a.trainingDays ?? [];
    const options = days.map((d) => WEEKDAY_NAMES[d]).join(', ');
    const isButton = input.kind === 'button';
    const day = isButton
      ? /^[1-7]$/.test(input.value)
        ? Number(input.value)
        : undefined
      : parseWeekdayName(cleanAnswer(input.text, '').ok ? input.text.trim() : '');
    if (day === undefined)
      return { ok: false, error: isButton ? FORGED : `Please pick one of your training days: ${options}.` };
    if (!days.includes(day)) {
      return {
        ok: false,
        error: isButton
          ? FORGED
          : `${WEEKDAY_NAMES[day]} isn't one of your training days. Pick one of: ${options}.`,
      };
    }
    return { ok: true, value: day };
  },
  apply: (longRunDay) => accept({ longRunDay }),
});
