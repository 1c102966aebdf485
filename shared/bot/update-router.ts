import { Composer, type Middleware, Telegram } from 'telegraf';
import type { Update, UserFromGetMe } from 'telegraf/types';
import type { Config } from '../config/index.js';
import type { TransactionSql } from '../db/index.js';
import type { UpdateHandler } from '../inbox/index.js';
import type { Logger } from '../log/index.js';
import { recordUsers, setUserActive } from '../users/index.js';
import { BotContext } from './bot-context.js';
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
  // Contexts whose sender a batch already recorded (prepareBatch), until their update is handled.
  const prepared = new WeakMap<Update, BotContext>();
  const contextFor = (update: Update, tx: TransactionSql) => {
    const ctx = new BotContext(update, telegram, options.botInfo);
    ctx.tx = tx;
    ctx.log = options.log;
    ctx.config = options.config;
    return ctx;
  };
  const handle: UpdateHandler = async (update, tx, outbox) => {
    let ctx = prepared.get(update);
    prepared.delete(update);
    if (!ctx || ctx.tx !== tx) {
      ctx = contextFor(update, tx);
      ctx.user = (await recordUsers(tx, [ctx])).get(ctx);
    }
    ctx.outbox = outbox;
    const chatId = ctx.chat?.id ?? ctx.from?.id;
    ctx.out = new BotReplies(outbox, chatId ?? 0, ctx.callbackQuery?.id);
    if (ctx.user && 'my_chat_member' in update) {
      // The user blocked (kicked) or unblocked the bot: reminders stop or resume.
      const status = update.my_chat_member.new_chat_member.status;
      await setUserActive(tx, ctx.user.id, status !== 'kicked');
      return;
    }
    await middleware(ctx, async () => {});
  };
  // A batch in one transaction records all its senders in one statement instead of one each.
  handle.prepareBatch = async (updates, tx) => {
    const contexts = updates.map((update) => contextFor(update, tx));
    const users = await recordUsers(tx, contexts);
    for (const ctx of contexts) {
      ctx.user = users.get(ctx);
      prepared.set(ctx.update, ctx);
    }
  };
  return handle;
}
