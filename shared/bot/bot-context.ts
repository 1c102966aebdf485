import { Context } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Config } from '../config/index.js';
import type { TransactionSql } from '../db/index.js';
import type { Locale, Translator } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import type { OutboxWriter } from '../outbox/index.js';
import type { BotReplies } from './bot-replies.js';

/** The user row of whoever sent the update. */
export interface BotUser {
  readonly id: number;
  readonly chatId: number;
  readonly firstName: string;
  readonly timeZone: string;
  /** The language the bot speaks with them. */
  readonly locale: Locale;
  /** True when this update created the user (their first contact). */
  readonly isNew: boolean;
}

/**
 * Telegraf's context plus our per-update transaction and outbox. Features read and write through `ctx.tx`
 * and reply through `ctx.out` (sent after commit); calling `ctx.reply` or `ctx.telegram` directly throws,
 * because a send cannot be rolled back.
 *
 * @example
 * composer.command('help', (ctx) => ctx.out.html(ctx.t('help-text')));
 *
 * `ctx.locale` is the sender's language (see `shared/i18n`) and `ctx.t` the translator bound to it; a
 * feature that changes the language (/language) sets both for the rest of the update.
 */
export class BotContext extends Context {
  declare tx: TransactionSql;
  declare outbox: OutboxWriter;
  declare out: BotReplies;
  declare user: BotUser | undefined;
  declare log: Logger;
  declare config: Config;
  declare locale: Locale;
  declare t: Translator;

  constructor(
    update: Update,
    ...rest: ConstructorParameters<typeof Context> extends [unknown, ...infer R] ? R : never
  ) {
    super(update, ...rest);
  }
}
