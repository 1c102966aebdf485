const MAX_ERROR_CHARS = 8_000;

/**
 * The text stored in `jobs.last_error` and logged: the stack (or message), at most 8 000 characters.
 *
 * @example
 * formatError(new Error('boom')); // 'Error: boom\n    at …'
 */
export function formatError(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}…` : text;
}
