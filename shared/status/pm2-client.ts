import { connect as netConnect } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import pm2 from 'pm2';
import type { Pm2AppState, Pm2Control } from '../health/index.js';

/** Raised when a PM2 call does not answer in time or fails. */
export class Pm2UnavailableError extends Error {
  override readonly name = 'Pm2UnavailableError';
  constructor(
    message: string,
    readonly operation: string,
  ) {
    super(message);
  }
}

/**
 * Talks to an already running PM2 daemon (`PM2_HOME`, default `~/.pm2`) through PM2's programmatic API.
 * It never launches a daemon: before connecting it checks that something listens on `PM2_HOME/rpc.sock`
 * (`pm2.connect` would otherwise spawn one). Every call has a timeout.
 *
 * @example
 * const pm2 = new Pm2Client();
 * const apps = await pm2.list(); // undefined when PM2 is not running
 * await pm2.restart('bot-poller');
 */
export class Pm2Client implements Pm2Control {
  private connected = false;
  /** PM2_HOME of the daemon this client talks to. */
  readonly home: string;

  constructor(options: { home?: string; timeoutMs?: number } = {}) {
    this.home = options.home ?? process.env.PM2_HOME ?? join(homedir(), '.pm2');
    this.timeoutMs = options.timeoutMs ?? 3_000;
  }

  private readonly timeoutMs: number;

  /** True when a PM2 daemon listens on its RPC socket. */
  async reachable(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = netConnect(join(this.home, 'rpc.sock'));
      const done = (ok: boolean) => {
        socket.destroy();
        resolve(ok);
      };
      socket.setTimeout(1_000, () => done(false));
      socket.once('connect', () => done(true));
      socket.once('error', () => done(false));
    });
  }

  async list(): Promise<Pm2AppState[] | undefined> {
    if (!(await this.reachable())) {
      this.disconnect();
      return undefined;
    }
    await this.connect();
    const raw = await this.call<pm2.ProcessDescription[]>('list', (cb) => pm2.list(cb));
    return raw.map((p) => ({
      name: p.name ?? String(p.pm_id),
      pid: p.pid && p.pid > 0 ? p.pid : undefined,
      status: p.pm2_env?.status ?? 'unknown',
      startedAt: p.pm2_env?.pm_uptime,
      restarts: p.pm2_env?.restart_time ?? 0,
      memoryBytes: p.monit?.memory,
      cpuPercent: p.monit?.cpu,
      exitCode: (p.pm2_env as { exit_code?: number } | undefined)?.exit_code,
    }));
  }

  async restart(name: string): Promise<void> {
    if (!(await this.reachable())) throw new Pm2UnavailableError('PM2 is not running', 'restart');
    await this.connect();
    await this.call('restart', (cb) => pm2.restart(name, cb));
  }

  /** Closes the connection to the daemon (the daemon keeps running). */
  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    try {
      pm2.disconnect();
    } catch {
      // already gone
    }
  }

  private async connect(): Promise<void> {
    if (this.connected) return;
    await this.call('connect', (cb) => pm2.connect((err) => cb(err, undefined)));
    this.connected = true;
  }

  private call<T>(operation: string, run: (cb: (err: Error | null | undefined, value: T) => void) => void) {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.disconnect();
        reject(new Pm2UnavailableError(`PM2 ${operation} timed out after ${this.timeoutMs} ms`, operation));
      }, this.timeoutMs);
      run((err, value) => {
        clearTimeout(timer);
        if (err) reject(new Pm2UnavailableError(`PM2 ${operation} failed: ${err.message}`, operation));
        else resolve(value);
      });
    });
  }
}
