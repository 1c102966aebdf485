import { Telegraf, Telegram } from 'telegraf';
import {
  createSandbox,
  type RunningSandbox,
  SandboxClient,
  type SandboxOptions,
  type SandboxUser,
} from '../../shared/telegram-sandbox/index.js';

/**
 * An in-process sandbox plus a typed client, for tests.
 *
 * @example
 * const sb = await startSandbox();
 * const ann = sb.user({ id: 1001, first_name: 'Ann' });
 * await ann.send('/start');
 * const reply = await ann.waitForMessage((m) => m.text.includes('Welcome'), { timeoutMs: 10000 });
 * await ann.press(reply, 'Marathon');
 * await sb.close();
 */
export interface TestSandbox extends RunningSandbox {
  /** User-API client (stats, faults, flood limits, reset). */
  client: SandboxClient;
  /** A simulated user (created lazily on first action). */
  user(u?: {
    id?: number;
    first_name?: string;
    last_name?: string;
    username?: string;
    language_code?: string;
  }): SandboxUser;
  /** A telegraf API client for the default bot (or another token). */
  telegram(token?: string): Telegram;
  /** A telegraf bot wired to the sandbox (not launched). */
  telegraf(token?: string): Telegraf;
  /**
   * Launches a telegraf bot with long polling and resolves once its first getUpdates is waiting;
   * `stop()` stops it and resolves when its polling loop has ended.
   */
  launch(bot: Telegraf): Promise<{ stop(): Promise<void>; done: Promise<void> }>;
}

/**
 * Starts a sandbox on a free port (port 0) with Telegram's defaults unless overridden.
 *
 * @example
 * const sb = await startSandbox({ flood: { chatRate: 0, globalRate: 0 } });
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sb = await createSandbox({ port: 0, ...options });
  const client = new SandboxClient(sb.url);
  return {
    ...sb,
    client,
    close: () => sb.close(),
    user: (u = {}) => client.user(u),
    telegram: (token = sb.token) => new Telegram(token, { apiRoot: sb.apiRoot }),
    telegraf: (token = sb.token) => new Telegraf(token, { telegram: { apiRoot: sb.apiRoot } }),
    async launch(bot) {
      const state = sb.state.findBot(bot.telegram.token);
      if (!state) throw new Error('this bot token is not registered in the sandbox');
      const polling = state.queue.whenPolling();
      const done = bot.launch();
      await Promise.race([
        polling,
        done.then(() => Promise.reject(new Error('bot.launch() ended before polling'))),
      ]);
      return {
        done,
        async stop() {
          bot.stop('test');
          await done;
        },
      };
    },
  };
}
