import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from './db.js';
import { freePort } from './net.js';
import { pm2Kill } from './pm2.js';

const run = promisify(execFile);

/**
 * Everything a test needs to run the real ecosystem under PM2 without touching the operator's setup: its
 * own PM2_HOME, DATA_DIR and LOG_DIR in a temp folder, a fresh database, free ports, local Telegram
 * (the sandbox runs as a PM2 app). `close()` kills that PM2 daemon and removes it all.
 *
 * @example
 * const stack = await Pm2Stack.create({ POLL_TIMEOUT_SEC: '2' });
 * await stack.pm2('start', 'ecosystem.config.cjs');
 * … await stack.close();
 */
export class Pm2Stack {
  private constructor(
    readonly root: string,
    readonly db: TestDatabase,
    readonly port: number,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  static async create(extraEnv: Record<string, string> = {}): Promise<Pm2Stack> {
    const root = mkdtempSync(join(tmpdir(), 'runcoach-pm2-stack-'));
    chmodSync(root, 0o755); // PostgreSQL (embedded) runs as `postgres` when we are root
    const db = await createTestDatabase();
    const port = await freePort();
    const env = {
      ...process.env,
      PM2_HOME: join(root, 'pm2'),
      DATA_DIR: join(root, 'data'),
      LOG_DIR: join(root, 'logs'),
      DATABASE_URL: db.url,
      PORT: String(port),
      SANDBOX_PORT: String(await freePort()),
      TELEGRAM_BOT_TOKEN: '',
      ...extraEnv,
    };
    return new Pm2Stack(root, db, port, env);
  }

  get pm2Home(): string {
    return String(this.env.PM2_HOME);
  }
  get dataDir(): string {
    return String(this.env.DATA_DIR);
  }
  get logDir(): string {
    return String(this.env.LOG_DIR);
  }
  /** Base URL of the web app. */
  get webUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Runs the pm2 CLI against this stack's daemon. */
  pm2(...args: string[]): Promise<{ stdout: string; stderr: string }> {
    return this.pm2With({}, ...args);
  }

  /** Runs the pm2 CLI with extra environment (apps started by it get that environment). */
  pm2With(env: Record<string, string>, ...args: string[]): Promise<{ stdout: string; stderr: string }> {
    return run(process.execPath, ['node_modules/pm2/bin/pm2', ...args], { env: { ...this.env, ...env } });
  }

  async close(): Promise<void> {
    await pm2Kill(this.pm2Home);
    await this.db.drop();
    rmSync(this.root, { recursive: true, force: true });
  }
}
