/**
 * Outcome of parsing one free-text answer: either a validated value or a user-facing re-ask that says
 * exactly what is expected. Parsers never throw on user input; they return `{ ok: false }` instead.
 *
 * @example
 * const r: ParseResult<number> = { ok: false, error: 'Please send your age as a number, e.g. 34.' };
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

/**
 * Builds a successful {@link ParseResult}.
 *
 * @example
 * ok(42).ok; // true
 */
export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/**
 * Builds a failed {@link ParseResult} carrying the re-ask shown to the runner.
 *
 * @example
 * fail('I need a number between 10 and 100.').ok; // false
 */
export function fail<T = never>(error: string): ParseResult<T> {
  return { ok: false, error };
}
