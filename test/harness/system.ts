import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHeartbeat } from '../../shared/health/index.js';
import { createSandbox, type RunningSandbox, SandboxClient } from '../../shared/telegram-sandbox/index.js';
import { createTestDatabase, type TestDatabase } from './db.js';

/** The Node flags PM2 gives every app (scripts/node-args.cjs), so tests measure what production runs. */
const nodeArgsFor: (app: string) => string[] = createRequire(import.meta.url)('../../scripts/node-args.cjs');

export type ProductApp = 'bot-poller' | 'reminder' | 'vision' | 'web';

/** One running app process started from `dist/` like PM2 would. */
export interface AppProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the process printed (stdout + stderr). */
  output(): string;
}

export interface SystemOptions {
  /** Extra environment for every app. */
  readonly env?: Record<string, string>;
  /** Sandbox behaviour (flood limits…); default: generous limits so tests are not throttled. */
  readonly sandbox?: Parameters<typeof createSandbox>[0];
}

/**
 * A test system: a fresh database, an in-process Bot API sandbox, temp DATA_DIR/LOG_DIR, and helpers to
 * start, kill and await the real compiled app processes (`npm run build` must have run: `npm test` does).
 *
 * @example
 * const sys = await startTestSystem();
 * await sys.start('bot-poller');
 * const user = sys.client.user({ first_name: 'Ann' });
 * await user.send('/help');
 * await user.waitForMessage((m) => m.text?.includes('/start'));
 * await sys.close();
 */
export class TestSystem {
  readonly processes: AppProcess[] = [];

  private constructor(
    readonly db: TestDatabase,
    readonly sandbox: RunningSandbox,
    readonly client: SandboxClient,
    readonly dataDir: string,
    readonly logDir: string,
    private readonly env: Record<string, string>,
  ) {}

  static async create(options: SystemOptions = {}): Promise<TestSystem> {
    const db = await createTestDatabase({ migrate: true });
    const sandbox = await createSandbox({
      port: 0,
      closeCooldownSeconds: 0,
      flood: { globalRate: 10_000, globalBurst: 10_000, chatRate: 10_000, chatBurst: 10_000 },
      ...options.sandbox,
    });
    const root = mkdtempSync(join(tmpdir(), 'runcoach-sys-'));
    chmodSync(root, 0o755);
    const env = {
      DATABASE_URL: db.url,
      SANDBOX_BOT_TOKEN: sandbox.token,
      TELEGRAM_API_ROOT: sandbox.apiRoot,
      DATA_DIR: join(root, 'data'),
      LOG_DIR: join(root, 'logs'),
      LOG_LEVEL: 'debug',
      NODE_ENV: 'test',
      ...options.env,
    };
    return new TestSystem(db, sandbox, new SandboxClient(sandbox.url), env.DATA_DIR, env.LOG_DIR, env);
  }

  /** Environment the apps get (for tests that start processes their own way, e.g. PM2). */
  get appEnv(): Record<string, string> {
    return { ...this.env };
  }

  /** Starts `dist/apps/<name>/main.js` with the system's environment (plus `env`). */
  start(name: ProductApp | string, env: Record<string, string> = {}): AppProcess {
    const script = join('dist', 'apps', name, 'main.js');
    if (!existsSync(script)) throw new Error(`${script} missing: run npm run build first`);
    const child = spawn(process.execPath, [...nodeArgsFor(name), script], {
      env: { ...process.env, ...this.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.on('exit', (code, signal) => resolve({ code, signal }));
    });
    const proc: AppProcess = { name, child, exited, output: () => output };
    this.processes.push(proc);
    return proc;
  }

  /** Waits until the app's heartbeat file says `state` (default ready). */
  async waitForHeartbeat(fileName: string, state = 'ready', timeoutMs = 30_000): Promise<void> {
    await waitUntil(
      () => readHeartbeat(this.dataDir, fileName)?.state === state,
      timeoutMs,
      `heartbeat ${fileName} to be ${state} (now: ${JSON.stringify(readHeartbeat(this.dataDir, fileName))})`,
    );
  }

  /** The app's JSON log lines parsed (a last line still being written is left out until it is whole). */
  logLines(app: string): Array<Record<string, unknown>> {
    const file = join(this.logDir, `${app}.log`);
    if (!existsSync(file)) return [];
    const lines = readFileSync(file, 'utf8').split('\n');
    const whole = lines.slice(0, -1).filter(Boolean); // the text after the last newline is not a line yet
    return whole.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /** Kills every process still running (SIGKILL), closes the sandbox and drops the database. */
  async close(): Promise<void> {
    for (const proc of this.processes) {
      if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGKILL');
    }
    await Promise.all(this.processes.map((p) => p.exited));
    await this.sandbox.close();
    await this.db.drop();
    rmSync(join(this.dataDir, '..'), { recursive: true, force: true });
  }
}

/** Shorthand for {@link TestSystem.create}. */
export function startTestSystem(options?: SystemOptions): Promise<TestSystem> {
  return TestSystem.create(options);
}

/**
 * Polls `probe` every 50 ms until it is truthy; throws with `what` after `timeoutMs`.
 *
 * @example
 * await waitUntil(() => existsSync(file), 5000, 'the lock file');
 */
export async function waitUntil(
  probe: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string | (() => string),
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}`,
  );
}
