import type { Context, Middleware } from 'koa';
import { fileMethods } from './bot-methods-files.js';
import { messageMethods } from './bot-methods-messages.js';
import { miscMethods } from './bot-methods-misc.js';
import { DescribedResult, updateMethods } from './bot-methods-updates.js';
import type { BotState } from './bot-state.js';
import { TelegramApiError } from './errors.js';
import type { MethodHandler } from './method-context.js';
import { readRequestParams } from './request-params.js';
import type { SandboxState } from './sandbox-state.js';

const METHODS = new Map<string, { name: string; handler: MethodHandler }>();
for (const group of [miscMethods, messageMethods, fileMethods, updateMethods]) {
  for (const [name, handler] of Object.entries(group)) METHODS.set(name.toLowerCase(), { name, handler });
}

/**
 * Names of the Bot API methods the sandbox implements.
 *
 * @example
 * SUPPORTED_METHODS.includes('sendMessage'); // true
 */
export const SUPPORTED_METHODS: readonly string[] = [...METHODS.values()].map((m) => m.name);

const UNAUTHORIZED = new TelegramApiError(401, 'Unauthorized');
const NOT_FOUND = new TelegramApiError(404, 'Not Found');

function send(ctx: Context, body: object, status = 200): void {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

function sendError(ctx: Context, e: unknown): void {
  const err = e instanceof TelegramApiError ? e : new TelegramApiError(500, 'Internal Server Error');
  if (!(e instanceof TelegramApiError)) console.error('[telegram-sandbox] method crashed', e);
  send(ctx, err.toJSON(), err.errorCode);
}

function authorize(state: SandboxState, token: string): BotState | undefined {
  const bot = state.bots.get(token);
  if (!bot || bot.loggedOutUntil > Date.now()) {
    state.unauthorizedCalls++;
    return undefined;
  }
  return bot;
}

/**
 * Runs one Bot API method for a bot with already-read parameter values (used by webhook replies).
 *
 * @example
 * await runMethod(state, bot, 'sendMessage', { chat_id: 1, text: 'hi' });
 */
export async function runMethod(
  state: SandboxState,
  bot: BotState,
  method: string,
  values: Record<string, unknown>,
): Promise<unknown> {
  const m = METHODS.get(method.toLowerCase());
  if (!m) throw NOT_FOUND;
  bot.count(m.name);
  const r = await m.handler({
    state,
    bot,
    params: { values, files: new Map() },
    remote: '',
    signal: new AbortController().signal,
  });
  return r instanceof DescribedResult ? r.result : r;
}

/**
 * Koa middleware serving `/bot<token>/<method>` and `/file/bot<token>/<file_path>` with Telegram's wire
 * protocol (envelopes, status codes, case-insensitive method names, every parameter encoding).
 *
 * @example
 * app.use(botApiMiddleware(state));
 */
export function botApiMiddleware(state: SandboxState): Middleware {
  return async (ctx, next) => {
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(ctx.path);
    if (file) {
      const bot = authorize(state, decodeURIComponent(file[1]!));
      if (!bot) return sendError(ctx, UNAUTHORIZED);
      const blob = state.files.byFilePath(decodeURIComponent(file[2]!));
      if (!blob) return sendError(ctx, NOT_FOUND);
      ctx.type = blob.mimeType;
      ctx.body = blob.data;
      return;
    }
    const call = /^\/bot([^/]*)\/([^/]*)\/?$/.exec(ctx.path);
    if (!call) {
      if (ctx.path.startsWith('/bot')) return sendError(ctx, NOT_FOUND);
      return next();
    }
    const bot = authorize(state, decodeURIComponent(call[1]!));
    if (!bot) return sendError(ctx, UNAUTHORIZED);
    const m = METHODS.get(call[2]!.toLowerCase());
    if (!m) return sendError(ctx, NOT_FOUND);
    bot.count(m.name);
    const fault = state.faults.take(bot.token, m.name);
    if (fault && (fault.mode ?? 'error') !== 'drop-after') {
      if (fault.mode === 'drop') {
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      const code = fault.error_code ?? 500;
      return sendError(
        ctx,
        new TelegramApiError(
          code,
          fault.description ??
            (code === 429
              ? `Too Many Requests: retry after ${fault.retry_after ?? 1}`
              : 'Internal Server Error'),
          fault.retry_after !== undefined ? { retry_after: fault.retry_after } : undefined,
        ),
      );
    }
    const aborter = new AbortController();
    ctx.res.on('close', () => {
      if (!ctx.res.writableFinished) aborter.abort();
    });
    try {
      const params = await readRequestParams(ctx.req, new URLSearchParams(ctx.querystring));
      const remote = `${ctx.req.socket.remoteAddress ?? ''}:${ctx.req.socket.remotePort ?? ''}`;
      const result = await m.handler({ state, bot, params, remote, signal: aborter.signal });
      if (fault?.mode === 'drop-after') {
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      if (result instanceof DescribedResult)
        send(ctx, { ok: true, result: result.result, description: result.description });
      else send(ctx, { ok: true, result });
    } catch (e) {
      sendError(ctx, e);
    }
  };
}

/**
 * Executes a method a webhook answered with (`{"method":"sendMessage",...}`); errors are ignored like Telegram.
 *
 * @example
 * state.executeWebhookReply = webhookReplyExecutor(state);
 */
export function webhookReplyExecutor(state: SandboxState): SandboxState['executeWebhookReply'] {
  return async (bot, contentType, body) => {
    if (!contentType.includes('application/json') || body.trim() === '') return;
    try {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      if (typeof parsed.method !== 'string') return;
      const { method, ...values } = parsed;
      await runMethod(state, bot, method, values);
    } catch {
      // Telegram silently ignores failed webhook replies.
    }
  };
}
