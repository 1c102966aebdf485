import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A minimal load balancer in front of several web apps (what a reverse proxy does for two hosts behind
 * one webhook URL): each request goes to the next backend in turn; a backend that refuses the connection
 * is skipped, as a proxy's health check would; 502 when none answers.
 *
 * @example
 * const lb = await RoundRobinProxy.start([3001, 3002]);
 * lb.url; // 'http://127.0.0.1:41234'
 * await lb.close();
 */
export class RoundRobinProxy {
  /** Requests forwarded per backend port. */
  readonly forwarded = new Map<number, number>();
  private next = 0;

  private constructor(
    private readonly server: Server,
    private readonly backends: readonly number[],
  ) {}

  static async start(backends: readonly number[]): Promise<RoundRobinProxy> {
    let proxy: RoundRobinProxy | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on(
        'end',
        () =>
          void proxy?.forward(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks), res),
      );
    });
    proxy = new RoundRobinProxy(server, backends);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private async forward(
    method: string,
    path: string,
    headers: NodeJS.Dict<string | string[]>,
    body: Buffer,
    res: import('node:http').ServerResponse,
  ): Promise<void> {
    for (let tried = 0; tried < this.backends.length; tried++) {
      const port = this.backends[this.next++ % this.backends.length] as number;
      const answer = await new Promise<
        { status: number; headers: NodeJS.Dict<string | string[]>; body: Buffer } | undefined
      >((resolve) => {
        const out = request({ host: '127.0.0.1', port, method, path, headers }, (r) => {
          const parts: Buffer[] = [];
          r.on('data', (c: Buffer) => parts.push(c));
          r.on('end', () =>
            resolve({ status: r.statusCode ?? 502, headers: r.headers, body: Buffer.concat(parts) }),
          );
          r.on('error', () => resolve(undefined));
        });
        out.on('error', () => resolve(undefined));
        out.end(body);
      });
      if (!answer) continue;
      this.forwarded.set(port, (this.forwarded.get(port) ?? 0) + 1);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
      return;
    }
    res.writeHead(502);
    res.end('no backend answered');
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
