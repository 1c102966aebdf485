import type { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Sql } from '../db/index.js';
import type { HeartbeatWriter, PollerLock } from '../health/index.js';
import type { Logger } from '../log/index.js';
import { classifyTelegramError } from '../telegram/index.js';
import { storeUpdates } from './inbox-store.js';

export interface UpdatePollerOptions {
  readonly telegram: Telegram;
  readonly sql: Sql;
  readonly log: Logger;
  readonly heartbeat: HeartbeatWriter;
  readonly lock: PollerLock;
  /** Long-poll timeout in seconds (default 25); PM2's kill_timeout for bot-poller must exceed it. */
  readonly timeoutSec?: number;
  /** Pause between leadership attempts while standing by (default 3 s). */
  readonly standbyRetryMs?: number;
  /** 409s within two minutes after which we stop fighting and raise the alarm (default 5). */
  readonly conflictAlarmThreshold?: number;
  readonly allowedUpdates?: readonly string[];
}

/** Update kinds the bot handles; anything else is never delivered to us. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

/**
 * The getUpdates loop of bot-poller. Only the holder of the {@link PollerLock} polls; others stand by and
 * take over when the leader dies. Each batch is written to the durable inbox and only then confirmed (the
 * next getUpdates carries the new offset), so a kill -9 at any point loses nothing and the inbox's
 * primary key drops re-deliveries.
 *
 * 409 Conflict (telegraf treats it as fatal) is handled here: logged, `deleteWebhook` without dropping
 * pending updates, backoff with jitter, retry; when another live poller keeps winning we stand back and
 * raise the alarm (log + heartbeat state `degraded`) instead of crash-looping.
 *
 * @example
 * const poller = new UpdatePoller({ telegram, sql, log, heartbeat, lock });
 * await poller.run(signal); // until signal aborts
 */
export class UpdatePoller {
  private offset: number | undefined;
  private conflicts: number[] = [];
  private inflight: AbortController | undefined;
  private readonly timeoutSec: number;

  constructor(private readonly options: UpdatePollerOptions) {
    this.timeoutSec = options.timeoutSec ?? 25;
  }

  /** Releases the poller lock (after {@link run} returned). */
  releaseLock(): Promise<void> {
    return this.options.lock.release();
  }

  /** Aborts the current long poll (used when the lock is lost). */
  interrupt(): void {
    this.inflight?.abort();
  }

  async run(signal: AbortSignal): Promise<void> {
    const { log, heartbeat, lock } = this.options;
    const onAbort = () => this.interrupt();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      while (!signal.aborted) {
        if (!lock.isHeld) {
          let failed = false;
          const acquired = await lock.tryAcquire().catch((err: unknown) => {
            log.warn('could not try the poller lock', { err: String(err) });
            failed = true;
            return false;
          });
          if (!acquired) {
            heartbeat.setFileName(`bot-poller.standby-${process.pid}`);
            heartbeat.setState('standby', { role: 'standby' });
            heartbeat.progress();
            // Held by another poller: check back now and then. Could not even try (the database is
            // restarting): try again soon, since nobody else can be polling without it either.
            await sleep(failed ? 1_000 : (this.options.standbyRetryMs ?? 3_000), signal);
            continue;
          }
          heartbeat.setFileName('bot-poller');
          heartbeat.setState('ready', { role: 'leader', lockedAt: new Date().toISOString() });
          log.info('poller lock acquired: this instance polls Telegram', { pid: process.pid });
        }
        await this.pollOnce(signal);
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      await this.confirmOffset();
    }
  }

  private async pollOnce(signal: AbortSignal): Promise<void> {
    const { telegram, sql, log, heartbeat } = this.options;
    this.inflight = new AbortController();
    let updates: Update[];
    try {
      updates = await telegram.callApi(
        'getUpdates',
        {
          offset: this.offset,
          timeout: this.timeoutSec,
          limit: 100,
          allowed_updates: [...(this.options.allowedUpdates ?? ALLOWED_UPDATES)] as never,
        },
        // telegraf types its signal with the abort-controller shim; the platform's works at runtime.
        { signal: this.inflight.signal as never },
      );
    } catch (err) {
      heartbeat.progress({ lastGetUpdatesAt: new Date().toISOString() });
      await this.handleFailure(err, signal);
      return;
    } finally {
      this.inflight = undefined;
    }
    heartbeat.progress({ lastGetUpdatesAt: new Date().toISOString() });
    if (this.conflicts.length > 0) {
      this.conflicts = [];
      heartbeat.setState('ready', { alarm: null });
      log.info('polling recovered after 409 conflicts');
    }
    if (updates.length === 0) return;
    try {
      const fresh = await storeUpdates(sql, updates, 'polling');
      // Only now may Telegram forget them: the next getUpdates carries this offset.
      this.offset = (updates.at(-1)?.update_id ?? 0) + 1;
      heartbeat.progress({ lastUpdateId: this.offset - 1 });
      log.debug('updates stored', { received: updates.length, fresh });
    } catch (err) {
      // Not confirmed: the same batch comes back on the next call.
      log.error('could not store updates; they stay unconfirmed and will be fetched again', {
        err: String(err),
      });
      await sleep(1_000, signal);
    }
  }

  private async handleFailure(err: unknown, signal: AbortSignal): Promise<void> {
    const { log, telegram, heartbeat } = this.options;
    const failure = classifyTelegramError(err);
    switch (failure.kind) {
      case 'aborted':
        return;
      case 'conflict': {
        const now = Date.now();
        this.conflicts = [...this.conflicts.filter((t) => now - t < 120_000), now];
        log.warn(`409 Conflict from getUpdates: ${failure.description}`, { streak: this.conflicts.length });
        if (failure.webhookActive || this.conflicts.length === 1) {
          await telegram
            .callApi('deleteWebhook', { drop_pending_updates: false })
            .then(() => log.info('deleteWebhook called (pending updates kept)'))
            .catch((e: unknown) => log.warn('deleteWebhook failed', { err: String(e) }));
        }
        const threshold = this.options.conflictAlarmThreshold ?? 5;
        if (this.conflicts.length >= threshold) {
          const alarm =
            'another bot instance keeps polling with this token; standing back (see scripts/reset-session.sh)';
          log.error(`ALARM: ${alarm}`, { conflictsInTwoMinutes: this.conflicts.length });
          heartbeat.setState('degraded', { alarm });
          await sleep(jitter(15_000, 20_000), signal);
        } else {
          await sleep(jitter(500, 1_500) * 2 ** (this.conflicts.length - 1), signal);
        }
        return;
      }
      case 'flood':
        log.warn('getUpdates rate limited', { retryAfterSec: failure.retryAfterSec });
        await sleep(failure.retryAfterSec * 1_000, signal);
        return;
      case 'unauthorized':
        log.error('Telegram rejected the bot token (401): check TELEGRAM_BOT_TOKEN; retrying in 30 s');
        heartbeat.setState('degraded', { alarm: 'bot token rejected (401)' });
        await sleep(30_000, signal);
        return;
      default:
        log.warn('getUpdates failed; retrying', { kind: failure.kind, error: failure.description });
        await sleep(jitter(1_000, 3_000), signal);
    }
  }

  /** On a clean stop, tells Telegram everything stored so far is handled (timeout 0, nothing waits). */
  private async confirmOffset(): Promise<void> {
    const { telegram, sql, log, lock } = this.options;
    if (!lock.isHeld || this.offset === undefined) return;
    try {
      const rest = await telegram.callApi('getUpdates', { offset: this.offset, timeout: 0, limit: 100 });
      // Whatever arrived meanwhile is stored too (confirmed by the next poller's first call).
      await storeUpdates(sql, rest, 'polling');
      log.info('offset confirmed', { offset: this.offset });
    } catch (err) {
      log.warn('could not confirm the offset on stop (updates stay unconfirmed, none lost)', {
        err: String(err),
      });
    }
  }
}

function jitter(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
