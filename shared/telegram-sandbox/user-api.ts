import { Router } from '@koa/router';
import type { Context, Middleware } from 'koa';
import { SUPPORTED_METHODS } from './bot-api.js';
import type { BotState } from './bot-state.js';
import { renderChatPage } from './chat-page.js';
import { SandboxUserError, TelegramApiError } from './errors.js';
import type { FaultSpec } from './fault-injector.js';
import type { FloodLimits } from './flood-limiter.js';
import { type RequestParams, readRequestParams } from './request-params.js';
import type { SandboxState } from './sandbox-state.js';
import { userPressButton, userSendFile, userSendText, userSetBlocked } from './user-actions.js';

function botOf(state: SandboxState, ctx: Context, body?: RequestParams): BotState {
  const ref = (body?.values.bot as string | undefined) ?? (ctx.query.bot as string | undefined);
  const bot = state.findBot(ref);
  if (!bot) throw new SandboxUserError(404, `unknown bot ${ref}`);
  return bot;
}

function num(v: unknown, name: string): number {
  const n = Number(v);
  if (v === undefined || v === '' || !Number.isSafeInteger(n))
    throw new SandboxUserError(400, `${name} must be an integer`);
  return n;
}

function optionalNum(v: unknown): number | undefined {
  return v === undefined || v === '' ? undefined : Number(v);
}

/**
 * Koa middleware for the user side of the sandbox (the simulated Telegram app), under `/sandbox/…`,
 * JSON in/out, CORS open; plus the chat page at `/chat`. See README.md for the routes.
 *
 * @example
 * app.use(userApiMiddleware(state, () => 'http://127.0.0.1:8081'));
 */
export function userApiMiddleware(state: SandboxState, baseUrl: () => string): Middleware {
  const r = new Router({ prefix: '/sandbox' });
  const body = (ctx: Context) => readRequestParams(ctx.req, new URLSearchParams());

  r.get('/info', (ctx) => {
    ctx.body = {
      api_root: baseUrl(),
      bots: [...state.bots.values()].map((b) => ({ ...b.me, token: b.token })),
      users: [...state.users.values()],
      flood: state.flood.current,
      supported_methods: SUPPORTED_METHODS,
    };
  });
  r.get('/users', (ctx) => {
    ctx.body = [...state.users.values()];
  });
  r.post('/users', async (ctx) => {
    const v = (await body(ctx)).values;
    ctx.body = state.addUser({
      ...(optionalNum(v.id) !== undefined ? { id: num(v.id, 'id') } : {}),
      ...(v.first_name ? { first_name: String(v.first_name) } : {}),
      ...(v.last_name ? { last_name: String(v.last_name) } : {}),
      ...(v.username ? { username: String(v.username) } : {}),
      ...(v.language_code ? { language_code: String(v.language_code) } : {}),
    });
  });
  r.post('/users/:id/messages', async (ctx) => {
    const b = await body(ctx);
    const reply = optionalNum(b.values.reply_to_message_id);
    ctx.body = userSendText(
      state,
      botOf(state, ctx, b),
      num(ctx.params.id, 'user id'),
      String(b.values.text ?? ''),
      reply,
    );
  });
  for (const kind of ['photo', 'document'] as const) {
    r.post(`/users/:id/${kind}s`, async (ctx) => {
      const b = await body(ctx);
      const upload = b.files.get('file') ?? b.files.get(kind);
      const data =
        upload?.data ??
        (typeof b.values.data_base64 === 'string' ? Buffer.from(b.values.data_base64, 'base64') : undefined);
      if (!data)
        throw new SandboxUserError(400, 'send the file as multipart field "file" or JSON "data_base64"');
      ctx.body = userSendFile(state, botOf(state, ctx, b), num(ctx.params.id, 'user id'), {
        kind,
        data,
        fileName: String(b.values.file_name ?? upload?.filename ?? (kind === 'photo' ? 'photo.jpg' : 'file')),
        ...(upload?.mimeType ? { mimeType: upload.mimeType } : {}),
        ...(b.values.caption ? { caption: String(b.values.caption) } : {}),
      });
    });
  }
  r.post('/users/:id/callbacks', async (ctx) => {
    const b = await body(ctx);
    const which =
      b.values.data !== undefined ? { data: String(b.values.data) } : { text: String(b.values.text ?? '') };
    ctx.body = userPressButton(
      state,
      botOf(state, ctx, b),
      num(ctx.params.id, 'user id'),
      num(b.values.message_id, 'message_id'),
      which,
    );
  });
  for (const [path, blocked] of [
    ['block', true],
    ['unblock', false],
  ] as const) {
    r.post(`/users/:id/${path}`, async (ctx) => {
      const b = await body(ctx);
      userSetBlocked(state, botOf(state, ctx, b), num(ctx.params.id, 'user id'), blocked);
      ctx.body = { ok: true, blocked };
    });
  }
  r.get('/chats/:id', async (ctx) => {
    const bot = botOf(state, ctx);
    const user = state.users.get(num(ctx.params.id, 'user id'));
    if (!user) throw new SandboxUserError(404, `unknown user ${ctx.params.id}`);
    const chat = bot.chatFor(user);
    const since = optionalNum(ctx.query.since);
    const wait = Math.min(60_000, optionalNum(ctx.query.wait) ?? 0);
    if (since !== undefined && wait > 0) {
      const aborter = new AbortController();
      ctx.res.on('close', () => aborter.abort());
      await chat.waitForChange(since, wait, aborter.signal);
    }
    ctx.body = chat.view();
  });
  r.get('/files/:fileId', (ctx) => {
    const blob = state.files.blobByFileId(ctx.params.fileId!);
    if (!blob) throw new SandboxUserError(404, 'unknown file');
    ctx.type = blob.mimeType;
    ctx.set('content-disposition', `inline; filename="${blob.fileName.replace(/["\\\r\n]/g, '_')}"`);
    ctx.body = blob.data;
  });
  r.get('/updates', (ctx) => {
    const bot = botOf(state, ctx);
    ctx.body = {
      pending: bot.queue.peek(),
      allowed_updates: bot.queue.allowedUpdates,
      webhook: bot.queue.webhook ?? null,
    };
  });
  r.get('/stats', (ctx) => {
    ctx.body = {
      unauthorized_calls: state.unauthorizedCalls,
      bots: [...state.bots.values()].map((b) => ({
        id: b.id,
        username: b.me.username,
        token: b.token,
        calls: Object.fromEntries(b.calls),
        get_updates: {
          requests: b.queue.stats.requests,
          conflicts: b.queue.stats.conflicts,
          remote_addresses: b.queue.stats.remoteAddresses,
        },
      })),
    };
  });
  r.post('/flood', async (ctx) => {
    const v = (await body(ctx)).values;
    const patch: Partial<FloodLimits> = {};
    for (const k of ['globalRate', 'globalBurst', 'chatRate', 'chatBurst'] as const) {
      if (v[k] !== undefined) patch[k] = Number(v[k]);
    }
    state.flood.configure(patch);
    ctx.body = state.flood.current;
  });
  r.get('/faults', (ctx) => {
    ctx.body = state.faults.list();
  });
  r.post('/faults', async (ctx) => {
    const v = (await body(ctx)).values as unknown as FaultSpec;
    if (typeof v.method !== 'string') throw new SandboxUserError(400, 'method is required');
    state.faults.add({
      ...v,
      ...(v.times !== undefined ? { times: Number(v.times) } : {}),
      ...(v.error_code !== undefined ? { error_code: Number(v.error_code) } : {}),
      ...(v.retry_after !== undefined ? { retry_after: Number(v.retry_after) } : {}),
    });
    ctx.body = state.faults.list();
  });
  r.delete('/faults', (ctx) => {
    state.faults.clear();
    ctx.body = [];
  });
  r.post('/reset', (ctx) => {
    state.reset();
    ctx.body = { ok: true };
  });

  const routes = r.routes();
  return async (ctx, next) => {
    ctx.set('access-control-allow-origin', '*');
    ctx.set('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS');
    ctx.set('access-control-allow-headers', 'content-type');
    if (ctx.method === 'OPTIONS' && ctx.path.startsWith('/sandbox')) {
      ctx.status = 204;
      return;
    }
    if (ctx.path === '/chat' || ctx.path === '/') {
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = renderChatPage({ sandboxUrl: baseUrl() });
      return;
    }
    try {
      await routes(ctx as never, next);
    } catch (e) {
      if (e instanceof SandboxUserError) {
        ctx.status = e.status;
        ctx.body = { error: e.message };
      } else if (e instanceof TelegramApiError) {
        ctx.status = e.errorCode;
        ctx.body = { error: e.description };
      } else throw e;
    }
  };
}
