import type { Translator } from '../i18n/index.js';
import { ENGLISH } from './local-format.js';
import { fail, ok, type ParseResult } from './parse-result.js';

/** Longest note for the coach, in characters (after cleaning). @example MAX_NOTES_LENGTH; // 500 */
export const MAX_NOTES_LENGTH = 500;

// Control characters (line breaks aside), zero-width spaces, line/paragraph separators and
// bidirectional overrides: invisible, and able to make a note display differently from what it holds.
// The zero-width (non-)joiners and direction marks stay: emoji sequences and scripts need them.
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b\u2028-\u202e\u2060-\u206f\ufeff]/g;

/**
 * Cleans a note as stored: NFC, Windows line breaks unified, control characters (but line breaks)
 * and invisible marks removed, spaces at line ends dropped, at most one empty line in a row, trimmed.
 *
 * @example
 * cleanNotes('  sore knee\u0000 \r\n\r\n\r\nno hills  '); // 'sore knee\n\nno hills'
 */
export function cleanNotes(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Zod-ready check that a stored note is already clean (what {@link cleanNotes} returns) and not empty.
 *
 * @example
 * isCleanNotes('no hills, please'); // true
 * isCleanNotes(' padded ');         // false
 */
export function isCleanNotes(notes: string): boolean {
  return notes.length > 0 && notes.length <= MAX_NOTES_LENGTH && cleanNotes(notes) === notes;
}

/**
 * Reads the runner's notes for the coach (injuries, preferences): free text, cleaned, at most
 * {@link MAX_NOTES_LENGTH} characters. A longer text is refused (not cut): the runner decides what
 * to drop. `hint` ends every re-ask (the question's, or /notes' own). Checked on the raw length first so a huge paste costs nothing.
 *
 * @example
 * parseNotes('Left knee niggle; no track sessions'); // { ok: true, value: 'Left knee niggle; no track sessions' }
 * parseNotes('x'.repeat(501)).ok;                     // false
 */
export function parseNotes(raw: string, hint?: string, tr: Translator = ENGLISH): ParseResult<string> {
  const max = MAX_NOTES_LENGTH;
  const ending = hint ?? tr('notes-hint', { max });
  if (raw.length > 20 * MAX_NOTES_LENGTH) return fail(tr('notes-huge', { max, hint: ending }));
  const notes = cleanNotes(raw);
  if (notes.length === 0) return fail(tr('notes-empty', { hint: ending }));
  if (notes.length > MAX_NOTES_LENGTH) {
    return fail(tr('notes-too-long', { length: String(notes.length), max, hint: ending }));
  }
  return ok(notes);
}
