import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { botApiMiddleware, webhookReplyExecutor } from './bot-api.js';
import type { BotSpec } from './bot-state.js';
import { generateBotToken } from './ids.js';
import { type SandboxBehaviour, SandboxState } from './sandbox-state.js';
import type { TgUser } from './types.js';
import { userApiMiddleware } from './user-api.js';

/**
 * Options of {@link createSandbox}.
 *
 * @example
 * const o: SandboxOptions = { port: 0, token: process.env.SANDBOX_BOT_TOKEN, flood: { chatRate: 1, chatBurst: 3 } };
 */
export interface SandboxOptions extends SandboxBehaviour {
  /** Port to listen on (0 = any free port). Default 8081. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Token of the default bot (generated when absent). */
  token?: string;
  botUsername?: string;
  botName?: string;
  /** More bots (the first one is the default bot unless `token` is set). */
  bots?: BotSpec[];
}

/**
 * A running sandbox.
 *
 * @example
 * const sb = await createSandbox({ port: 0 });
 * const telegram = new Telegram(sb.token, { apiRoot: sb.apiRoot });
 * await sb.close();
 */
export interface RunningSandbox {
  /** Base URL, e.g. `http://127.0.0.1:8081` (user API under `/sandbox`, page at `/chat`). */
  url: string;
  /** Value for telegraf's `telegram.apiRoot` (same as url). */
  apiRoot: string;
  port: number;
  /** Token of the default bot. */
  token: string;
  /** The default bot's user (getMe). */
  botUser: TgUser;
  /** URL of the chat page. */
  chatUrl: string;
  /** The in-memory world (for in-process inspection). */
  state: SandboxState;
  close(): Promise<void>;
}

/**
 * Starts a local HTTP server speaking the Telegram Bot API wire protocol plus the sandbox user API.
 *
 * @example
 * const sb = await createSandbox({ port: 0, closeCooldownSeconds: 0 });
 * console.log(sb.apiRoot, sb.token, sb.chatUrl);
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const bots: BotSpec[] = [];
  if (options.token || !options.bots?.length) {
    bots.push({
      token: options.token ?? generateBotToken(),
      ...(options.botUsername ? { username: options.botUsername } : {}),
      ...(options.botName ? { first_name: options.botName } : {}),
    });
  }
  bots.push(...(options.bots ?? []));
  const state = new SandboxState({ ...options, bots });
  state.executeWebhookReply = webhookReplyExecutor(state);
  let base = '';
  const app = new Koa();
  app.silent = true;
  app.use(botApiMiddleware(state));
  app.use(userApiMiddleware(state, () => base));
  app.use(async (ctx) => {
    ctx.status = 404;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' });
  });
  const server: Server = createServer(app.callback());
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = 0;
  server.headersTimeout = 70_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8081, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closed: Promise<void> | undefined;
  return {
    url: base,
    apiRoot: base,
    port,
    token: state.defaultBot.token,
    botUser: state.defaultBot.me,
    chatUrl: `${base}/chat`,
    state,
    close() {
      closed ??= new Promise<void>((resolve) => {
        for (const b of state.bots.values()) {
          b.queue.webhook = undefined;
          b.queue.terminatePoll();
        }
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
