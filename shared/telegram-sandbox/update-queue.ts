import { conflict } from './errors.js';
import { randomUpdateIdBase } from './ids.js';
import type { TgUpdate } from './types.js';

/** Update types delivered when allowed_updates is empty or was never set (Telegram's default). */
const DEFAULT_EXCLUDED = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

/**
 * Webhook settings as stored by setWebhook.
 *
 * @example
 * const w: WebhookConfig = { url: 'https://example.com/hook', maxConnections: 40 };
 */
export interface WebhookConfig {
  url: string;
  secretToken?: string;
  maxConnections: number;
  ipAddress?: string;
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

interface Poller {
  limit: number;
  resolve: (updates: TgUpdate[]) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Statistics about getUpdates callers of one bot.
 *
 * @example
 * const s: PollerStats = { requests: 3, conflicts: 0, remoteAddresses: ['127.0.0.1:50412'] };
 */
export interface PollerStats {
  requests: number;
  conflicts: number;
  remoteAddresses: string[];
}

/**
 * Pending updates of one bot, kept until confirmed, with real long polling and webhook hand-off.
 *
 * @example
 * const q = new UpdateQueue();
 * q.push({ message });
 * await q.getUpdates({ offset: 0, limit: 100, timeoutSec: 0 }); // [{ update_id: 583920112, message }]
 */
export class UpdateQueue {
  private nextId = randomUpdateIdBase();
  private pending: TgUpdate[] = [];
  private allowed: string[] = [];
  private poller: Poller | undefined;
  private pollWaiters: (() => void)[] = [];
  webhook: WebhookConfig | undefined;
  /** Called after an update is queued (webhook delivery hooks here). */
  onPush: () => void = () => {};
  readonly stats: PollerStats = { requests: 0, conflicts: 0, remoteAddresses: [] };

  /** Current allowed_updates (empty = Telegram's default set). */
  get allowedUpdates(): string[] {
    return [...this.allowed];
  }

  /** Replaces allowed_updates (persisted like Telegram). */
  setAllowedUpdates(list: string[]): void {
    this.allowed = [...list];
  }

  /** True while a getUpdates long poll is waiting. */
  get isPolling(): boolean {
    return this.poller !== undefined;
  }

  /**
   * Resolves once a getUpdates long poll is waiting (immediately if one is).
   *
   * @example
   * await bot.queue.whenPolling(); // the bot is now idle and listening
   */
  whenPolling(): Promise<void> {
    if (this.poller) return Promise.resolve();
    return new Promise((resolve) => this.pollWaiters.push(resolve));
  }

  /** Number of updates not yet confirmed. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** A copy of the unconfirmed updates. */
  peek(): TgUpdate[] {
    return [...this.pending];
  }

  private isAllowed(type: string): boolean {
    return this.allowed.length === 0 ? !DEFAULT_EXCLUDED.has(type) : this.allowed.includes(type);
  }

  /**
   * Queues an update (dropped when its type is not in allowed_updates); returns it with its update_id.
   *
   * @example
   * q.push({ callback_query: query });
   */
  push(body: Omit<TgUpdate, 'update_id'>): TgUpdate | undefined {
    const type = Object.keys(body)[0]!;
    if (!this.isAllowed(type)) return undefined;
    const update = { update_id: this.nextId++, ...body } as TgUpdate;
    this.pending.push(update);
    if (this.poller) {
      const p = this.poller;
      this.poller = undefined;
      clearTimeout(p.timer);
      p.resolve(this.pending.slice(0, p.limit));
    }
    this.onPush();
    return update;
  }

  /** Confirms (drops) updates before `offset`; negative offsets keep only the last `-offset` updates. */
  confirm(offset: number): void {
    if (offset > 0) this.pending = this.pending.filter((u) => u.update_id >= offset);
    else if (offset < 0) this.pending = this.pending.slice(offset);
  }

  /** Drops the first update (webhook delivered it). */
  shift(): void {
    this.pending.shift();
  }

  /** Drops every pending update (drop_pending_updates). */
  dropAll(): void {
    this.pending = [];
  }

  /** Ends a pending long poll with `error` (e.g. setWebhook, close, another getUpdates). */
  terminatePoll(error?: Error): void {
    const p = this.poller;
    if (!p) return;
    this.poller = undefined;
    clearTimeout(p.timer);
    if (error) p.reject(error);
    else p.resolve([]);
  }

  /**
   * getUpdates with Telegram semantics: 409 while a webhook is set; a newer call terminates the older
   * pending one with 409; waits up to `timeoutSec` for the first update. `signal` aborts silently when
   * the HTTP client goes away.
   */
  async getUpdates(
    opts: { offset: number; limit: number; timeoutSec: number; allowedUpdates?: string[]; remote?: string },
    signal?: AbortSignal,
  ): Promise<TgUpdate[]> {
    this.stats.requests++;
    if (
      opts.remote &&
      !this.stats.remoteAddresses.includes(opts.remote) &&
      this.stats.remoteAddresses.length < 1000
    ) {
      this.stats.remoteAddresses.push(opts.remote);
    }
    if (this.poller) {
      // A client that aborted its poll and immediately polls again (telegraf's stop/offset sync) is not a
      // second instance: let the event loop process the old connection's close before judging.
      for (let i = 0; i < 3 && this.poller; i++) await new Promise((r) => setImmediate(r));
    }
    if (this.webhook) {
      throw conflict(
        "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    if (this.poller) {
      this.stats.conflicts++;
      this.terminatePoll(
        conflict('terminated by other getUpdates request; make sure that only one bot instance is running'),
      );
    }
    if (opts.allowedUpdates !== undefined) this.allowed = [...opts.allowedUpdates];
    this.confirm(opts.offset);
    if (this.pending.length > 0 || opts.timeoutSec <= 0)
      return Promise.resolve(this.pending.slice(0, opts.limit));
    return new Promise((resolve, reject) => {
      const poller: Poller = {
        limit: opts.limit,
        resolve,
        reject,
        timer: setTimeout(() => {
          if (this.poller === poller) this.poller = undefined;
          resolve([]);
        }, opts.timeoutSec * 1000),
      };
      this.poller = poller;
      const waiters = this.pollWaiters;
      this.pollWaiters = [];
      for (const w of waiters) w();
      signal?.addEventListener('abort', () => {
        if (this.poller !== poller) return;
        this.poller = undefined;
        clearTimeout(poller.timer);
        resolve([]);
      });
    });
  }
}
