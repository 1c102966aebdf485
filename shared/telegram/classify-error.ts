import { TelegramError } from 'telegraf';

/** What a failed Bot API call means for the caller. */
export type TelegramFailure =
  | { kind: 'conflict'; webhookActive: boolean; code: 409; description: string }
  | { kind: 'flood'; retryAfterSec: number; code: 429; description: string }
  | { kind: 'blocked'; code: 403; description: string }
  | { kind: 'unauthorized'; code: 401; description: string }
  | { kind: 'bad_request'; code: number; description: string }
  | { kind: 'server'; code: number; description: string }
  | { kind: 'network'; code: 0; description: string }
  | { kind: 'aborted'; code: 0; description: string };

/**
 * Classifies an error thrown by telegraf's client so callers can branch on meaning, not strings.
 *
 * @example
 * const failure = classifyTelegramError(err);
 * if (failure.kind === 'flood') await sleep(failure.retryAfterSec * 1000);
 */
export function classifyTelegramError(err: unknown): TelegramFailure {
  if (err instanceof TelegramError) {
    const code = err.code;
    const description = err.description;
    if (code === 409)
      return { kind: 'conflict', webhookActive: /webhook is active/i.test(description), code, description };
    if (code === 429) {
      return {
        kind: 'flood',
        retryAfterSec: Math.max(1, err.parameters?.retry_after ?? 1),
        code,
        description,
      };
    }
    if (code === 403) return { kind: 'blocked', code, description };
    if (code === 401 || code === 404) return { kind: 'unauthorized', code: 401, description };
    if (code >= 500) return { kind: 'server', code, description };
    return { kind: 'bad_request', code, description };
  }
  const error = err as { name?: string; type?: string; message?: string };
  if (error?.name === 'AbortError' || error?.type === 'aborted') {
    return { kind: 'aborted', code: 0, description: 'request aborted' };
  }
  return { kind: 'network', code: 0, description: String(error?.message ?? err) };
}
