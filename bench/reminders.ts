/**
 * Reminder fan-out: 10,000 users (Berlin, Tonga +13, Honolulu −10) whose reminders fall due in the same
 * minute, sent by the real reminder app (a child process) to the Bot API sandbox whose flood limit is set
 * to the same high test rate as the app's limiter. Prints achieved ÷ enforced rate (target ≥ 0.95),
 * duplicates (0) and lost (0); never asserts.
 * Run: `node --import tsx bench/reminders.ts [users] [rate]`, or call {@link runReminderBench}.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSandbox } from '../shared/telegram-sandbox/index.js';
import { createTestDatabase } from '../test/harness/db.js';
import { clockAt, type SeedRunner, seedRunners } from '../test/integration/reminders-seed.js';

// 19:00:30 in Berlin on the DST Sunday; 06:00 on Monday in Tonga; 07:00 on Sunday in Honolulu.
const NOW = '2026-03-29T17:00:30Z';

/**
 * Figures of one run.
 *
 * @example
 * const r: ReminderBenchResult = { users: 10000, enforcedRate: 500, achievedRate: 497, ratio: 0.99, duplicates: 0, lost: 0, rejected429: 0, seconds: 20.1 };
 */
export interface ReminderBenchResult {
  users: number;
  enforcedRate: number;
  achievedRate: number;
  ratio: number;
  duplicates: number;
  lost: number;
  rejected429: number;
  seconds: number;
}

/**
 * Runs the fan-out benchmark and prints its figures.
 *
 * @example
 * const result = await runReminderBench({ users: 10_000, rate: 500 });
 */
export async function runReminderBench(
  options: { users?: number; rate?: number } = {},
): Promise<ReminderBenchResult> {
  const users = options.users ?? 10_000;
  const rate = options.rate ?? 500;
  // The sandbox's bucket holds two of the limiter's 100 ms windows: the sustained rate is what it enforces.
  const burst = Math.max(5, Math.round(rate / 5));
  const db = await createTestDatabase({ migrate: true });
  const sandbox = await createSandbox({
    port: 0,
    closeCooldownSeconds: 0,
    flood: { globalRate: rate, globalBurst: burst, chatRate: 1, chatBurst: 3 },
  });
  const root = mkdtempSync(join(tmpdir(), 'runcoach-bench-reminders-'));
  try {
    const zones: Array<Pick<SeedRunner, 'zone' | 'hour' | 'workouts'>> = [
      { zone: 'Europe/Berlin', hour: 19, workouts: ['2026-03-30'] },
      { zone: 'Pacific/Tongatapu', hour: 6, workouts: ['2026-03-31'] },
      { zone: 'Pacific/Honolulu', hour: 7, workouts: ['2026-03-30'] },
    ];
    const ids = Array.from({ length: users }, (_, i) => 1_000_001 + i);
    await seedRunners(
      db.sql,
      ids.map((id, i) => ({ id, ...zones[i % zones.length]! })),
    );
    // Every user has written to the bot (in process: 10,000 HTTP round trips would only slow the setup).
    const bot = sandbox.state.defaultBot;
    for (const id of ids)
      bot.chatFor(sandbox.state.addUser({ id, first_name: `Runner ${id}` })).started = true;

    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join('apps', 'reminder', 'main.ts')], {
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        SANDBOX_BOT_TOKEN: sandbox.token,
        TELEGRAM_API_ROOT: sandbox.apiRoot,
        DATA_DIR: join(root, 'data'),
        LOG_DIR: join(root, 'logs'),
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
        REMINDER_RATE: String(rate),
        REMINDER_TICK_CRON: '* * * * * *',
        REMINDER_NOW_OFFSET_MS: clockAt(NOW),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + Math.max(120_000, (users / rate) * 3000);
    for (;;) {
      const [open] = await db.sql<{ n: number; total: number }[]>`
        select count(*) filter (where status not in ('sent', 'failed', 'stale', 'cancelled'))::int as n,
               count(*)::int as total
        from reminder_deliveries`;
      if ((open!.total === users && open!.n === 0) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    child.kill('SIGTERM');
    await exited;
    const [span] = await db.sql<{ sent: number; first: Date; last: Date }[]>`
      select count(*)::int as sent, min(sent_at) as first, max(sent_at) as last
      from reminder_deliveries where status = 'sent'`;
    const received = ids.map(
      (id) => [...(bot.chats.get(id)?.messages.values() ?? [])].filter((m) => m.from === 'bot').length,
    );
    const duplicates = received.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const lost = received.filter((n) => n === 0).length;
    const delivered = received.reduce((sum, n) => sum + n, 0);
    const seconds = (span!.last.getTime() - span!.first.getTime()) / 1000;
    const achievedRate = seconds > 0 ? (span!.sent - 1) / seconds : 0;
    const result: ReminderBenchResult = {
      users,
      enforcedRate: rate,
      achievedRate,
      ratio: achievedRate / rate,
      duplicates,
      lost,
      rejected429: (bot.calls.get('sendMessage') ?? 0) - delivered,
      seconds: (Date.now() - started) / 1000,
    };
    console.log(
      `reminder fan-out, ${users} users due in the same minute (3 zones), limiter and sandbox at ${rate}/s (sandbox burst ${burst}): ` +
        `achieved ${achievedRate.toFixed(1)}/s = ${result.ratio.toFixed(3)} of the enforced rate (target ≥ 0.95), ` +
        `duplicates ${duplicates} (target 0), lost ${lost} (target 0), 429 answers ${result.rejected429}, ` +
        `${result.seconds.toFixed(1)} s with app start-up`,
    );
    return result;
  } finally {
    await sandbox.close();
    await db.drop();
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [users, rate] = process.argv.slice(2).map(Number);
  await runReminderBench({ users: users || undefined, rate: rate || undefined });
  const { stopEmbeddedAdminCluster } = await import('../test/harness/db.js');
  await stopEmbeddedAdminCluster();
  process.exit(0);
}
