import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type Router from '@koa/router';
import type { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { z } from 'zod';
import type { Sql } from '../../../shared/db/index.js';
import { ALLOWED_UPDATES, storeUpdates } from '../../../shared/inbox/index.js';
import type { Logger } from '../../../shared/log/index.js';

/** Path Telegram posts updates to. */
export const WEBHOOK_PATH = '/telegram/webhook';
/** Largest accepted update body. */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

/** Raised for a request body over the limit. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly limit: number) {
    super(`request body exceeds ${limit} bytes`);
  }
}

/**
 * The URL given to setWebhook: `WEBHOOK_URL` plus `/telegram/webhook` (unless it already ends with it).
 *
 * @example
 * webhookEndpoint('https://bot.example.com/'); // 'https://bot.example.com/telegram/webhook'
 */
export function webhookEndpoint(webhookUrl: string): string {
  const base = webhookUrl.replace(/\/+$/, '');
  return base.endsWith(WEBHOOK_PATH) ? base : `${base}${WEBHOOK_PATH}`;
}

/** Constant-time comparison of the secret header (hashes first, so lengths never leak). */
function secretMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The minimum an update must have; the rest is stored as received. */
const updateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

/**
 * POST `/telegram/webhook`: only with the matching `X-Telegram-Bot-Api-Secret-Token` (401 otherwise,
 * nothing stored); the body (≤ 1 MB, `update_id` an integer) goes into the same durable inbox as polling
 * (`source = 'webhook'`) and bot-poller's processor handles it. Answers 200 as soon as it is stored.
 *
 * @example
 * registerWebhookRoutes(router, { sql, log, secret: await sharedWebhookSecret(sql) });
 */
export function registerWebhookRoutes(
  router: Router,
  options: { sql: Sql; log: Logger; secret: string },
): void {
  const { sql, log, secret } = options;
  router.post(WEBHOOK_PATH, async (ctx) => {
    if (!secretMatches(ctx.get('x-telegram-bot-api-secret-token') || undefined, secret)) {
      log.warn('webhook request rejected: missing or wrong secret token', { ip: ctx.ip });
      ctx.status = 401;
      ctx.body = { ok: false, error: 'unauthorized' };
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse((await readBody(ctx.req, WEBHOOK_BODY_LIMIT)).toString('utf8'));
    } catch (err) {
      ctx.status = err instanceof BodyTooLargeError ? 413 : 400;
      ctx.body = { ok: false, error: err instanceof BodyTooLargeError ? 'body too large' : 'invalid JSON' };
      return;
    }
    const update = updateSchema.safeParse(parsed);
    if (!update.success) {
      ctx.status = 400;
      ctx.body = { ok: false, error: 'not an update (update_id must be an integer)' };
      return;
    }
    const fresh = await storeUpdates(sql, [update.data as unknown as Update], 'webhook');
    log.debug('webhook update stored', { updateId: update.data.update_id, fresh });
    ctx.status = 200;
    ctx.body = { ok: true };
  });
}

/**
 * Calls setWebhook (URL + secret token + the update kinds the bot handles), retrying with backoff until it
 * succeeds or `signal` aborts.
 *
 * @example
 * void registerWebhook(telegram, { url: webhookEndpoint(config.telegram.webhookUrl), secret, log, signal });
 */
export async function registerWebhook(
  telegram: Telegram,
  options: { url: string; secret: string; log: Logger; signal: AbortSignal },
): Promise<boolean> {
  const { url, secret, log, signal } = options;
  for (let attempt = 1; !signal.aborted; attempt++) {
    try {
      await telegram.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
      log.info('webhook set', { url });
      return true;
    } catch (err) {
      const delayMs = Math.min(30_000, 500 * 2 ** attempt);
      log.warn('setWebhook failed; retrying', { err: String(err), delayMs, attempt });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delayMs);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
  return false;
}
