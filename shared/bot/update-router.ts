import { Composer, type Middleware, Telegram } from 'telegraf';
import type { Update, UserFromGetMe } from 'telegraf/types';
import type { Config } from '../config/index.js';
import type { TransactionSql } from '../db/index.js';
import type { UpdateHandler } from '../inbox/index.js';
import type { Logger } from '../log/index.js';
import type { OutboxWriter } from '../outbox/index.js';
import { BotContext, type BotUser } from './bot-context.js';
import { BotReplies } from './bot-replies.js';
import { DirectSendError } from './direct-send-error.js';

/** A Telegram client that refuses every call: inside a handler, replies must go through `ctx.out`. */
class OutboxOnlyTelegram extends Telegram {
  override callApi(method: string): never {
    throw new DirectSendError(method);
  }
}

export interface UpdateRouterOptions {
  readonly features: ReadonlyArray<Middleware<BotContext>>;
  readonly botInfo: UserFromGetMe;
  readonly config: Config;
  readonly log: Logger;
}

/**
 * Builds the inbox's {@link UpdateHandler} from bot features (telegraf composers over {@link BotContext}):
 * records the sender in `users`, then runs the features with the update's transaction and outbox.
 *
 * @example
 * const handle = createUpdateRouter({ features: [help, profile, fallback], botInfo, config, log });
 * new UpdateProcessor({ sql, log, handle });
 */
export function createUpdateRouter(options: UpdateRouterOptions): UpdateHandler {
  const middleware = Composer.compose([...options.features]);
  const telegram = new OutboxOnlyTelegram('0:outbox-only', { apiRoot: 'http://127.0.0.1:9' });
  return async (update: Update, tx: TransactionSql, outbox: OutboxWriter) => {
    const ctx = new BotContext(update, telegram, options.botInfo);
    ctx.tx = tx;
    ctx.outbox = outbox;
    ctx.log = options.log;
    ctx.config = options.config;
    ctx.user = await upsertUser(tx, ctx);
    const chatId = ctx.chat?.id ?? ctx.from?.id;
    ctx.out = new BotReplies(outbox, chatId ?? 0, ctx.callbackQuery?.id);
    if (ctx.user && 'my_chat_member' in update) {
      // The user blocked (kicked) or unblocked the bot: reminders stop or resume.
      const status = update.my_chat_member.new_chat_member.status;
      await tx`update users set is_active = ${status !== 'kicked'}, updated_at = now() where id = ${ctx.user.id}`;
      return;
    }
    await middleware(ctx, async () => {});
  };
}

async function upsertUser(tx: TransactionSql, ctx: BotContext): Promise<BotUser | undefined> {
  const from = ctx.from;
  if (!from || from.is_bot) return undefined;
  const chatId = ctx.chat?.type === 'private' ? ctx.chat.id : from.id;
  // Writes only when something changed (a new user, a renamed one, one coming back after blocking the
  // bot): most updates come from a known, unchanged user, and an unconditional upsert would write a new
  // row version — WAL, a dead tuple, index churn — for every message. The second branch reads the row
  // the conditional update left alone, in the same statement (one round trip either way).
  type UserRow = { id: number; chat_id: number; first_name: string; time_zone: string; is_new: boolean };
  let [row] = await tx<UserRow[]>`
    with fresh as (
      insert into users (id, chat_id, first_name, last_name, username, language_code)
      values (${from.id}, ${chatId}, ${from.first_name.slice(0, 256)}, ${from.last_name?.slice(0, 256) ?? null},
              ${from.username ?? null}, ${from.language_code ?? null})
      on conflict (id) do update set
        first_name = excluded.first_name, last_name = excluded.last_name, username = excluded.username,
        language_code = excluded.language_code, is_active = true, updated_at = now()
      where (users.first_name, users.last_name, users.username, users.language_code, users.is_active)
        is distinct from (excluded.first_name, excluded.last_name, excluded.username, excluded.language_code, true)
      returning id, chat_id, first_name, time_zone, (xmax = 0) as is_new
    )
    select * from fresh
    union all
    select id, chat_id, first_name, time_zone, false from users
    where id = ${from.id} and not exists (select 1 from fresh)`;
  // Only when another transaction inserted this user after the statement's snapshot (the same user in
  // two chats at once): the conflict found their row, which that snapshot cannot see.
  if (!row) {
    [row] = await tx<UserRow[]>`
      select id, chat_id, first_name, time_zone, false as is_new from users where id = ${from.id}`;
  }
  if (!row) return undefined;
  return {
    id: row.id,
    chatId: row.chat_id,
    firstName: row.first_name,
    timeZone: row.time_zone,
    isNew: row.is_new,
  };
}
