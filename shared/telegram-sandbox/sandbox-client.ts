import type { CallbackAnswer, ChatMessage, ChatView } from './chat-state.js';
import type { FaultSpec } from './fault-injector.js';
import type { FloodLimits } from './flood-limiter.js';
import type { TgMessage, TgUpdate, TgUser } from './types.js';

/**
 * A wait that ran out of time; the message lists what the chat contained.
 *
 * @example
 * try { await user.waitForMessage((m) => m.text === 'x', { timeoutMs: 100 }); } catch (e) { e instanceof SandboxWaitTimeoutError; }
 */
export class SandboxWaitTimeoutError extends Error {
  override readonly name = 'SandboxWaitTimeoutError';
  readonly view: ChatView | undefined;
  constructor(message: string, view: ChatView | undefined) {
    super(message);
    this.view = view;
  }
}

/**
 * Call statistics per bot (`GET /sandbox/stats`).
 *
 * @example
 * const s: SandboxStats = await client.stats();
 * s.bots[0].calls.getUpdates;
 */
export interface SandboxStats {
  unauthorized_calls: number;
  bots: {
    id: number;
    username: string;
    token: string;
    calls: Record<string, number>;
    get_updates: { requests: number; conflicts: number; remote_addresses: string[] };
  }[];
}

function describe(view: ChatView | undefined): string {
  if (!view || view.messages.length === 0) return '  (no messages)';
  return view.messages
    .map((m) => {
      const media = m.message.photo
        ? ' [photo]'
        : m.message.document
          ? ` [document ${m.message.document.file_name}]`
          : '';
      const kb = m.message.reply_markup?.inline_keyboard
        .flat()
        .map((b) => b.text)
        .join(' | ');
      return `  #${m.message_id} ${m.from}${m.message.edit_date ? ' (edited)' : ''}:${media} ${JSON.stringify(m.text)}${kb ? ` [buttons: ${kb}]` : ''}`;
    })
    .join('\n');
}

/**
 * Typed client of the sandbox user API (works for an in-process or a separate sandbox process).
 *
 * @example
 * const client = new SandboxClient('http://127.0.0.1:8081');
 * const ann = client.user({ id: 1001, first_name: 'Ann' });
 * await ann.send('/start');
 */
export class SandboxClient {
  readonly url: string;
  readonly bot: string | undefined;

  constructor(url: string, opts: { bot?: string | number } = {}) {
    this.url = url.replace(/\/$/, '');
    this.bot = opts.bot === undefined ? undefined : String(opts.bot);
  }

  /** Low-level JSON request to the user API; throws with the server's error text. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const payload =
      body === undefined ? undefined : { ...(this.bot ? { bot: this.bot } : {}), ...(body as object) };
    const res = await fetch(`${this.url}/sandbox${path}`, {
      method,
      ...(payload ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) } : {}),
    });
    const data = (await res.json().catch(() => ({}))) as T & { error?: string };
    if (!res.ok) throw new Error(`sandbox ${method} ${path} → ${res.status}: ${data.error ?? 'error'}`);
    return data;
  }

  /** Query string selecting this client's bot. */
  botQuery(prefix: '?' | '&' = '?'): string {
    return this.bot ? `${prefix}bot=${encodeURIComponent(this.bot)}` : '';
  }

  /** Bots (with tokens), users, flood limits, supported methods. */
  info(): Promise<{
    api_root: string;
    bots: (TgUser & { token: string })[];
    users: TgUser[];
    flood: FloodLimits;
  }> {
    return this.request('GET', '/info');
  }

  /**
   * A simulated user handle (created on the sandbox lazily, before its first action).
   *
   * @example
   * const bob = client.user({ first_name: 'Bob', language_code: 'ru' });
   */
  user(
    u: {
      id?: number;
      first_name?: string;
      last_name?: string;
      username?: string;
      language_code?: string;
    } = {},
  ): SandboxUser {
    return new SandboxUser(this, this.request<TgUser>('POST', '/users', u));
  }

  /** Calls per method, getUpdates pollers, unauthorized calls. */
  stats(): Promise<SandboxStats> {
    return this.request('GET', '/stats');
  }

  /** Pending (unconfirmed) updates of the bot and its allowed_updates / webhook. */
  updates(): Promise<{ pending: TgUpdate[]; allowed_updates: string[]; webhook: unknown }> {
    return this.request('GET', `/updates${this.botQuery()}`);
  }

  /** Changes flood limits at runtime (0 rate disables that limit). */
  setFlood(patch: Partial<FloodLimits>): Promise<FloodLimits> {
    return this.request('POST', '/flood', patch);
  }

  /**
   * Arms a fault for the next calls of a method.
   *
   * @example
   * await client.injectFault({ method: 'sendMessage', times: 1, error_code: 429, retry_after: 2 });
   */
  injectFault(spec: FaultSpec): Promise<FaultSpec[]> {
    return this.request('POST', '/faults', spec);
  }

  /** Disarms all faults. */
  clearFaults(): Promise<unknown> {
    return this.request('DELETE', '/faults');
  }

  /** Forgets users, chats, updates, files, counters and faults. */
  reset(): Promise<unknown> {
    return this.request('POST', '/reset', {});
  }
}

/** Options of the wait helpers. */
export interface WaitOptions {
  /** Give up after this long (default 10 000 ms) with a SandboxWaitTimeoutError listing the chat. */
  timeoutMs?: number;
}

/**
 * One simulated Telegram user chatting with the bot.
 *
 * @example
 * const reply = await ann.waitForMessage((m) => m.text.includes('Welcome'));
 * await ann.press(reply, 'Marathon');
 */
export class SandboxUser {
  private readonly client: SandboxClient;
  private readonly created: Promise<TgUser>;
  /** message_id of the last message this handle sent (waits look after it by default). */
  private lastSent = 0;

  constructor(client: SandboxClient, created: Promise<TgUser>) {
    this.client = client;
    this.created = created;
    created.catch(() => {});
  }

  /** The Telegram user (after creation). */
  info(): Promise<TgUser> {
    return this.created;
  }

  private async id(): Promise<number> {
    return (await this.created).id;
  }

  private async sent(m: Promise<TgMessage>): Promise<TgMessage> {
    const msg = await m;
    this.lastSent = msg.message_id;
    return msg;
  }

  /** Sends a text or a command. */
  async send(text: string, opts: { replyTo?: number } = {}): Promise<TgMessage> {
    const body = { text, ...(opts.replyTo ? { reply_to_message_id: opts.replyTo } : {}) };
    return this.sent(this.client.request('POST', `/users/${await this.id()}/messages`, body));
  }

  /** Sends an image as a photo (PNG/JPEG/GIF/WebP bytes). */
  async sendPhoto(data: Buffer, opts: { fileName?: string; caption?: string } = {}): Promise<TgMessage> {
    const body = {
      data_base64: data.toString('base64'),
      file_name: opts.fileName ?? 'photo.jpg',
      caption: opts.caption,
    };
    return this.sent(this.client.request('POST', `/users/${await this.id()}/photos`, body));
  }

  /** Sends any file as a document. */
  async sendDocument(data: Buffer, opts: { fileName: string; caption?: string }): Promise<TgMessage> {
    const body = { data_base64: data.toString('base64'), file_name: opts.fileName, caption: opts.caption };
    return this.sent(this.client.request('POST', `/users/${await this.id()}/documents`, body));
  }

  /**
   * Presses an inline button by its text (or `{ data }`) on a bot message; resolves with the pending query.
   *
   * @example
   * const q = await ann.press(reply, 'Marathon');
   * const answer = await ann.waitForAnswer(q);
   */
  async press(
    message: { message_id: number } | number,
    button: string | { data: string },
  ): Promise<CallbackAnswer> {
    const message_id = typeof message === 'number' ? message : message.message_id;
    const which = typeof button === 'string' ? { text: button } : { data: button.data };
    return this.client.request('POST', `/users/${await this.id()}/callbacks`, { message_id, ...which });
  }

  /** Blocks the bot (my_chat_member update; the bot's sends then fail with 403). */
  async block(): Promise<void> {
    await this.client.request('POST', `/users/${await this.id()}/block`, {});
  }

  /** Unblocks the bot. */
  async unblock(): Promise<void> {
    await this.client.request('POST', `/users/${await this.id()}/unblock`, {});
  }

  /** The chat as the user's app shows it. */
  async chat(opts: { since?: number; waitMs?: number } = {}): Promise<ChatView> {
    const q = opts.since !== undefined ? `?since=${opts.since}&wait=${opts.waitMs ?? 0}` : '?';
    return this.client.request(
      'GET',
      `/chats/${await this.id()}${q}${this.client.botQuery(q === '?' ? '?' : '&')}`,
    );
  }

  /** Messages the bot sent to this user (edits applied, deletions removed). */
  async botMessages(): Promise<ChatMessage[]> {
    return (await this.chat()).messages.filter((m) => m.from === 'bot');
  }

  /**
   * Waits (long-polling the sandbox) until `probe(view)` returns something other than undefined/false.
   *
   * @example
   * await ann.waitFor((v) => v.blocked === false || undefined);
   */
  async waitFor<T>(
    probe: (view: ChatView) => T | undefined | false,
    opts: WaitOptions & { what?: string } = {},
  ): Promise<T> {
    const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
    let view: ChatView | undefined;
    for (;;) {
      const left = deadline - Date.now();
      view = await this.chat(
        view ? { since: view.version, waitMs: Math.max(0, Math.min(left, 25_000)) } : {},
      );
      const r = probe(view);
      if (r !== undefined && r !== false) return r;
      if (Date.now() >= deadline) {
        const who = await this.created;
        throw new SandboxWaitTimeoutError(
          `timed out after ${opts.timeoutMs ?? 10_000} ms waiting for ${opts.what ?? 'a condition'} in the chat of user ${who.id} (${who.first_name}); messages so far:\n${describe(view)}`,
          view,
        );
      }
    }
  }

  /**
   * Waits for a bot message matching `predicate`, among messages newer than this user's last sent message
   * (or newer than `after` when given; `after: 0` looks at the whole chat).
   *
   * @example
   * const m = await ann.waitForMessage((m) => m.text.includes('Welcome'), { timeoutMs: 10000 });
   */
  async waitForMessage(
    predicate: (m: ChatMessage) => boolean = () => true,
    opts: WaitOptions & { after?: number } = {},
  ): Promise<ChatMessage> {
    const after = opts.after ?? this.lastSent;
    return this.waitFor(
      (v) => v.messages.find((m) => m.from === 'bot' && m.message_id > after && predicate(m)),
      { ...opts, what: `a bot message after #${after} matching ${predicate.toString().slice(0, 120)}` },
    );
  }

  /** Waits until the bot answered a pressed button (answerCallbackQuery); returns the answer. */
  async waitForAnswer(query: CallbackAnswer | string, opts: WaitOptions = {}): Promise<CallbackAnswer> {
    const id = typeof query === 'string' ? query : query.callback_query_id;
    return this.waitFor((v) => v.callback_answers.find((a) => a.callback_query_id === id && a.answered), {
      ...opts,
      what: `the answer to callback query ${id}`,
    });
  }
}
