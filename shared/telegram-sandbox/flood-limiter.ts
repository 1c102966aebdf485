import { tooManyRequests } from './errors.js';

/**
 * Flood limits: a token bucket per bot (global) and one per chat.
 *
 * @example
 * const limits: FloodLimits = { globalRate: 30, globalBurst: 30, chatRate: 1, chatBurst: 3 };
 */
export interface FloodLimits {
  /** Messages per second per bot over all chats (Telegram: ~30). 0 disables. */
  globalRate: number;
  globalBurst: number;
  /** Messages per second per chat (Telegram: ~1). 0 disables. */
  chatRate: number;
  chatBurst: number;
}

/** Telegram-like defaults: 30/s per bot, 1/s per chat with a burst of 3. */
export const DEFAULT_FLOOD_LIMITS: FloodLimits = {
  globalRate: 30,
  globalBurst: 30,
  chatRate: 1,
  chatBurst: 3,
};

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token-bucket limiter answering Telegram's `429 Too Many Requests: retry after N`.
 *
 * @example
 * const limiter = new FloodLimiter(DEFAULT_FLOOD_LIMITS);
 * limiter.take(botId, chatId); // throws TelegramApiError 429 when over the limit
 */
export class FloodLimiter {
  private limits: FloodLimits;
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;

  constructor(limits: FloodLimits, now: () => number = Date.now) {
    this.limits = { ...limits };
    this.now = now;
  }

  /** Current limits. */
  get current(): FloodLimits {
    return { ...this.limits };
  }

  /**
   * Replaces some limits and resets the buckets.
   *
   * @example
   * limiter.configure({ chatRate: 0 }); // no per-chat limit
   */
  configure(patch: Partial<FloodLimits>): void {
    this.limits = { ...this.limits, ...patch };
    this.buckets.clear();
  }

  /** Forgets all consumed tokens. */
  reset(): void {
    this.buckets.clear();
  }

  /**
   * Consumes one message from the bot's and the chat's bucket, or throws 429 with retry_after (seconds, ≥1).
   *
   * @example
   * limiter.take(1, 1001);
   */
  take(botId: number, chatId: number | undefined): void {
    const now = this.now();
    const checks: [string, number, number][] = [
      [`g:${botId}`, this.limits.globalRate, this.limits.globalBurst],
    ];
    if (chatId !== undefined)
      checks.push([`c:${botId}:${chatId}`, this.limits.chatRate, this.limits.chatBurst]);
    let wait = 0;
    const refreshed: [string, Bucket][] = [];
    for (const [key, rate, burst] of checks) {
      if (rate <= 0) continue;
      const cap = Math.max(1, burst);
      const b = this.buckets.get(key) ?? { tokens: cap, at: now };
      const tokens = Math.min(cap, b.tokens + ((now - b.at) / 1000) * rate);
      if (tokens < 1) wait = Math.max(wait, (1 - tokens) / rate);
      refreshed.push([key, { tokens, at: now }]);
    }
    if (wait > 0) throw tooManyRequests(Math.max(1, Math.ceil(wait)));
    for (const [key, b] of refreshed) this.buckets.set(key, { tokens: b.tokens - 1, at: b.at });
  }
}
