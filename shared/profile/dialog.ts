import type { Translator } from '../i18n/index.js';
import { parseCallback } from './callback-data.js';
import {
  DIALOG_STATE_VERSION,
  type DialogState,
  type DraftAnswers,
  type EditableField,
  type StepId,
} from './dialog-state.js';
import type { Keyboard } from './keyboard.js';
import { ENGLISH } from './local-format.js';
import type { RunnerProfile } from './profile.js';
import { profileAnswers, profileFromAnswers } from './profile-answers.js';
import { answerWith, type DraftPatch, type Step, type StepInput } from './step-definition.js';
import { firstUnansweredStep, nextInOrder, STEPS } from './step-table.js';
import { renderQuestion } from './steps.js';

/**
 * What the runner sent: typed text, or the callback data of a pressed button.
 *
 * @example
 * const input: DialogInput = { kind: 'button', data: 'p1:goal:full' };
 */
export type DialogInput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'button'; readonly data: string };

/**
 * Everything the dialog needs from the outside world: only the current instant.
 *
 * @example
 * const ctx: DialogContext = { now: new Date(), t: translator('es') };
 */
export interface DialogContext {
  readonly now: Date;
  /** The runner's language (English when not given). */
  readonly t?: Translator;
}

/**
 * The message to send. `done` is set exactly when the runner confirmed the summary: the caller then
 * persists the profile (and, for a new runner, builds the plan).
 *
 * @example
 * await ctx.reply(reply.text, { parse_mode: reply.parseMode, ...toTelegrafKeyboard(reply.keyboard) });
 */
export interface DialogReply {
  readonly text: string;
  readonly parseMode: 'HTML';
  readonly keyboard?: Keyboard;
  readonly done?: RunnerProfile;
}

/**
 * The result of one dialog turn. `outcome` is `invalid` when the input was rejected (bad answer,
 * forged or stale button): then `state` is the unchanged input state and nothing was stored.
 * `inPlace` marks a question that stays open with a changed draft (the day toggles).
 *
 * @example
 * const { state, reply, outcome } = handleInput(state, input, { now: new Date() });
 */
export interface DialogResult {
  readonly state: DialogState;
  readonly reply: DialogReply;
  readonly outcome: 'accepted' | 'invalid';
  /** The same question asked again with its answer in progress (day toggles): edit it in place. */
  readonly inPlace?: true;
}

/**
 * A fresh dialog for a new runner, at the first question.
 *
 * @example
 * const state = startDialog();
 * const first = currentQuestion(state); // greeting + units question
 */
export function startDialog(): DialogState {
  return { version: DIALOG_STATE_VERSION, mode: 'create', step: 'units', answers: {}, history: [] };
}

/**
 * The message for the state's current question (e.g. to re-send it after a restart or /start).
 *
 * @example
 * currentQuestion(startDialog()).text.includes('kilometres or miles'); // true
 */
export function currentQuestion(state: DialogState, prefix?: string, tr: Translator = ENGLISH): DialogReply {
  const question = renderQuestion(state, tr);
  const text = prefix ? `${prefix}\n\n${question.text}` : question.text;
  return question.keyboard
    ? { text, parseMode: 'HTML', keyboard: question.keyboard }
    : { text, parseMode: 'HTML' };
}

/**
 * Starts changing ONE field of a finished profile; after the answer the dialog returns to the summary.
 *
 * @example
 * const { state, reply } = startEdit(profile, 'weight'); // asks the weight question, "Current answer: 72 kg"
 */
export function startEdit(
  profile: RunnerProfile,
  field: EditableField,
  tr: Translator = ENGLISH,
): DialogResult {
  const state: DialogState = {
    version: DIALOG_STATE_VERSION,
    mode: 'edit',
    step: field,
    answers: enterStep(profileAnswers(profile), field),
    history: [],
  };
  return { state, reply: currentQuestion(state, undefined, tr), outcome: 'accepted' };
}

/**
 * Opens the edit menu (a keyboard listing the fields) for a finished profile, e.g. for /profile.
 *
 * @example
 * const { state, reply } = startEditMenu(profile); // reply.keyboard lists Goal distance, Race date, …
 */
export function startEditMenu(profile: RunnerProfile, tr: Translator = ENGLISH): DialogResult {
  const state: DialogState = {
    version: DIALOG_STATE_VERSION,
    mode: 'edit',
    step: 'editMenu',
    answers: profileAnswers(profile),
    history: [],
  };
  return { state, reply: currentQuestion(state, undefined, tr), outcome: 'accepted' };
}

function applyPatch(answers: DraftAnswers, patch: DraftPatch): DraftAnswers {
  const next: Record<string, unknown> = { ...answers };
  for (const [key, value] of Object.entries(patch)) {
    // Missing keys rather than `undefined` keep the state identical after a JSON round trip.
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as DraftAnswers;
}

const ROWS = Object.values(STEPS) as Step[];
/** What a "Keep" drops: every row's in-progress fields (a race distance waiting for its time). */
const CLEAR_ON_KEEP: DraftPatch = Object.assign({}, ...ROWS.map((row) => row.clearOnKeep ?? {}));

/**
 * Arriving at a step: every other row's scratch fields go (`leave`), then the step's own `enter`
 * (the day toggles start from the saved days and drop their unsaved draft on leaving).
 */
function enterStep(answers: DraftAnswers, step: StepId): DraftAnswers {
  const leaving: DraftPatch = Object.assign(
    {},
    ...ROWS.filter((r) => r.id !== step).map((r) => r.leave ?? {}),
  );
  const left = applyPatch(answers, leaving);
  const enter = STEPS[step].enter;
  return enter ? applyPatch(left, enter(left)) : left;
}

/**
 * Goes back to the previous question, keeping every answer (the question shows "Current answer"
 * and a Keep button). In edit mode with nothing to go back to, returns to the summary unchanged.
 *
 * @example
 * const { state, reply } = back(state); // previous question
 */
export function back(state: DialogState, tr: Translator = ENGLISH): DialogResult {
  if (state.history.length === 0) {
    if (state.mode === 'edit' && state.step !== 'summary' && state.step !== 'finished') {
      const next: DialogState = { ...state, step: 'summary', answers: enterStep(state.answers, 'summary') };
      return { state: next, reply: currentQuestion(next, tr('profile-no-changes'), tr), outcome: 'accepted' };
    }
    const message = tr(state.step === 'summary' ? 'profile-summary-hint' : 'profile-first-question');
    return { state, reply: currentQuestion(state, message, tr), outcome: 'invalid' };
  }
  const previous = state.history.at(-1)!;
  const next: DialogState = {
    ...state,
    step: previous,
    history: state.history.slice(0, -1),
    answers: enterStep(state.answers, previous),
  };
  return { state: next, reply: currentQuestion(next, undefined, tr), outcome: 'accepted' };
}

function invalidResult(state: DialogState, message: string, tr: Translator): DialogResult {
  return { state, reply: currentQuestion(state, message, tr), outcome: 'invalid' };
}

/** Moves to `step`, remembering the current one for Back. */
function advance(
  state: DialogState,
  answers: DraftAnswers,
  step: StepId,
  tr: Translator,
  note?: string,
): DialogResult {
  const history = step === state.step ? state.history : [...state.history, state.step].slice(-40);
  const next: DialogState = { ...state, step, answers: enterStep(answers, step), history };
  return { state: next, reply: currentQuestion(next, note, tr), outcome: 'accepted' };
}

/**
 * One turn of the profile dialog: validates the answer to the current question and moves on, or
 * re-asks with a specific message and leaves the state untouched. Never throws on any text or button
 * data; buttons from earlier questions and forged data are rejected as `invalid`.
 *
 * @example
 * let { state, reply } = handleInput(startDialog(), { kind: 'button', data: 'p1:units:km' }, { now: new Date() });
 * ({ state, reply } = handleInput(state, { kind: 'text', text: 'Berlin' }, { now: new Date() }));
 */
export function handleInput(state: DialogState, input: DialogInput, ctx: DialogContext): DialogResult {
  const tr = ctx.t ?? ENGLISH;
  let stepInput: StepInput;
  if (input.kind === 'button') {
    const payload = typeof input.data === 'string' ? parseCallback(input.data) : undefined;
    if (!payload) return invalidResult(state, tr('profile-unknown-button'), tr);
    if (payload.step !== state.step) return invalidResult(state, tr('profile-stale-button'), tr);
    if (payload.value === 'back') return back(state, tr);
    stepInput = { kind: 'button', value: payload.value };
  } else {
    const text = typeof input.text === 'string' ? input.text : '';
    if (/^\/?back$/i.test(text.trim())) return back(state, tr);
    if (text.trim().startsWith('/')) {
      return invalidResult(state, tr('profile-command-in-dialog'), tr);
    }
    stepInput = { kind: 'text', text };
  }

  if (stepInput.kind === 'button' && stepInput.value === 'keep') {
    return keepAnswer(state, tr);
  }

  const outcome = answerWith(STEPS[state.step], stepInput, state.answers, { now: ctx.now, t: tr });
  switch (outcome.kind) {
    case 'invalid':
      return invalidResult(state, outcome.error, tr);
    case 'stay': {
      const next: DialogState = { ...state, answers: applyPatch(state.answers, outcome.patch) };
      return { state: next, reply: currentQuestion(next, undefined, tr), outcome: 'accepted', inPlace: true };
    }
    case 'accept': {
      const answers = applyPatch(state.answers, outcome.patch);
      const target = outcome.next ?? (state.mode === 'edit' ? 'summary' : nextInOrder(state.step));
      return advance(
        state,
        answers,
        target === 'summary' ? summaryOrMissing(answers) : target,
        tr,
        outcome.note,
      );
    }
    case 'confirm': {
      const profile = profileFromAnswers(state.answers);
      if (!profile) return advance(state, state.answers, firstUnansweredStep(state.answers), tr);
      const next: DialogState = { ...state, step: 'finished', history: [] };
      const text = tr(state.mode === 'create' ? 'profile-saved-create' : 'profile-saved-edit');
      return { state: next, reply: { text, parseMode: 'HTML', done: profile }, outcome: 'accepted' };
    }
    case 'openEditMenu':
      return advance({ ...state, mode: 'edit' }, state.answers, 'editMenu', tr);
    case 'editField': {
      const next: DialogState = {
        ...state,
        mode: 'edit',
        step: outcome.field,
        history: [],
        answers: enterStep(state.answers, outcome.field),
      };
      return { state: next, reply: currentQuestion(next, undefined, tr), outcome: 'accepted' };
    }
  }
}

/** The summary, unless an answer is somehow missing (then that question is asked first). */
function summaryOrMissing(answers: DraftAnswers): StepId {
  return profileFromAnswers(answers) ? 'summary' : firstUnansweredStep(answers);
}

/** "Keep: …" after Back or in edit mode: the stored answer stands, move on as if it was given again. */
function keepAnswer(state: DialogState, tr: Translator): DialogResult {
  if (STEPS[state.step].current(state.answers) === undefined)
    return invalidResult(state, tr('profile-stale-button'), tr);
  const target = state.mode === 'edit' ? 'summary' : nextInOrder(state.step);
  const answers = applyPatch(state.answers, CLEAR_ON_KEEP);
  return advance(state, answers, target === 'summary' ? summaryOrMissing(answers) : target, tr);
}
