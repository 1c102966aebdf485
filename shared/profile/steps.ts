import { encodeCallback } from './callback-data.js';
import type { DialogState, DraftAnswers, EditableField, StepId } from './dialog-state.js';
import { escapeHtml } from './escape-html.js';
import {
  formatDateLong,
  formatDuration,
  formatHeight,
  formatHour,
  formatProfileDistance,
  formatWeight,
  WEEKDAY_NAMES,
  WEEKDAY_SHORT,
} from './format.js';
import { chunk, type Keyboard, type KeyboardButton } from './keyboard.js';
import { goalLabelFor, type RunnerProfile, runnerProfileSchema, STANDARD_DISTANCES } from './profile.js';
import { GREETING, renderProfileSummary } from './texts.js';

/**
 * The order of questions when creating a profile. Units and time zone come first: units tell how to
 * read bare numbers ("72", "25") and the zone tells what "today" is for the race date.
 * `goalCustom` and `recentRaceTime` are follow-ups of `goal` and `recentRace`.
 *
 * @example
 * CREATE_ORDER.at(-1); // 'summary'
 */
export const CREATE_ORDER: readonly StepId[] = [
  'units',
  'timeZone',
  'goal',
  'raceDate',
  'gender',
  'age',
  'height',
  'weight',
  'experience',
  'yearsRunning',
  'weeklyVolume',
  'trainingDays',
  'longRunDay',
  'recentRace',
  'reminderHour',
  'summary',
];

const FOLLOW_UP_OF: Partial<Record<StepId, StepId>> = { goalCustom: 'goal', recentRaceTime: 'recentRace' };

/**
 * The step after `step` in the create flow (follow-ups continue after their parent question).
 *
 * @example
 * nextInOrder('goalCustom'); // 'raceDate'
 */
export function nextInOrder(step: StepId): StepId {
  const base = FOLLOW_UP_OF[step] ?? step;
  const index = CREATE_ORDER.indexOf(base);
  return index < 0 ? 'summary' : (CREATE_ORDER[index + 1] ?? 'summary');
}

/**
 * Button labels of the edit menu, one per editable field.
 *
 * @example
 * FIELD_LABELS.weeklyVolume; // 'Weekly volume'
 */
export const FIELD_LABELS: Record<EditableField, string> = {
  goal: 'Goal distance',
  raceDate: 'Race date',
  gender: 'Gender',
  age: 'Age',
  height: 'Height',
  weight: 'Weight',
  experience: 'Experience',
  yearsRunning: 'Years running',
  weeklyVolume: 'Weekly volume',
  trainingDays: 'Training days',
  longRunDay: 'Long-run day',
  recentRace: 'Recent race',
  units: 'Units',
  timeZone: 'Time zone',
  reminderHour: 'Reminder hour',
};

/** Quick-pick weekly volumes per unit system (values in those units). @example VOLUME_CHOICES.mi[1]; // 5 */
export const VOLUME_CHOICES = { km: [0, 10, 20, 30, 40, 50, 60], mi: [0, 5, 10, 15, 20, 30, 40] } as const;
/** Quick-pick reminder hours. @example REMINDER_HOURS.includes(19); // true */
export const REMINDER_HOURS = [7, 12, 17, 18, 19, 20, 21, 22] as const;
/** Quick-pick years of running. @example YEARS_CHOICES[0]; // 0 */
export const YEARS_CHOICES = [0, 1, 2, 3, 5, 10] as const;

/**
 * Builds a full profile from the answers if every field is there and valid, else `undefined`.
 *
 * @example
 * profileFromAnswers(state.answers)?.goalLabel; // 'Marathon'
 */
export function profileFromAnswers(answers: DraftAnswers): RunnerProfile | undefined {
  const { draftDays: _d, pendingRaceKm: _p, recentRaceAnswered: _r, ...fields } = answers;
  const parsed = runnerProfileSchema.safeParse({ reminderHour: 19, ...fields });
  return parsed.success ? parsed.data : undefined;
}

/**
 * The first create-flow question that has no answer yet (`summary` when all are answered).
 *
 * @example
 * firstUnansweredStep({ units: 'km' }); // 'timeZone'
 */
export function firstUnansweredStep(answers: DraftAnswers): StepId {
  return (
    CREATE_ORDER.find((step) => step !== 'summary' && currentAnswerText(step, answers) === undefined) ??
    'summary'
  );
}

/**
 * The current answer to a step as plain display text (escape it for HTML), or `undefined` if not
 * answered yet.
 *
 * @example
 * currentAnswerText('weight', { units: 'km', weightKg: 72 }); // '72 kg'
 */
export function currentAnswerText(step: StepId, a: DraftAnswers): string | undefined {
  const u = a.units ?? 'km';
  switch (step) {
    case 'units':
      return a.units && (a.units === 'km' ? 'kilometres' : 'miles');
    case 'timeZone':
      return a.timeZone;
    case 'goal':
    case 'goalCustom':
      return a.goalDistanceKm === undefined ? undefined : (a.goalLabel ?? goalLabelFor(a.goalDistanceKm, u));
    case 'raceDate':
      return a.raceDate && formatDateLong(a.raceDate);
    case 'gender':
      return a.gender && { male: 'male', female: 'female', other: 'not specified' }[a.gender];
    case 'age':
      return a.age === undefined ? undefined : `${a.age}`;
    case 'height':
      return a.heightCm === undefined ? undefined : formatHeight(a.heightCm, u);
    case 'weight':
      return a.weightKg === undefined ? undefined : formatWeight(a.weightKg, u);
    case 'experience':
      return a.experience;
    case 'yearsRunning':
      return a.yearsRunning === undefined ? undefined : `${a.yearsRunning}`;
    case 'weeklyVolume':
      return a.weeklyVolumeKm === undefined ? undefined : formatProfileDistance(a.weeklyVolumeKm, u);
    case 'trainingDays':
      return a.trainingDays?.map((d) => WEEKDAY_SHORT[d]).join(', ');
    case 'longRunDay':
      return a.longRunDay === undefined ? undefined : WEEKDAY_NAMES[a.longRunDay];
    case 'recentRace':
    case 'recentRaceTime':
      if (a.recentRace) {
        return `${formatProfileDistance(a.recentRace.distanceKm, u, true)} in ${formatDuration(a.recentRace.timeSeconds)}`;
      }
      return a.recentRaceAnswered ? 'skipped' : undefined;
    case 'reminderHour':
      return a.reminderHour === undefined ? undefined : formatHour(a.reminderHour);
    default:
      return undefined;
  }
}

const btn = (step: StepId, value: string, text: string): KeyboardButton => ({
  text,
  data: encodeCallback(step, value),
});

/** The question text and its buttons (without navigation buttons). */
function questionBody(step: StepId, a: DraftAnswers): { text: string; rows: KeyboardButton[][] } {
  const u = a.units ?? 'km';
  switch (step) {
    case 'units':
      return {
        text: "First: kilometres or miles? I'll use your choice for distances, paces, weight and height.",
        rows: [[btn(step, 'km', 'Kilometres (km, kg, cm)'), btn(step, 'mi', 'Miles (mi, lb, ft/in)')]],
      };
    case 'timeZone':
      return {
        text: "Where do you run? Send your city (like 'Berlin' or 'New York') or a UTC offset like 'UTC+3'. I need it to know your 'today' and to remind you at the right hour.",
        rows: [],
      };
    case 'goal':
      return {
        text: 'What are you training for? 🎯',
        rows: [
          ...chunk(
            STANDARD_DISTANCES.map((d) => btn(step, d.code, d.label)),
            2,
          ),
          [btn(step, 'custom', 'Another distance')],
        ],
      };
    case 'goalCustom':
      return {
        text: `How long is your race? For example '15k', '30 km' or '50 ${u === 'mi' ? 'mi' : 'km'}'.`,
        rows: [],
      };
    case 'raceDate':
      return {
        text: "When is the race? For example 2027-04-12, 12.04.2027, 'April 12' or 'in 16 weeks'. The date sets the shape of your plan: build-up, peak and taper.",
        rows: [],
      };
    case 'gender':
      return {
        text: 'What is your gender? It helps me estimate paces and heart-rate zones.',
        rows: [
          [btn(step, 'female', 'Female'), btn(step, 'male', 'Male')],
          [btn(step, 'other', 'Other / prefer not to say')],
        ],
      };
    case 'age':
      return { text: 'How old are you? Age shapes how much recovery you need.', rows: [] };
    case 'height':
      return {
        text: `How tall are you? For example ${u === 'mi' ? `5'10" or 178 cm` : `178 cm or 5'10"`}.`,
        rows: [],
      };
    case 'weight':
      return {
        text: `And your weight? For example ${u === 'mi' ? '160 lb or 72 kg' : '72 kg or 160 lb'}. It helps me keep the load kind to your joints.`,
        rows: [],
      };
    case 'experience':
      return {
        text: 'How would you describe yourself as a runner?',
        rows: [
          [btn(step, 'beginner', 'Beginner — new or returning')],
          [btn(step, 'intermediate', 'Intermediate — running regularly')],
          [btn(step, 'advanced', 'Advanced — structured training, races')],
        ],
      };
    case 'yearsRunning':
      return {
        text: 'How many years have you been running? Tap or type a number.',
        rows: chunk(
          YEARS_CHOICES.map((y) =>
            btn(step, String(y), y === 0 ? 'Just starting' : `${y} year${y === 1 ? '' : 's'}`),
          ),
          3,
        ),
      };
    case 'weeklyVolume':
      return {
        text: `How far do you run in a typical week right now (in ${u})? I start your plan from there so the build-up is safe.`,
        rows: chunk(
          VOLUME_CHOICES[u].map((v) => btn(step, `${v}${u}`, v === 0 ? 'Not running yet' : `${v} ${u}`)),
          4,
        ),
      };
    case 'trainingDays': {
      const selected = new Set(a.draftDays ?? a.trainingDays ?? []);
      const days = [1, 2, 3, 4, 5, 6, 7].map((d) =>
        btn(step, `t${d}`, `${selected.has(d) ? '✅ ' : ''}${WEEKDAY_SHORT[d]}`),
      );
      const chosen = [...selected]
        .sort((x, y) => x - y)
        .map((d) => WEEKDAY_SHORT[d])
        .join(', ');
      return {
        text: `Which days can you train? Tap to select at least 2, then Done.${chosen ? `\nSelected: ${chosen}` : ''}`,
        rows: [days.slice(0, 4), days.slice(4), [btn(step, 'done', `Done (${selected.size})`)]],
      };
    }
    case 'longRunDay':
      return {
        text: 'Which day suits your long run? It is the longest session of the week, so pick a day with time to spare.',
        rows: chunk(
          (a.trainingDays ?? []).map((d) => btn(step, String(d), WEEKDAY_NAMES[d]!)),
          4,
        ),
      };
    case 'recentRace':
      return {
        text: 'Have you raced or done a time trial in the last six months? Your result sets your training paces. Pick the distance (or type it, e.g. "10k 45:30"), or skip.',
        rows: [
          ...chunk(
            STANDARD_DISTANCES.map((d) => btn(step, d.code, d.label)),
            2,
          ),
          [btn(step, 'skip', 'Skip — no recent race')],
        ],
      };
    case 'recentRaceTime': {
      const distance =
        a.pendingRaceKm === undefined ? 'race' : formatProfileDistance(a.pendingRaceKm, u, true);
      return {
        text: `What was your finish time for the ${escapeHtml(distance)}? For example 45:30 or 1:45:30.`,
        rows: [[btn(step, 'skip', 'Skip')]],
      };
    }
    case 'reminderHour':
      return {
        text: 'At what hour should I remind you? I message you the evening before each workout (your local time). Tap a time or type one like 7pm.',
        rows: chunk(
          REMINDER_HOURS.map((h) => btn(step, String(h), formatHour(h))),
          4,
        ),
      };
    case 'summary': {
      const profile = profileFromAnswers(a);
      return {
        text: `${profile ? renderProfileSummary(profile) : ''}\n\nDoes everything look right?`,
        rows: [[btn(step, 'ok', '✅ Save'), btn(step, 'edit', '✏️ Change something')]],
      };
    }
    case 'editMenu':
      return {
        text: 'What would you like to change?',
        rows: [
          ...chunk(
            (Object.keys(FIELD_LABELS) as EditableField[]).map((f) =>
              btn(step, f.toLowerCase(), FIELD_LABELS[f]),
            ),
            3,
          ),
          [btn(step, 'back', '⬅️ Back to summary')],
        ],
      };
    case 'finished':
      return { text: 'Your profile is saved ✅ Send /profile any time to change it.', rows: [] };
  }
}

/**
 * Renders the current question of a dialog: text (HTML), its buttons, a "Keep" button when the
 * question was answered before (after Back, or in edit mode) and a Back button where going back
 * makes sense.
 *
 * @example
 * renderQuestion(startDialog()).keyboard?.rows[0]?.[0]?.data; // 'p1:units:km'
 */
export function renderQuestion(state: DialogState): { text: string; keyboard?: Keyboard } {
  const { step, answers, mode } = state;
  const body = questionBody(step, answers);
  const rows = [...body.rows];
  let text = body.text;
  const current = currentAnswerText(step, answers);
  const isQuestion = step !== 'summary' && step !== 'editMenu' && step !== 'finished';
  if (isQuestion && current !== undefined && step !== 'trainingDays') {
    text += `\n<i>Current answer: ${escapeHtml(current)}</i>`;
    rows.push([btn(step, 'keep', `Keep: ${current.slice(0, 40)}`)]);
  }
  const canGoBack = isQuestion && (state.history.length > 0 || mode === 'edit');
  if (canGoBack)
    rows.push([
      btn(step, 'back', mode === 'edit' && state.history.length === 0 ? '⬅️ Back to summary' : '⬅️ Back'),
    ]);
  if (mode === 'create' && step === 'units' && state.history.length === 0 && answers.units === undefined) {
    text = `${GREETING}\n\n${text}`;
  }
  return rows.length > 0 ? { text, keyboard: { rows } } : { text };
}
