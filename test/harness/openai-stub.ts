/**
 * A local OpenAI-compatible HTTP server for tests: real HTTP on 127.0.0.1 (port 0), scriptable per test.
 * Implements `POST /v1/chat/completions` with the real response shape (choices[0].message.content / refusal,
 * usage). Replies come from a queue of scripted replies or, when the queue is empty, from a handler function;
 * every request is recorded (parsed JSON body) so tests can assert on prompts, images, models…
 *
 * @example
 * const stub = await OpenAIStub.start();
 * stub.enqueue({ kind: 'content', content: JSON.stringify({ ok: true }) });
 * const client = new OpenAI({ apiKey: 'test', baseURL: stub.baseURL, maxRetries: 0 });
 * … stub.requests[0].body.messages …
 * await stub.close();
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * One scripted reply.
 * - `content`: a normal assistant message (any string: valid JSON, malformed JSON, prose).
 * - `refusal`: a structured-output refusal (content null, refusal set).
 * - `tool`: an assistant message with one tool call (finish_reason `tool_calls`).
 * - `status`: an HTTP error with an OpenAI-style error body (e.g. 500, 429).
 * - `raw`: any status/body/content type, for protocol-level oddities.
 * - `hang`: never answers (until the client gives up or the stub closes) — for timeouts.
 * @example const r: StubReply = { kind: 'status', status: 500 };
 */
export type StubReply =
  | {
      kind: 'content';
      content: string;
      finishReason?: 'stop' | 'length' | 'content_filter';
      usage?: { prompt_tokens: number; completion_tokens: number };
      delayMs?: number;
    }
  | { kind: 'refusal'; refusal: string }
  /** A function call (`arguments` is the raw string the model sent: any JSON, or none). */
  | {
      kind: 'tool';
      name: string;
      arguments: string;
      usage?: { prompt_tokens: number; completion_tokens: number };
    }
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'raw'; status?: number; body: string; contentType?: string }
  | { kind: 'hang' };

/**
 * A request the stub received.
 * @example stub.requests[0].body.model // 'gpt-4o'
 */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  // biome-ignore lint/suspicious/noExplicitAny: tests inspect arbitrary request JSON
  body: any;
}

/**
 * Computes a reply from a request when no scripted reply is queued.
 * @example stub.setHandler((req) => ({ kind: 'content', content: req.body.model }));
 */
export type StubHandler = (req: RecordedRequest) => StubReply | Promise<StubReply>;

/**
 * The stub server. Create with {@link OpenAIStub.start}; always `close()` it (hanging requests are dropped).
 * @example const stub = await OpenAIStub.start(); try { … } finally { await stub.close(); }
 */
export class OpenAIStub {
  /** Requests in arrival order. */
  readonly requests: RecordedRequest[] = [];
  private readonly queue: StubReply[] = [];
  private handler: StubHandler | undefined;
  private counter = 0;

  private constructor(
    private readonly server: Server,
    /** Base URL for the `openai` client, e.g. `http://127.0.0.1:40123/v1`. */
    readonly baseURL: string,
  ) {}

  /**
   * Starts a stub on a free port.
   * @example const stub = await OpenAIStub.start({ handler: () => ({ kind: 'status', status: 500 }) });
   */
  static async start(options: { handler?: StubHandler } = {}): Promise<OpenAIStub> {
    let stub: OpenAIStub | undefined;
    const server = createServer((req, res) => {
      void stub!.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    stub = new OpenAIStub(server, `http://127.0.0.1:${port}/v1`);
    stub.handler = options.handler;
    return stub;
  }

  /** Queues replies, used in order before the handler. @example stub.enqueue({ kind: 'hang' }); */
  enqueue(...replies: StubReply[]): void {
    this.queue.push(...replies);
  }

  /** Sets or clears the fallback handler. @example stub.setHandler(undefined); */
  setHandler(handler: StubHandler | undefined): void {
    this.handler = handler;
  }

  /** Scripted replies not consumed yet. @example assert.equal(stub.pending, 0); */
  get pending(): number {
    return this.queue.length;
  }

  /** Stops the server and drops open (hanging) connections. @example await stub.close(); */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body,
    };
    this.requests.push(record);
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      return send(res, 404, errorBody(`no route ${req.method} ${path}`, 'invalid_request_error'));
    }
    const reply = this.queue.shift() ?? (this.handler ? await this.handler(record) : undefined);
    if (!reply) return send(res, 500, errorBody('openai-stub: no scripted reply', 'server_error'));
    await this.reply(reply, record, res);
  }

  private async reply(reply: StubReply, req: RecordedRequest, res: ServerResponse): Promise<void> {
    switch (reply.kind) {
      case 'hang':
        return; // never answer; close() destroys the socket
      case 'status':
        return send(
          res,
          reply.status,
          errorBody(reply.message ?? `stub error ${reply.status}`, 'server_error'),
        );
      case 'raw':
        res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'application/json' });
        res.end(reply.body);
        return;
      case 'refusal':
        return send(
          res,
          200,
          this.completion(req, { content: null, refusal: reply.refusal }, 'stop', undefined),
        );
      case 'tool':
        return send(
          res,
          200,
          this.completion(req, { content: null, refusal: null }, 'tool_calls', reply.usage, [
            {
              id: `call_stub_${this.counter + 1}`,
              type: 'function',
              function: { name: reply.name, arguments: reply.arguments },
            },
          ]),
        );
      case 'content':
        if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
        return send(
          res,
          200,
          this.completion(
            req,
            { content: reply.content, refusal: null },
            reply.finishReason ?? 'stop',
            reply.usage,
          ),
        );
    }
  }

  private completion(
    req: RecordedRequest,
    message: { content: string | null; refusal: string | null },
    finishReason: string,
    usage: { prompt_tokens: number; completion_tokens: number } | undefined,
    toolCalls?: Array<{ id: string; type: 'function'; function: { name: string; arguments: string } }>,
  ) {
    const prompt = usage?.prompt_tokens ?? Math.ceil(JSON.stringify(req.body ?? '').length / 4);
    const completion =
      usage?.completion_tokens ?? Math.ceil((message.content ?? message.refusal ?? '').length / 4);
    return {
      id: `chatcmpl-stub-${++this.counter}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: typeof req.body?.model === 'string' ? req.body.model : 'stub-model',
      system_fingerprint: 'fp_stub',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: message.content,
            refusal: message.refusal,
            annotations: [],
            ...(toolCalls ? { tool_calls: toolCalls } : {}),
          },
          logprobs: null,
          finish_reason: finishReason,
        },
      ],
      usage: {
        prompt_tokens: prompt,
        completion_tokens: completion,
        total_tokens: prompt + completion,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
      },
    };
  }
}

function errorBody(message: string, type: string) {
  return { error: { message, type, param: null, code: null } };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
