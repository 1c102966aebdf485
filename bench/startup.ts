/**
 * `npm start` to all-healthy: spawns scripts/start.mjs in temp folders and measures the time until
 * /healthz answers 200 (database reachable and bot-poller polling), once with an external database and
 * once with a fresh embedded one. Prints figures; asserts nothing.
 *
 * Run: `node --import tsx bench/startup.ts`, or call {@link runStartupBench} from `bench/run.ts`.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTestDatabase } from '../test/harness/db.js';
import { freePort } from '../test/harness/net.js';
import { pm2Kill } from '../test/harness/pm2.js';

/** One startup measurement. */
export interface StartupFigure {
  readonly database: 'external' | 'embedded (fresh)';
  readonly msToHealthy: number | null;
  /** Total resident memory of the app processes once healthy (MB), from /proc. */
  readonly rssMb: number | null;
}

async function measure(database: StartupFigure['database']): Promise<StartupFigure> {
  const root = mkdtempSync(join(tmpdir(), 'bench-start-'));
  chmodSync(root, 0o755);
  const db = database === 'external' ? await createTestDatabase() : undefined;
  const port = await freePort();
  const env = {
    ...process.env,
    PM2_HOME: join(root, 'pm2'),
    DATA_DIR: join(root, 'data'),
    LOG_DIR: join(root, 'logs'),
    PORT: String(port),
    SANDBOX_PORT: String(await freePort()),
    TELEGRAM_BOT_TOKEN: '',
    DATABASE_URL: db?.url ?? '',
  };
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: 'ignore' });
  let msToHealthy: number | null = null;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) {
      msToHealthy = performance.now() - started;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const rssMb = msToHealthy === null ? null : await appsRss(join(root, 'pm2'));
  child.kill('SIGINT');
  await new Promise((r) => child.on('exit', r));
  await pm2Kill(join(root, 'pm2'));
  await db?.drop();
  rmSync(root, { recursive: true, force: true });
  return { database, msToHealthy, rssMb };
}

async function appsRss(pm2Home: string): Promise<number | null> {
  const { pm2List } = await import('../test/harness/pm2.js');
  const apps = (await pm2List(pm2Home)).filter((a) =>
    ['bot-poller', 'reminder', 'vision', 'web'].includes(a.name),
  );
  const { readFileSync } = await import('node:fs');
  let kb = 0;
  for (const app of apps) {
    const status = readFileSync(`/proc/${app.pid}/status`, 'utf8');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return apps.length === 4 ? kb / 1024 : null;
}

/**
 * Measures startup with an external and with a fresh embedded database.
 *
 * @example
 * const figures = await runStartupBench();
 */
export async function runStartupBench(options: { print?: boolean } = {}): Promise<StartupFigure[]> {
  const figures = [await measure('external'), await measure('embedded (fresh)')];
  if (options.print ?? true) {
    for (const f of figures) {
      console.log(
        `npm start → /healthz 200, ${f.database} database: ${f.msToHealthy === null ? 'not healthy within 120 s' : `${(f.msToHealthy / 1000).toFixed(2)} s`}` +
          `${f.database === 'external' ? ' (target < 5 s)' : ''}; four apps' RSS ${f.rssMb === null ? 'n/a' : `${f.rssMb.toFixed(0)} MB`}`,
      );
    }
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runStartupBench();
  process.exit(0);
}
