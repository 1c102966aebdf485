import { z } from 'zod';
import { type DraftAnswers, type EditableField, STEP_IDS, type StepId } from './dialog-state.js';
import { chunk } from './keyboard.js';
import { profileFromAnswers } from './profile-answers.js';
import { renderProfileSummary } from './profile-summary.js';
import { QUESTION_STEPS } from './question-steps.js';
import { defineStep, FORGED, forged, isWord, type Step } from './step-definition.js';

const YES = new Set(['yes', 'y', 'ok', 'okay', 'save', 'looks good', 'correct', 'confirm', '👍', '✅']);
const EDIT = new Set(['edit', 'change', 'change something', 'no', 'fix']);

const summaryStep = defineStep<'confirm' | 'edit'>({
  id: 'summary',
  code: 'sum',
  kind: 'screen',
  ask: (a) => {
    const profile = profileFromAnswers(a);
    return {
      text: `${profile ? renderProfileSummary(profile) : ''}\n\nDoes everything look right?`,
      rows: [
        [
          { value: 'ok', text: '✅ Save' },
          { value: 'edit', text: '✏️ Change something' },
        ],
      ],
    };
  },
  current: () => undefined,
  parse: (input) => {
    if (input.kind === 'button') {
      if (input.value === 'ok') return { ok: true, value: 'confirm' };
      return input.value === 'edit' ? { ok: true, value: 'edit' } : forged();
    }
    if (isWord(input.text, YES)) return { ok: true, value: 'confirm' };
    if (isWord(input.text, EDIT)) return { ok: true, value: 'edit' };
    return { ok: false, error: 'Tap ✅ Save if everything is right, or ✏️ Change something.' };
  },
  apply: (choice) => (choice === 'confirm' ? { kind: 'confirm' } : { kind: 'openEditMenu' }),
});

const menuKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const editMenuStep = defineStep<EditableField>({
  id: 'editMenu',
  code: 'edit',
  kind: 'screen',
  ask: () => ({
    text: 'What would you like to change?',
    rows: [
      ...chunk(
        EDITABLE_FIELDS.map((f) => ({ value: f.toLowerCase(), text: FIELD_LABELS[f] })),
        3,
      ),
      [{ value: 'back', text: '⬅️ Back to summary' }],
    ],
  }),
  current: () => undefined,
  parse: (input) => {
    const key = menuKey(input.kind === 'button' ? input.value : input.text);
    const field = EDITABLE_FIELDS.find(
      (f) => f.toLowerCase() === key || (input.kind === 'text' && menuKey(FIELD_LABELS[f]) === key),
    );
    if (field) return { ok: true, value: field };
    return { ok: false, error: input.kind === 'button' ? FORGED : 'Tap the field you want to change.' };
  },
  apply: (field) => ({ kind: 'editField', field }),
});

const finishedStep = defineStep<never>({
  id: 'finished',
  code: 'fin',
  kind: 'screen',
  ask: () => ({ text: 'Your profile is saved ✅ Send /profile any time to change it.', rows: [] }),
  current: () => undefined,
  parse: () => ({ ok: false, error: 'Your profile is already saved. Send /profile to change something.' }),
  apply: () => ({ kind: 'invalid', error: 'Your profile is already saved.' }),
});

/**
 * The profile dialog's step table: one row per step id, holding its question, buttons, parsing,
 * next-step logic, edit-menu label and callback code (see `StepDefinition`). The dialog engine
 * (`dialog.ts`) and the renderer (`steps.ts`) contain no per-question code.
 *
 * @example
 * STEPS.weight.current({ units: 'km', weightKg: 72 }); // '72 kg'
 */
export const STEPS: Readonly<Record<StepId, Step>> = {
  ...QUESTION_STEPS,
  summary: summaryStep,
  editMenu: editMenuStep,
  finished: finishedStep,
};

/**
 * The order of questions when creating a profile: the `question` rows in `STEP_IDS` order, then the
 * summary. Units and time zone come first: units tell how to read bare numbers ("72", "25") and the
 * zone tells what "today" is for the race date.
 *
 * @example
 * CREATE_ORDER.at(-1); // 'summary'
 */
export const CREATE_ORDER: readonly StepId[] = [
  ...STEP_IDS.filter((id) => STEPS[id].kind === 'question'),
  'summary',
];

/**
 * The fields of the edit menu in its order: the runner's own answers, then the settings.
 *
 * @example
 * EDITABLE_FIELDS.includes('weight'); // true
 */
export const EDITABLE_FIELDS: readonly EditableField[] = (['profile', 'settings'] as const).flatMap(
  (section) => STEP_IDS.filter((id) => STEPS[id].menu?.section === section) as EditableField[],
);

/** Zod schema for an {@link EditableField}. @example editableFieldSchema.parse('age'); */
export const editableFieldSchema = z.enum(EDITABLE_FIELDS as [EditableField, ...EditableField[]]);

/**
 * Button labels of the edit menu, one per editable field.
 *
 * @example
 * FIELD_LABELS.weeklyVolume; // 'Weekly volume'
 */
export const FIELD_LABELS = Object.fromEntries(
  EDITABLE_FIELDS.map((f) => [f, STEPS[f].menu!.label]),
) as Readonly<Record<EditableField, string>>;

/**
 * The step after `step` in the create flow (follow-ups continue after their parent question).
 *
 * @example
 * nextInOrder('goalCustom'); // 'raceDate'
 */
export function nextInOrder(step: StepId): StepId {
  const base = STEPS[step].followUpOf ?? step;
  const index = CREATE_ORDER.indexOf(base);
  return index < 0 ? 'summary' : (CREATE_ORDER[index + 1] ?? 'summary');
}

/**
 * The current answer to a step as plain display text (escape it for HTML), or `undefined` if not
 * answered yet.
 *
 * @example
 * currentAnswerText('weight', { units: 'km', weightKg: 72 }); // '72 kg'
 */
export function currentAnswerText(step: StepId, answers: DraftAnswers): string | undefined {
  return STEPS[step].current(answers);
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
