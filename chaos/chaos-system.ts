import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { createSql, migrate, type Sql } from '../shared/db/index.js';
import { createSandbox, type RunningSandbox, SandboxClient } from '../shared/telegram-sandbox/index.js';
import { createTestDatabase, type TestDatabase } from '../test/harness/db.js';
import { freePort } from '../test/harness/net.js';

/** The Node flags PM2 gives every app (scripts/node-args.cjs), so tests measure what production runs. */
const nodeArgsFor: (app: string) => string[] = createRequire(import.meta.url)('../scripts/node-args.cjs');

/** How one app process ended. @example const { code, signal } = await proc.exited; */
export interface ExitInfo {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * One app kept running the way PM2 does (`autorestart`, `exp_backoff_restart_delay: 200` ×1.5, capped at
 * 15 s): an exit we did not ask for is restarted after the delay and counted as a crash; {@link kill9}
 * is a deliberate kill -9 that is restarted at once and not counted.
 *
 * @example
 * const poller = sys.supervise('bot-poller');
 * await poller.kill9(); // restarted immediately
 * poller.crashes; // unexpected exits so far
 */
export class SupervisedApp {
  /** Unexpected exits (crashes) — a crash loop shows here. */
  crashes = 0;
  /** Every start (first one included). */
  starts = 0;
  /** Exit codes/signals of the unexpected exits, each with the last lines printed before it. */
  readonly crashExits: Array<ExitInfo & { readonly lastOutput: string }> = [];
  private child: ChildProcess | undefined;
  private exited: Promise<ExitInfo> = Promise.resolve({ code: 0, signal: null });
  private stopped = false;
  private expected = false;
  private delayMs = 200;
  private output = '';

  constructor(
    readonly name: string,
    private readonly env: Record<string, string>,
  ) {
    this.spawn();
  }

  /** Pid of the current process (undefined between a crash and its restart). */
  get pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  /** Everything the processes printed (stdout + stderr), all generations. */
  get printed(): string {
    return this.output;
  }

  private spawn(): void {
    const script = join('dist', 'apps', this.name, 'main.js');
    if (!existsSync(script)) throw new Error(`${script} missing: run npm run build first`);
    const child = spawn(process.execPath, [...nodeArgsFor(this.name), script], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.starts++;
    let own = '';
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-200_000);
      own = (own + chunk.toString()).slice(-4_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const started = Date.now();
    this.child = child;
    this.exited = new Promise<ExitInfo>((resolve) => {
      child.on('exit', (code, signal) => {
        resolve({ code, signal });
        if (this.stopped || this.expected) return;
        this.crashes++;
        this.crashExits.push({ code, signal, lastOutput: own.trim().split('\n').slice(-6).join(' | ') });
        if (code === 78 || code === 79) return; // PM2's stop_exit_codes
        if (Date.now() - started > 30_000) this.delayMs = 200;
        const delay = this.delayMs;
        this.delayMs = Math.min(15_000, this.delayMs * 1.5);
        setTimeout(() => !this.stopped && this.spawn(), delay).unref();
      });
    });
  }

  /** kill -9 the current process and start a new one at once (what PM2 does after its restart delay). */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || this.pid === undefined) return;
    this.expected = true;
    child.kill('SIGKILL');
    await this.exited;
    this.expected = false;
    if (!this.stopped) this.spawn();
  }

  /** Sends `signal` (e.g. SIGSTOP/SIGCONT) to the current process. */
  signal(signal: NodeJS.Signals): void {
    if (this.pid !== undefined) this.child?.kill(signal);
  }

  /** Stops supervising and kills the process (SIGKILL: the system is thrown away anyway). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pid !== undefined) this.child?.kill('SIGKILL');
    await this.exited;
  }
}

/** Options of {@link ChaosSystem.create}. */
export interface ChaosSystemOptions {
  /** Extra environment for every app. */
  readonly env?: Record<string, string>;
  /** Sandbox behaviour; default: flood limits high enough not to matter. */
  readonly sandbox?: Parameters<typeof createSandbox>[0];
  /**
   * Admin URL of a server to create the database on (e.g. a throwaway embedded cluster the scenario may
   * restart); default: the test harness's database (local server or embedded).
   */
  readonly adminUrl?: string;
}

/**
 * A throwaway system for one chaos scenario: fresh migrated database, in-process Bot API sandbox, temp
 * DATA_DIR/LOG_DIR, and the compiled apps under a PM2-like {@link SupervisedApp}.
 *
 * @example
 * const sys = await ChaosSystem.create({ env: { POLL_TIMEOUT_SEC: '2' } });
 * const poller = sys.supervise('bot-poller');
 * const ann = sys.client.user({ first_name: 'Ann' });
 * await ann.send('/help');
 * await sys.close();
 */
export class ChaosSystem {
  readonly apps: SupervisedApp[] = [];

  private constructor(
    readonly sql: Sql,
    readonly sandbox: RunningSandbox,
    readonly client: SandboxClient,
    readonly root: string,
    readonly env: Record<string, string>,
    private readonly dropDb: () => Promise<void>,
  ) {}

  /** Creates the database, the sandbox and the temp folders (apps start with {@link supervise}). */
  static async create(options: ChaosSystemOptions = {}): Promise<ChaosSystem> {
    let url: string;
    let sql: Sql;
    let drop: () => Promise<void>;
    if (options.adminUrl) {
      const name = `chaos_${Math.random().toString(16).slice(2, 10)}`;
      const admin = postgres(options.adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      await admin.end();
      const u = new URL(options.adminUrl);
      u.pathname = `/${name}`;
      url = u.toString();
      sql = createSql(url, { applicationName: 'chaos', max: 4 });
      await migrate(sql, 'sql');
      drop = async () => {
        await sql.end({ timeout: 2 }).catch(() => {});
      };
    } else {
      const db: TestDatabase = await createTestDatabase({ migrate: true });
      url = db.url;
      sql = db.sql;
      drop = () => db.drop();
    }
    const sandbox = await createSandbox({
      port: 0,
      closeCooldownSeconds: 0,
      flood: { globalRate: 100_000, globalBurst: 100_000, chatRate: 100_000, chatBurst: 100_000 },
      ...options.sandbox,
    });
    const root = mkdtempSync(join(tmpdir(), 'runcoach-chaos-'));
    chmodSync(root, 0o755);
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      DATABASE_URL: url,
      SANDBOX_BOT_TOKEN: sandbox.token,
      TELEGRAM_API_ROOT: sandbox.apiRoot,
      DATA_DIR: join(root, 'data'),
      LOG_DIR: join(root, 'logs'),
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
      PORT: String(await freePort()),
      ...options.env,
    };
    return new ChaosSystem(sql, sandbox, new SandboxClient(sandbox.url), root, env, drop);
  }

  /** DATA_DIR of the apps. */
  get dataDir(): string {
    return this.env.DATA_DIR as string;
  }

  /** LOG_DIR of the apps. */
  get logDir(): string {
    return this.env.LOG_DIR as string;
  }

  /** Starts `dist/apps/<name>/main.js` under supervision. */
  supervise(name: string, env: Record<string, string> = {}): SupervisedApp {
    const app = new SupervisedApp(name, { ...this.env, ...env });
    this.apps.push(app);
    return app;
  }

  /** The app's JSON log lines (unparseable lines are skipped). */
  logLines(app: string): Array<Record<string, unknown>> {
    const file = join(this.logDir, `${app}.log`);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }

  /** Log messages of `app` that start with `prefix`. */
  logCount(app: string, prefix: string): number {
    return this.logLines(app).filter((l) => String(l.message).startsWith(prefix)).length;
  }

  /** Every file under LOG_DIR (recursively) with its text, for secret scans. */
  logFiles(): Array<{ file: string; text: string }> {
    if (!existsSync(this.logDir)) return [];
    return readdirSync(this.logDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  }

  /** Stops every app, closes the sandbox, drops the database and removes the temp folders (kept with CHAOS_KEEP=1). */
  async close(): Promise<void> {
    await Promise.all(this.apps.map((a) => a.stop()));
    await this.sandbox.close();
    await this.dropDb().catch(() => {});
    if (process.env.CHAOS_KEEP) console.error(`chaos: kept ${this.root} (CHAOS_KEEP)`);
    else rmSync(this.root, { recursive: true, force: true });
  }
}
