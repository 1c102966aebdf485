import { escapeHtml } from './escape-html.js';
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

const COMMAND_HINT = `Send /notes followed by your text (up to ${MAX_NOTES_LENGTH} characters).`;
const CLEAR_WORDS = new Set(['clear', 'delete', 'remove', 'none', 'reset']);

/**
 * Reads the text after `/notes` (the command itself, with or without `@botname`, already removed or
 * not): nothing → show; `clear` → clear; anything else → the new notes, through the same cleaning and
 * 500-character cap as the profile question.
 *
 * @example
 * parseNotesCommand('/notes clear');            // { kind: 'clear' }
 * parseNotesCommand('/notes@coach_bot No hills'); // { kind: 'set', notes: 'No hills' }
 */
export function parseNotesCommand(messageText: string): NotesRequest {
  const argument = messageText.replace(/^\/notes(@\w+)?(?=\s|$)/i, '');
  if (argument.trim() === '') return { kind: 'show' };
  if (CLEAR_WORDS.has(argument.trim().toLowerCase())) return { kind: 'clear' };
  const parsed = parseNotes(argument, COMMAND_HINT);
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
export function renderNotes(profile: RunnerProfile): string {
  if (profile.notes === undefined) {
    return `📝 You have no notes for your coach yet. Injuries, preferences, things to avoid: send <code>/notes your text</code> (up to ${MAX_NOTES_LENGTH} characters).`;
  }
  return `📝 <b>Your notes for the coach</b>\n${escapeHtml(profile.notes)}\n\nSend <code>/notes your text</code> to replace them (up to ${MAX_NOTES_LENGTH} characters) or <code>/notes clear</code> to remove them.`;
}

/**
 * The confirmation after `/notes <text>` or `/notes clear`. The plan is not rebuilt: the notes reach
 * the coach with the next plan.
 *
 * @example
 * renderNotesSaved(withNotes(profile, 'No hills')); // '✅ Notes saved: …'
 */
export function renderNotesSaved(profile: RunnerProfile): string {
  if (profile.notes === undefined) return '✅ Your notes are removed.';
  return `✅ Notes saved:\n${escapeHtml(profile.notes)}\n\nI'll take them into account the next time I build your plan (/plan).`;
}
