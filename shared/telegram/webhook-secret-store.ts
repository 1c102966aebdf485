import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Sql } from '../db/index.js';

/** Telegram accepts 1–256 characters of A–Z, a–z, 0–9, `_` and `-` as a webhook secret token. */
const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{32,256}$/);

/**
 * The webhook secret token of this installation, stored once in the database (`app_secrets`) so every
 * host's web app checks the same secret: with several hosts behind one webhook URL, each calls
 * setWebhook with it, and Telegram's requests pass on whichever host they reach. Created on first use
 * (two hosts starting at once both read the one row that won).
 *
 * @example
 * const secret = await sharedWebhookSecret(sql); // 43 url-safe characters, the same on every host
 */
export async function sharedWebhookSecret(sql: Sql): Promise<string> {
  const candidate = randomBytes(32).toString('base64url');
  await sql`
    insert into app_secrets (name, value) values ('telegram-webhook', ${candidate})
    on conflict (name) do nothing`;
  const [row] = await sql<{ value: string }[]>`select value from app_secrets where name = 'telegram-webhook'`;
  return secretSchema.parse(row?.value);
}
