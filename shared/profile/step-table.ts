import { z } from 'zod';
import type { Translator } from '../i18n/index.js';
import { type DraftAnswers, type EditableField, STEP_IDS, type StepId } from './dialog-state.js';
import { chunk } from './keyboard.js';
import { ENGLISH, wordSet } from './local-format.js';
import { profileFromAnswers } from './profile-answers.js';
import { renderProfileSummary } from './profile-summary.js';
import { QUESTION_STEPS } from './question-steps.js';
import { defineStep, forged, isWord, type Step, trOf } from './step-definition.js';

const summaryStep = defineStep<'confirm' | 'edit'>({
  id: 'summary',
  code: 'sum',
  kind: 'screen',
  ask: (a, tr = ENGLISH) => {
    const profile = profileFromAnswers(a);
    return {
      text: `${profile ? renderProfileSummary(profile, tr) : ''}\n\n${tr('summary-question')}`,
      rows: [
        [
          { value: 'ok', text: tr('summary-save') },
          { value: 'edit', text: tr('summary-change') },
        ],
      ],
    };
  },
  current: () => undefined,
  parse: (input, _a, ctx) => {
    const tr = trOf(ctx);
    if (input.kind === 'button') {
      if (input.value === 'ok') return { ok: true, value: 'confirm' };
      return input.value === 'edit' ? { ok: true, value: 'edit' } : forged(tr);
    }
    if (isWord(input.text, wordSet(tr, 'words-yes'))) return { ok: true, value: 'confirm' };
    if (isWord(input.text, wordSet(tr, 'words-edit'))) return { ok: true, value: 'edit' };
    return { ok: false, error: tr('profile-summary-hint') };
  },
  apply: (choice) => (choice === 'confirm' ? { kind: 'confirm' } : { kind: 'openEditMenu' }),
});

const menuKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');

const editMenuStep = defineStep<EditableField>({
  id: 'editMenu',
  code: 'edit',
  kind: 'screen',
  ask: (_a, tr = ENGLISH) => ({
    text: tr('edit-menu-ask'),
    rows: [
      ...chunk(
        EDITABLE_FIELDS.map((f) => ({ value: f.toLowerCase(), text: fieldLabel(f, tr) })),
        3,
      ),
      [{ value: 'back', text: tr('profile-back-to-summary') }],
    ],
  }),
  current: () => undefined,
  parse: (input, _a, ctx) => {
    const tr = trOf(ctx);
    const key = menuKey(input.kind === 'button' ? input.value : input.text);
    const field = EDITABLE_FIELDS.find(
      (f) =>
        f.toLowerCase() === key ||
        (input.kind === 'text' && (menuKey(fieldLabel(f, tr)) === key || menuKey(FIELD_LABELS[f]) === key)),
    );
    if (field) return { ok: true, value: field };
    return input.kind === 'button' ? forged(tr) : { ok: false, error: tr('edit-menu-hint') };
  },
  apply: (field) => ({ kind: 'editField', field }),
});

const finishedStep = defineStep<never>({
  id: 'finished',
  code: 'fin',
  kind: 'screen',
  ask: (_a, tr = ENGLISH) => ({ text: tr('finished-ask'), rows: [] }),
  current: () => undefined,
  parse: (_input, _a, ctx) => ({ ok: false, error: trOf(ctx)('finished-again') }),
  apply: (_v, _a, ctx) => ({ kind: 'invalid', error: trOf(ctx)('finished-saved') }),
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
 * The edit-menu label of a field in the runner's language (the row's `menu.label` is a catalog id).
 *
 * @example
 * fieldLabel('weeklyVolume', translator('de')); // 'Wochenumfang'
 */
export function fieldLabel(field: EditableField, tr: Translator = ENGLISH): string {
  return tr(STEPS[field].menu!.label);
}

/**
 * English button labels of the edit menu, one per editable field (typed English labels are always
 * understood).
 *
 * @example
 * FIELD_LABELS.weeklyVolume; // 'Weekly volume'
 */
export const FIELD_LABELS = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, fieldLabel(f)])) as Readonly<
  Record<EditableField, string>
>;

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
export function currentAnswerText(
  step: StepId,
  answers: DraftAnswers,
  tr: Translator = ENGLISH,
): string | undefined {
  return STEPS[step].current(answers, tr);
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
