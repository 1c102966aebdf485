import type { Translator } from '../i18n/index.js';
import { encodeCallback } from './callback-data.js';
import type { DialogState } from './dialog-state.js';
import { escapeHtml } from './escape-html.js';
import type { Keyboard, KeyboardButton } from './keyboard.js';
import { ENGLISH } from './local-format.js';
import { STEPS } from './step-table.js';

export { profileFromAnswers } from './profile-answers.js';
export {
  CREATE_ORDER,
  currentAnswerText,
  FIELD_LABELS,
  fieldLabel,
  firstUnansweredStep,
  nextInOrder,
} from './step-table.js';
export { REMINDER_HOURS } from './steps-extras.js';
export { LONGEST_RUN_CHOICES, VOLUME_CHOICES, YEARS_CHOICES } from './steps-running.js';

/**
 * Renders the current question of a dialog from its row in the step table: text (HTML), its buttons,
 * a "Keep" button when the question was answered before (after Back, or in edit mode) and a Back
 * button where going back makes sense.
 *
 * @example
 * renderQuestion(startDialog()).keyboard?.rows[0]?.[0]?.data; // 'p1:units:km'
 */
export function renderQuestion(
  state: DialogState,
  tr: Translator = ENGLISH,
): { text: string; keyboard?: Keyboard } {
  const { step, answers, mode } = state;
  const row = STEPS[step];
  const body = row.ask(answers, tr);
  const btn = (value: string, text: string): KeyboardButton => ({ text, data: encodeCallback(step, value) });
  const rows = body.rows.map((choices) => choices.map((c) => btn(c.value, c.text)));
  let text = body.text;
  const current = row.current(answers, tr);
  const isQuestion = row.kind !== 'screen';
  if (isQuestion && current !== undefined && row.keepButton !== false) {
    text += `\n<i>${tr('profile-current-answer', { answer: escapeHtml(current) })}</i>`;
    rows.push([btn('keep', tr('profile-keep', { answer: current.replace(/\s+/g, ' ').slice(0, 40) }))]);
  }
  const canGoBack = isQuestion && (state.history.length > 0 || mode === 'edit');
  if (canGoBack) {
    const toSummary = mode === 'edit' && state.history.length === 0;
    rows.push([btn('back', tr(toSummary ? 'profile-back-to-summary' : 'profile-back'))]);
  }
  if (mode === 'create' && step === 'units' && state.history.length === 0 && answers.units === undefined) {
    text = `${tr('profile-greeting')}\n\n${text}`;
  }
  return rows.length > 0 ? { text, keyboard: { rows } } : { text };
}
