import type { Translator } from '../i18n/index.js';
import type { DraftAnswers, EditableField, StepId } from './dialog-state.js';
import { ENGLISH } from './local-format.js';
import { cleanAnswer, ownValue } from './normalize-input.js';
import type { ParseResult } from './parse-result.js';
import type { RunnerProfile } from './profile.js';

/**
 * An answer as a step sees it: typed text or the value part of a validated button of this step.
 *
 * @example
 * const input: StepInput = { kind: 'button', value: 'full' };
 */
export type StepInput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'button'; readonly value: string };

/**
 * Changes to the answers; `undefined` removes a field (e.g. a long-run day no longer among the days).
 *
 * @example
 * const patch: DraftPatch = { longRunDay: undefined };
 */
export type DraftPatch = { [K in keyof DraftAnswers]?: DraftAnswers[K] | undefined };

/**
 * What a step decided about an answer. `accept` moves on (to `next`, or the natural next step),
 * `stay` updates the answers but keeps asking the same question (day toggles), `invalid` stores
 * nothing and re-asks with `error`. The last three are the summary's and the edit menu's choices.
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

/**
 * A button of a question before encoding: the renderer turns `value` into `p1:<step code>:<value>`.
 *
 * @example
 * const choice: Choice = { value: 'skip', text: 'Skip' };
 */
export interface Choice {
  readonly value: string;
  readonly text: string;
}

/**
 * A question as shown: HTML text and rows of choices (navigation buttons are added by the renderer).
 *
 * @example
 * const q: Question = { text: 'How old are you?', rows: [] };
 */
export interface Question {
  readonly text: string;
  readonly rows: readonly (readonly Choice[])[];
}

/**
 * What a step may know about the outside world: the current instant and the runner's language
 * (English when not given).
 *
 * @example
 * const c: StepContext = { now: new Date(), t: translator('ru') };
 */
export interface StepContext {
  readonly now: Date;
  readonly t?: Translator;
}

/**
 * The translator of a step context (English by default).
 *
 * @example
 * trOf({ now: new Date() }).locale; // 'en'
 */
export function trOf(ctx: { readonly t?: Translator } | undefined): Translator {
  return ctx?.t ?? ENGLISH;
}

/**
 * One row of the profile dialog's step table: everything about one question in one place.
 *
 * - `code`: the step's short code in callback data (unique, 2–8 lowercase letters).
 * - `kind`: `question` is asked in the create flow (in `STEP_IDS` order); `followUp` only appears as
 *   the `next` of its parent (`followUpOf`: the flow continues after the parent); `screen` is the
 *   summary, the edit menu and the end.
 * - `menu`: the edit-menu label; `section: 'settings'` fields are listed after the runner's own.
 * - `ask`: the question text and its choices; `current`: the answer so far as plain display text
 *   (`undefined` = not answered yet; an optional question answers "skipped").
 * - `parse`: reads typed text or a button value into `V` (a forged button value is an error);
 *   `apply`: turns `V` into a patch of the answers and where to go next.
 * - `enter`: patch applied when the dialog arrives at this step; `leave`: patch applied when it
 *   arrives at any other step (scratch fields such as the day toggles' draft).
 * - `clearOnKeep`: in-progress fields dropped when any "Keep" is pressed.
 * - `fromProfile`: draft-only fields set when a saved profile is opened for editing.
 * - `keepButton: false`: no "Keep: …" button (the day toggles have their own Done).
 * - `summaryLine`: an extra line of the profile summary (questions added after the first release).
 *
 * @example
 * const age = defineStep<number>({ id: 'age', code: 'age', kind: 'question', … });
 */
export interface StepDefinition<V> {
  readonly id: StepId;
  readonly code: string;
  readonly kind: 'question' | 'followUp' | 'screen';
  readonly followUpOf?: StepId;
  readonly menu?: { readonly label: string; readonly section: 'profile' | 'settings' };
  ask(answers: DraftAnswers, tr?: Translator): Question;
  current(answers: DraftAnswers, tr?: Translator): string | undefined;
  parse(input: StepInput, answers: DraftAnswers, ctx: StepContext): ParseResult<V>;
  apply(value: V, answers: DraftAnswers, ctx: StepContext): StepOutcome;
  enter?(answers: DraftAnswers): DraftPatch;
  readonly leave?: DraftPatch;
  readonly clearOnKeep?: DraftPatch;
  fromProfile?(profile: RunnerProfile): DraftPatch;
  readonly keepButton?: false;
  summaryLine?(profile: RunnerProfile, tr?: Translator): string | undefined;
}

/**
 * A table row with its value type erased (`parse`'s value only ever goes to the same row's `apply`).
 *
 * @example
 * const step: Step = STEPS.age;
 */
// biome-ignore lint/suspicious/noExplicitAny: the value type is private to each row (parse → apply).
export type Step = StepDefinition<any>;

/**
 * Declares a table row with its value type checked between `parse` and `apply`.
 *
 * @example
 * defineStep<number>({ id: 'age', code: 'age', kind: 'question', ask: …, current: …, parse: …, apply: … });
 */
export function defineStep<V>(definition: StepDefinition<V>): Step {
  return definition;
}

/**
 * Runs one answer through a row: parse, then apply. Pure.
 *
 * @example
 * answerWith(STEPS.age, { kind: 'text', text: '34' }, {}, { now: new Date() }); // accept { age: 34 }
 */
export function answerWith(
  step: Step,
  input: StepInput,
  answers: DraftAnswers,
  ctx: StepContext,
): StepOutcome {
  const parsed = step.parse(input, answers, ctx);
  return parsed.ok ? step.apply(parsed.value, answers, ctx) : { kind: 'invalid', error: parsed.error };
}

/**
 * An accepted answer that only patches the answers (the usual case).
 *
 * @example
 * accept({ age: 34 }); // { kind: 'accept', patch: { age: 34 } }
 */
export function accept(patch: DraftPatch, next?: StepId, note?: string): StepOutcome {
  return { kind: 'accept', patch, ...(next ? { next } : {}), ...(note ? { note } : {}) };
}

/**
 * A failed parse for a forged or unknown button value.
 *
 * @example
 * forged<number>(); // { ok: false, error: "I didn't recognise that button — nothing changed." }
 */
export function forged<T>(tr: Translator = ENGLISH): ParseResult<T> {
  return { ok: false, error: tr('profile-forged') };
}

/**
 * Whether a typed answer is one of `words` (case, Unicode width and a trailing "." or "!" ignored).
 *
 * @example
 * isWord('Skip!', new Set(['skip'])); // true
 */
export function isWord(text: string, words: ReadonlySet<string>): boolean {
  return words.has(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[.!]+$/, '')
      .trim(),
  );
}

/**
 * Matches typed text against synonyms of button choices ("F", "woman" → female).
 *
 * @example
 * choose('Woman', { woman: 'female' }, 'Tap a button.'); // { ok: true, value: 'female' }
 */
export function choose<T>(
  text: string,
  choices: Readonly<Record<string, T>>,
  hint: string,
  tr: Translator = ENGLISH,
): ParseResult<T> {
  const cleaned = cleanAnswer(text, hint, tr);
  if (!cleaned.ok) return cleaned;
  const key = cleaned.value
    .toLowerCase()
    .replace(/[.!]+$/, '')
    .trim();
  const value = ownValue(choices, key);
  return value === undefined
    ? { ok: false, error: tr('profile-didnt-catch', { hint }) }
    : { ok: true, value };
}

/**
 * A button value that must be exactly one of `values` (as the step rendered them).
 *
 * @example
 * pickButton('3', [0, 1, 3], Number); // { ok: true, value: 3 }
 */
export function pickButton<T>(
  value: string,
  values: readonly T[],
  read: (v: string) => T,
  tr: Translator = ENGLISH,
): ParseResult<T> {
  const picked = read(value);
  return values.includes(picked) && String(picked) === value ? { ok: true, value: picked } : forged(tr);
}
