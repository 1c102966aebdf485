import PQueue from 'p-queue';
import type { Telegram } from 'telegraf';
import type { Logger } from '../log/index.js';
import { classifyTelegramError } from '../telegram/index.js';
import type { ClaimedDelivery, DeliveryStore } from './delivery-store.js';

/** How one reminder ended in this sender. @example const o: SendOutcome = 'sent'; */
export type SendOutcome = 'sent' | 'failed' | 'blocked' | 'retry' | 'stale' | 'lost' | 'released';

/**
 * Sender options.
 *
 * @example
 * const o: ReminderSenderOptions = { store, telegram, log, clock: () => new Date(), rate: 30, chatRate: 1 };
 */
export interface ReminderSenderOptions {
  readonly store: DeliveryStore;
  readonly telegram: Telegram;
  readonly log: Logger;
  /** The app's clock (tests shift it). */
  readonly clock: () => Date;
  /** Global messages per second (Telegram: 30). */
  readonly rate: number;
  /** Messages per second to one chat (Telegram: 1). */
  readonly chatRate: number;
  /** Telegram calls in flight at once (default max(4, rate / 10)); bounds unknown outcomes on a crash. */
  readonly maxConcurrent?: number;
  /** Attempts before a network/server error is final (default 5). */
  readonly maxAttempts?: number;
  /** First retry delay; doubles per attempt, capped at 60 s, ±20 % jitter (default 1000 ms). */
  readonly backoffMs?: number;
}

/**
 * Sends claimed reminders through one global p-queue limiter (at most `rate` calls in any rolling second,
 * spread over short windows) behind a per-chat queue (one at a time, `1/chatRate` s apart), and records
 * each outcome:
 *
 * - success → `sent` with Telegram's message id;
 * - 429 → the row goes back to `claimed`, the global queue pauses for `retry_after` (Telegram's flood
 *   wait is per bot), then the same message is tried again;
 * - 403 → the user is marked inactive and their open reminders cancelled;
 * - 400 → `failed` at once (retrying cannot help);
 * - network/5xx/401 → `pending` again after exponential backoff, `failed` after `maxAttempts`.
 *
 * @example
 * const sender = new ReminderSender({ store, telegram, log, clock, rate: 30, chatRate: 1 });
 * const outcome = await sender.deliver(claimed);
 */
export class ReminderSender {
  private readonly global: PQueue;
  private readonly chats = new Map<number, { queue: PQueue; users: number }>();
  private readonly chatGapMs: number;
  private pausedUntil = 0;
  private resumeTimer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(private readonly options: ReminderSenderOptions) {
    // At most `intervalCap` starts in any rolling `interval` (strict = sliding window): rate/10 per 100 ms
    // window (3 per 100 ms at Telegram's 30/s); finer windows lose rate to timer lateness.
    const intervalCap = Math.max(1, Math.floor(options.rate / 10));
    this.global = new PQueue({
      concurrency: options.maxConcurrent ?? Math.max(4, Math.ceil(options.rate / 10)),
      interval: (intervalCap * 1000) / options.rate,
      intervalCap,
      strict: true,
    });
    this.chatGapMs = 1000 / options.chatRate;
  }

  /** The effective global rate (messages per second). @example sender.rate; // 30 */
  get rate(): number {
    return this.options.rate;
  }

  /**
   * Sends one claimed reminder, waiting for the limiters and through 429s; resolves with the outcome
   * (every outcome is already recorded in the database).
   *
   * @example
   * await sender.deliver(claimed); // 'sent'
   */
  deliver(delivery: ClaimedDelivery): Promise<SendOutcome> {
    let chat = this.chats.get(delivery.chatId);
    if (!chat) {
      chat = { queue: new PQueue({ concurrency: 1 }), users: 0 };
      this.chats.set(delivery.chatId, chat);
    }
    chat.users++;
    const entry = chat;
    return new Promise<SendOutcome>((resolve, reject) => {
      // One message of a chat at a time, and the next one `chatGapMs` after the previous call ended.
      void entry.queue
        .add(async () => {
          try {
            resolve(await this.throughGlobal(delivery));
          } catch (err) {
            reject(err);
          }
          await sleep(this.chatGapMs);
        })
        .finally(() => {
          if (--entry.users === 0) this.chats.delete(delivery.chatId);
        });
    });
  }

  /** Stops taking new attempts; in-flight calls finish and are recorded. @example await sender.stop(); */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.resumeTimer);
    this.global.start();
  }

  private async throughGlobal(delivery: ClaimedDelivery): Promise<SendOutcome> {
    for (;;) {
      const result = await this.global.add(() => this.attempt(delivery));
      if (typeof result === 'string') return result;
      await sleep(Math.max(0, this.pausedUntil - Date.now()));
      if (this.stopping) return 'released';
    }
  }

  private async attempt(d: ClaimedDelivery): Promise<SendOutcome | { flood: number }> {
    const { store, telegram, log, clock } = this.options;
    if (this.stopping) return 'released';
    const start = await store.startSending(d.id, clock());
    if (start !== 'sending') return start;
    if (d.possibleDuplicate) {
      log.warn('possible duplicate: re-sending a reminder whose earlier attempt has an unknown outcome', {
        deliveryId: d.id,
        userId: d.userId,
      });
    }
    try {
      const message = await telegram.callApi('sendMessage', { chat_id: d.chatId, ...d.payload } as never);
      const messageId =
        typeof message === 'object' && message !== null && 'message_id' in message
          ? Number(message.message_id)
          : null;
      await store.markSent(d.id, messageId);
      return 'sent';
    } catch (err) {
      return this.handleError(d, err);
    }
  }

  private async handleError(d: ClaimedDelivery, err: unknown): Promise<SendOutcome | { flood: number }> {
    const { store, log } = this.options;
    const failure = classifyTelegramError(err);
    const error = `${failure.code} ${failure.description}`.slice(0, 500);
    switch (failure.kind) {
      case 'flood': {
        await store.backToClaimed(d.id, error);
        this.pauseFor(failure.retryAfterSec * 1000);
        log.warn('429 from Telegram; pausing reminders', { retryAfterSec: failure.retryAfterSec });
        return { flood: failure.retryAfterSec };
      }
      case 'blocked':
        await store.blocked(d.id, d.userId, error);
        log.info('user blocked the bot; marked inactive, reminders stopped', { userId: d.userId });
        return 'blocked';
      case 'bad_request':
        await store.fail(d.id, error);
        log.error('reminder rejected by Telegram; not retried', { deliveryId: d.id, error });
        return 'failed';
      default: {
        const attempts = d.attempts + 1;
        if (attempts >= (this.options.maxAttempts ?? 5)) {
          await store.fail(d.id, error);
          log.error('reminder failed; giving up', { deliveryId: d.id, attempts, error });
          return 'failed';
        }
        const base = (this.options.backoffMs ?? 1000) * 2 ** (attempts - 1);
        const delay = Math.min(60_000, base) * (0.8 + Math.random() * 0.4);
        // A dropped connection or timeout may have delivered the message: the retry is flagged.
        const uncertain = failure.kind === 'network' || failure.kind === 'aborted';
        await store.retryLater(d.id, delay, error, uncertain);
        log.warn('reminder send failed; will retry', { deliveryId: d.id, attempts, delay, error });
        return 'retry';
      }
    }
  }

  /** Holds the global queue (Telegram's flood wait is per bot) until the wait is over. */
  private pauseFor(ms: number): void {
    const until = Date.now() + ms;
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    this.global.pause();
    clearTimeout(this.resumeTimer);
    this.resumeTimer = setTimeout(() => {
      if (!this.stopping) this.global.start();
    }, ms);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
