import type { Translator } from '../i18n/index.js';
import { escapeHtml } from './escape-html.js';
import { ENGLISH, wordSet } from './local-format.js';
import { MAX_NOTES_LENGTH, parseNotes } from './parse-notes.js';
import type { RunnerProfile } from './profile.js';

/**
 * What `/notes …` asks for: show the notes, replace them, or clear them; `invalid` carries the
 * re-ask (e.g. over 500 characters).
 *
 * @example
 * const request: NotesRequest = { kind: 'set', notes: 'Sore left knee' };
 */
export type NotesRequest =
  | { readonly kind: 'show' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'set'; readonly notes: string }
  | { readonly kind: 'invalid'; readonly error: string };

/**
 * Reads the text after `/notes` (the command itself, with or without `@botname`, already removed or
 * not): nothing → show; `clear` → clear; anything else → the new notes, through the same cleaning and
 * 500-character cap as the profile question.
 *
 * @example
 * parseNotesCommand('/notes clear');            // { kind: 'clear' }
 * parseNotesCommand('/notes@coach_bot No hills'); // { kind: 'set', notes: 'No hills' }
 */
export function parseNotesCommand(messageText: string, tr: Translator = ENGLISH): NotesRequest {
  const argument = messageText.replace(/^\/notes(@\w+)?(?=\s|$)/i, '');
  if (argument.trim() === '') return { kind: 'show' };
  if (wordSet(tr, 'words-notes-clear').has(argument.trim().toLowerCase())) return { kind: 'clear' };
  const parsed = parseNotes(argument, tr('notes-command-hint', { max: MAX_NOTES_LENGTH }), tr);
  return parsed.ok ? { kind: 'set', notes: parsed.value } : { kind: 'invalid', error: parsed.error };
}

/**
 * The profile with new notes (`undefined` removes them). Pure: returns a new object.
 *
 * @example
 * withNotes(profile, undefined).notes; // undefined
 */
export function withNotes(profile: RunnerProfile, notes: string | undefined): RunnerProfile {
  const { notes: _old, ...rest } = profile;
  return notes === undefined ? rest : { ...rest, notes };
}

/**
 * The answer to `/notes` (HTML): the current notes, escaped, and how to change them.
 *
 * @example
 * renderNotes(profile); // '📝 <b>Your notes for the coach</b>\n…'
 */
export function renderNotes(profile: RunnerProfile, tr: Translator = ENGLISH): string {
  if (profile.notes === undefined) return tr('notes-none', { max: MAX_NOTES_LENGTH });
  return tr('notes-show', { notes: escapeHtml(profile.notes), max: MAX_NOTES_LENGTH });
}

/**
 * The confirmation after `/notes <text>` or `/notes clear`. The plan is not rebuilt: the notes reach
 * the coach with the next plan.
 *
 * @example
 * renderNotesSaved(withNotes(profile, 'No hills')); // '✅ Notes saved: …'
 */
export function renderNotesSaved(profile: RunnerProfile, tr: Translator = ENGLISH): string {
  if (profile.notes === undefined) return tr('notes-removed');
  return tr('notes-saved', { notes: escapeHtml(profile.notes) });
}
