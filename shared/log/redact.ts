/** Telegram bot tokens (`123456:ABC…`), also inside `/bot<token>/` URLs and error stacks. */
const BOT_TOKEN = /\d{3,}:[A-Za-z0-9_-]{30,}/g;
/** OpenAI-style keys (`sk-…`, `sk-proj-…`). */
const API_KEY = /\bsk-[A-Za-z0-9_-]{8,}/g;
/** Passwords in connection URLs (`postgres://user:secret@host`). */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]+:)[^@/?#\s]+@/gi;

export const REDACTED = '[REDACTED]';

/**
 * Removes secrets from a string: bot tokens, `sk-` keys, URL passwords and any extra configured secret.
 *
 * @example
 * redactText('GET https://api.telegram.org/bot123456:AAAA…/getMe'); // 'GET https://api.telegram.org/bot[REDACTED]/getMe'
 */
export function redactText(text: string, extraSecrets: readonly string[] = []): string {
  let out = text;
  for (const secret of extraSecrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out.replace(BOT_TOKEN, REDACTED).replace(API_KEY, REDACTED).replace(URL_PASSWORD, `$1${REDACTED}@`);
}

/**
 * Deep-redacts any value (strings, arrays, plain objects, errors) for logging; cycles are cut.
 *
 * @example
 * redactValue({ url: 'postgres://u:pw@h/db' }); // { url: 'postgres://u:[REDACTED]@h/db' }
 */
export function redactValue(
  value: unknown,
  extraSecrets: readonly string[] = [],
  seen = new WeakSet(),
): unknown {
  if (typeof value === 'string') return redactText(value, extraSecrets);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (value instanceof Error) {
    const plain: Record<string, unknown> = { name: value.name, message: value.message, stack: value.stack };
    for (const [key, inner] of Object.entries(value)) plain[key] = inner;
    if (value.cause !== undefined) plain.cause = value.cause;
    return redactValue(plain, extraSecrets, seen);
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, extraSecrets, seen));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = redactValue(inner, extraSecrets, seen);
  return out;
}
