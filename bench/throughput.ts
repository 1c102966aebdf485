/**
 * (a) Command round-trip throughput of our bot ÷ a bare telegraf echo bot on the same sandbox (flood limits
 * raised for both), and p50/p99 latency at 200 updates/s for /help (non-LLM) — also for the echo bot, as
 * the floor; (e) total RSS of the four apps right after the load. Prints figures; asserts nothing.
 *
 * Run: `node --import tsx bench/throughput.ts` (after `npm run build`), or call {@link runThroughputBench}.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ChaosSystem, type SupervisedApp } from '../chaos/chaos-system.js';
import { sleep } from '../chaos/ledger.js';
import type { SandboxUser } from '../shared/telegram-sandbox/index.js';
import { stopEmbeddedAdminCluster } from '../test/harness/db.js';

/** The figures of one bench run. */
export interface ThroughputFigures {
  /** Mean over the rounds. */
  readonly oursPerSec: number;
  readonly echoPerSec: number;
  /** oursPerSec ÷ echoPerSec. */
  readonly ratio: number;
  /** Each round's bursts, in order (echo bot first, then ours). */
  readonly rounds: ReadonlyArray<{ readonly echo: BurstFigures; readonly ours: BurstFigures }>;
  readonly ours: LatencyFigures;
  readonly echo: LatencyFigures;
  /** Total RSS of bot-poller, reminder, vision and web after the load (MB), null when one was not running. */
  readonly rssMb: number | null;
  /** The same per app. */
  readonly rssByApp: Readonly<Record<string, number>>;
}

/** Latency of replies at a fixed offered rate. */
export interface LatencyFigures {
  readonly rate: number;
  readonly sent: number;
  readonly answered: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

// A bare telegraf echo bot: the floor any bot on this sandbox can reach.
const ECHO_BOT = `
import { Telegraf } from 'telegraf';
const bot = new Telegraf(process.env.TOKEN, { telegram: { apiRoot: process.env.API_ROOT } });
bot.on('message', (ctx) => ctx.reply('text' in ctx.message ? ctx.message.text : 'ok'));
bot.launch({ allowedUpdates: ['message'] });
process.on('SIGTERM', () => bot.stop('SIGTERM'));
`;

async function sendMessageCalls(sys: ChaosSystem): Promise<number> {
  const stats = await sys.client.stats();
  return stats.bots.find((b) => b.token === sys.sandbox.token)?.calls.sendMessage ?? 0;
}

/** CPU time (ms) used so far by a process, or by the whole machine when `pid` is undefined (/proc). */
function cpuMs(pid?: number): number {
  const ticksToMs = 10; // USER_HZ is 100 on Linux
  if (pid === undefined) {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      ?.trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // Everything except idle and iowait.
    return ((fields ?? []).reduce((a, b) => a + b, 0) - (fields?.[3] ?? 0) - (fields?.[4] ?? 0)) * ticksToMs;
  }
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * ticksToMs; // utime + stime
}

/** Round trips per second of one burst, and the CPU it cost per update. */
export interface BurstFigures {
  readonly perSec: number;
  /** Whole machine: the bot, PostgreSQL, this harness (sandbox + simulated users). */
  readonly machineCpuMs: number;
  /** The bot's own process (bot-poller, or the echo bot). */
  readonly botCpuMs: number;
  /** This process: the sandbox (Telegram's side) and the simulated users. */
  readonly harnessCpuMs: number;
}

/**
 * Sends `total` /help messages as fast as the users can, until all are answered: rate and CPU per update.
 */
async function burst(
  sys: ChaosSystem,
  users: SandboxUser[],
  total: number,
  botPid?: number,
): Promise<BurstFigures> {
  const base = await sendMessageCalls(sys);
  const machineBefore = cpuMs();
  const botBefore = botPid === undefined ? 0 : cpuMs(botPid);
  const harnessBefore = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    users.map(async (user) => {
      while (next < total) {
        next++;
        await user.send('/help');
      }
    }),
  );
  const deadline = Date.now() + 120_000;
  while ((await sendMessageCalls(sys)) - base < total && Date.now() < deadline) await sleep(20);
  const harness = process.cpuUsage(harnessBefore);
  return {
    perSec: total / ((performance.now() - started) / 1000),
    harnessCpuMs: (harness.user + harness.system) / 1000 / total,
    machineCpuMs: (cpuMs() - machineBefore) / total,
    botCpuMs: botPid === undefined ? Number.NaN : (cpuMs(botPid) - botBefore) / total,
  };
}

/**
 * Arrival times of user and bot messages per chat, recorded inside the in-process sandbox (its chat
 * store), so measuring costs nothing on the wire.
 */
function recordArrivals(sys: ChaosSystem, userIds: number[]) {
  const user = new Map<number, number[]>();
  const bot = new Map<number, number[]>();
  const botState = sys.sandbox.state.defaultBot;
  for (const id of userIds) {
    const tgUser = sys.sandbox.state.users.get(id);
    if (!tgUser) continue;
    const chat = botState.chatFor(tgUser);
    user.set(id, []);
    bot.set(id, []);
    const put = chat.put.bind(chat);
    chat.put = (m) => {
      (m.from === 'bot' ? bot : user).get(id)?.push(performance.now());
      put(m);
    };
  }
  return { user, bot };
}

type Arrivals = ReturnType<typeof recordArrivals>;

/** Offers /help at `rate` per second for `seconds`, round-robin over users; latency until each reply. */
async function latencyAt(
  arrivals: Arrivals,
  users: SandboxUser[],
  ids: number[],
  rate: number,
  seconds: number,
): Promise<LatencyFigures> {
  const offset = new Map(ids.map((id) => [id, arrivals.user.get(id)?.length ?? 0]));
  const botOffset = new Map(ids.map((id) => [id, arrivals.bot.get(id)?.length ?? 0]));
  const total = rate * seconds;
  const started = performance.now();
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    sends.push(users[i % users.length]?.send('/help') as Promise<unknown>);
  }
  await Promise.all(sends);
  const answered = () =>
    ids.reduce((n, id) => n + (arrivals.bot.get(id)?.length ?? 0) - (botOffset.get(id) ?? 0), 0);
  const deadline = Date.now() + 60_000;
  while (answered() < total && Date.now() < deadline) await sleep(50);
  const latencies: number[] = [];
  for (const id of ids) {
    const sent = arrivals.user.get(id)?.slice(offset.get(id)) ?? [];
    const got = arrivals.bot.get(id)?.slice(botOffset.get(id)) ?? [];
    // Per-chat order is kept and /help has one reply: the k-th reply answers the k-th /help.
    for (let k = 0; k < Math.min(sent.length, got.length); k++)
      latencies.push((got[k] ?? 0) - (sent[k] ?? 0));
  }
  const sorted = latencies.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return { rate, sent: total, answered: sorted.length, p50Ms: pct(0.5), p99Ms: pct(0.99) };
}

/** Total and per-app RSS in MB; null when an app is not running. */
function rssMb(apps: readonly SupervisedApp[]): { total: number; byApp: Record<string, number> } | null {
  const byApp: Record<string, number> = {};
  for (const app of apps) {
    if (app.pid === undefined) return null;
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${app.pid}/status`, 'utf8'))?.[1] ?? 0);
    byApp[app.name] = kb / 1024;
  }
  return { total: Object.values(byApp).reduce((a, b) => a + b, 0), byApp };
}

/**
 * Runs (a) and (e) on one sandbox, in rounds: the telegraf echo bot, then our bot (four apps), each after
 * the same warm-up. The first phase of a run is slower for reasons that have nothing to do with the bot
 * (a cold sandbox, a fresh database settling), so the very first warm-up is longer, and the ratio is
 * taken over all rounds.
 *
 * @example
 * const f = await runThroughputBench({ burst: 1000, rounds: 1, rate: 200, seconds: 10 });
 * f.ratio; // e.g. 0.6
 * f.rounds[0]?.ours.machineCpuMs; // CPU per update, everything included
 */
export async function runThroughputBench(
  options: {
    burst?: number;
    warmUp?: number;
    rounds?: number;
    rate?: number;
    seconds?: number;
    print?: boolean;
  } = {},
): Promise<ThroughputFigures> {
  const total = options.burst ?? 4000;
  const warmUp = options.warmUp ?? 1000;
  const roundCount = options.rounds ?? 2;
  const rate = options.rate ?? 200;
  const seconds = options.seconds ?? 10;
  const sys = await ChaosSystem.create({ env: { POLL_TIMEOUT_SEC: '2', LOG_LEVEL: 'info' } });
  let echo: ChildProcess | undefined;
  try {
    const users = Array.from({ length: 20 }, (_, i) => sys.client.user({ first_name: `Load${i + 1}` }));
    const ids = await Promise.all(users.map(async (u) => (await u.info()).id));
    const arrivals = recordArrivals(sys, ids);
    const rounds: Array<{ echo: BurstFigures; ours: BurstFigures }> = [];
    let echoLatency: LatencyFigures | undefined;
    let oursLatency: LatencyFigures | undefined;
    let rss: ReturnType<typeof rssMb> = null;
    for (let round = 0; round < roundCount; round++) {
      // The echo bot: the floor. It is gone before our apps start polling.
      const bot = spawn(process.execPath, ['--input-type=module', '-e', ECHO_BOT], {
        env: { ...process.env, TOKEN: sys.sandbox.token, API_ROOT: sys.sandbox.apiRoot },
        stdio: 'ignore',
      });
      echo = bot;
      // Warm-up (also waits for the bot to start polling): the JIT has compiled every process's hot
      // paths, this one's sandbox included, and the pools are open, so a burst measures the steady
      // state (a cold process spends about twice the CPU per update).
      await burst(sys, users, round === 0 ? 3 * warmUp : warmUp);
      const echoBurst = await burst(sys, users, total, bot.pid);
      if (round === roundCount - 1) echoLatency = await latencyAt(arrivals, users, ids, rate, seconds);
      const exited = new Promise((resolve) => bot.once('exit', resolve));
      bot.kill('SIGKILL');
      await exited;
      echo = undefined;

      const apps = ['bot-poller', 'reminder', 'vision', 'web'].map((name) => sys.supervise(name));
      await burst(sys, users, warmUp);
      const oursBurst = await burst(sys, users, total, apps[0]?.pid);
      if (round === roundCount - 1) {
        oursLatency = await latencyAt(arrivals, users, ids, rate, seconds);
        rss = rssMb(apps);
      }
      await Promise.all(apps.map((a) => a.stop()));
      rounds.push({ echo: echoBurst, ours: oursBurst });
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const oursPerSec = mean(rounds.map((r) => r.ours.perSec));
    const echoPerSec = mean(rounds.map((r) => r.echo.perSec));
    const figures: ThroughputFigures = {
      oursPerSec,
      echoPerSec,
      ratio: oursPerSec / echoPerSec,
      rounds,
      ours: oursLatency as LatencyFigures,
      echo: echoLatency as LatencyFigures,
      rssMb: rss?.total ?? null,
      rssByApp: rss?.byApp ?? {},
    };
    if (options.print ?? true) printThroughput(figures);
    return figures;
  } finally {
    echo?.kill('SIGKILL');
    await sys.close();
  }
}

function printThroughput(f: ThroughputFigures): void {
  const lat = (l: LatencyFigures) =>
    `p50 ${l.p50Ms.toFixed(1)} ms, p99 ${l.p99Ms.toFixed(1)} ms (${l.answered}/${l.sent} answered within 60 s, offered ${l.rate}/s)`;
  console.log(
    `(a) /help round trips: ours ${f.oursPerSec.toFixed(0)}/s ÷ telegraf echo ${f.echoPerSec.toFixed(0)}/s = ` +
      `${f.ratio.toFixed(2)} (target ≥ 0.5; mean of ${f.rounds.length} rounds)`,
  );
  const cpu = (b: BurstFigures) =>
    `${b.machineCpuMs.toFixed(2)} ms (bot process ${b.botCpuMs.toFixed(2)}, sandbox + users ${b.harnessCpuMs.toFixed(2)})`;
  f.rounds.forEach((r, i) => {
    console.log(
      `    round ${i + 1}: echo ${r.echo.perSec.toFixed(0)}/s, ours ${r.ours.perSec.toFixed(0)}/s = ` +
        `${(r.ours.perSec / r.echo.perSec).toFixed(2)}; machine CPU per update: echo ${cpu(r.echo)}, ours ${cpu(r.ours)}`,
    );
  });
  console.log(`    latency, ours: ${lat(f.ours)} (target p99 < 50 ms)`);
  console.log(`    latency, telegraf echo: ${lat(f.echo)}`);
  console.log(
    `(e) four apps' RSS after the load: ${f.rssMb === null ? 'n/a (an app was not running)' : `${f.rssMb.toFixed(0)} MB`} (target < 400 MB)`,
  );
  const apps = Object.entries(f.rssByApp);
  if (apps.length > 0)
    console.log(`    ${apps.map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`).join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runThroughputBench();
  await stopEmbeddedAdminCluster();
  process.exit(0);
}
