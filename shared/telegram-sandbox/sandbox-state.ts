import { type BotSpec, BotState } from './bot-state.js';
import { FaultInjector } from './fault-injector.js';
import { FileStore } from './file-store.js';
import { DEFAULT_FLOOD_LIMITS, FloodLimiter, type FloodLimits } from './flood-limiter.js';
import { generateBotToken } from './ids.js';
import type { TgUser } from './types.js';

/**
 * Behaviour knobs of a sandbox (all optional; defaults mimic Telegram).
 *
 * @example
 * const o: SandboxBehaviour = { flood: { chatRate: 0 }, closeCooldownSeconds: 0 };
 */
export interface SandboxBehaviour {
  flood?: Partial<FloodLimits>;
  /** `close` answers 429 during this many seconds after the bot first appeared (Telegram: 600). */
  closeCooldownSeconds?: number;
  /** After `logOut` the token answers 401 for this long (Telegram: 600). */
  logOutLockSeconds?: number;
  /** answerCallbackQuery fails for queries older than this (default 900). */
  callbackQueryTtlSeconds?: number;
  /** Pause between webhook delivery retries (default 1000 ms). */
  webhookRetryDelayMs?: number;
  /** Accept plain-http webhook URLs on loopback hosts (default true; Telegram itself requires HTTPS). */
  allowLoopbackHttpWebhooks?: boolean;
}

/**
 * In-memory world of the sandbox: users, bots, files, flood limits, faults.
 *
 * @example
 * const state = new SandboxState({ bots: [{ token: generateBotToken() }] });
 * state.addUser({ id: 1001, first_name: 'Ann' });
 */
export class SandboxState {
  readonly users = new Map<number, TgUser>();
  readonly bots = new Map<string, BotState>();
  readonly files = new FileStore();
  readonly flood: FloodLimiter;
  readonly faults = new FaultInjector();
  readonly behaviour: Required<Omit<SandboxBehaviour, 'flood'>>;
  /** Calls with an unknown token. */
  unauthorizedCalls = 0;
  private nextUserId = 100_001;
  /** Executes a method a webhook answered with (set by the server). */
  executeWebhookReply: (bot: BotState, contentType: string, body: string) => Promise<void> = async () => {};

  constructor(opts: { bots?: BotSpec[] } & SandboxBehaviour = {}) {
    this.flood = new FloodLimiter({ ...DEFAULT_FLOOD_LIMITS, ...opts.flood });
    this.behaviour = {
      closeCooldownSeconds: opts.closeCooldownSeconds ?? 600,
      logOutLockSeconds: opts.logOutLockSeconds ?? 600,
      callbackQueryTtlSeconds: opts.callbackQueryTtlSeconds ?? 900,
      webhookRetryDelayMs: opts.webhookRetryDelayMs ?? 1000,
      allowLoopbackHttpWebhooks: opts.allowLoopbackHttpWebhooks ?? true,
    };
    const specs = opts.bots && opts.bots.length > 0 ? opts.bots : [{ token: generateBotToken() }];
    for (const spec of specs) this.addBot(spec);
  }

  /** Registers a bot; returns its state. */
  addBot(spec: BotSpec): BotState {
    const bot = new BotState(spec);
    this.bots.set(bot.token, bot);
    return bot;
  }

  /** The first (default) bot. */
  get defaultBot(): BotState {
    return this.bots.values().next().value!;
  }

  /** A bot by token, bot id or username; the default bot when `ref` is empty. */
  findBot(ref?: string | number): BotState | undefined {
    if (ref === undefined || ref === '') return this.defaultBot;
    for (const b of this.bots.values()) {
      if (b.token === ref || String(b.id) === String(ref) || b.me.username === ref) return b;
    }
    return undefined;
  }

  /**
   * Creates or updates a simulated user (private chat id = user id).
   *
   * @example
   * state.addUser({ first_name: 'Bob' }); // { id: 100001, is_bot: false, first_name: 'Bob' }
   */
  addUser(u: Partial<Omit<TgUser, 'is_bot'>> & { first_name?: string }): TgUser {
    const id = u.id ?? this.nextUserId++;
    const existing = this.users.get(id);
    const user: TgUser = {
      id,
      is_bot: false,
      first_name: u.first_name ?? existing?.first_name ?? `User ${id}`,
      ...((u.last_name ?? existing?.last_name) ? { last_name: u.last_name ?? existing?.last_name } : {}),
      ...((u.username ?? existing?.username) ? { username: u.username ?? existing?.username } : {}),
      language_code: u.language_code ?? existing?.language_code ?? 'en',
    };
    this.users.set(id, user);
    return user;
  }

  /** Forgets users, chats, updates, files, counters, faults and flood state (bots and tokens stay). */
  reset(): void {
    this.users.clear();
    this.files.clear();
    this.faults.clear();
    this.flood.reset();
    this.unauthorizedCalls = 0;
    const specs = [...this.bots.values()].map((b) => ({
      token: b.token,
      username: b.me.username,
      first_name: b.me.first_name,
    }));
    for (const b of this.bots.values()) b.queue.terminatePoll();
    this.bots.clear();
    for (const s of specs) this.addBot(s);
  }
}
