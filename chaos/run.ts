/**
 * `npm run chaos`: every chaos scenario against the real compiled apps, the in-process Bot API sandbox and
 * a real PostgreSQL (a throwaway embedded cluster for the restart scenario), then one table. Bounded: each
 * scenario has its own timeouts and the whole run stops itself after `--max-minutes` (default 25).
 *
 * Run: `npm run chaos` (builds first), or `node --import tsx chaos/run.ts [--quick] [--only kill,pg,...]`.
 * Exit code 1 when any row lost an update, applied one twice, left harm behind (chaos/harm.ts) or never
 * landed a kill in the middle of work.
 */
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import { stopEmbeddedAdminCluster } from '../test/harness/db.js';
import { killPollerScenario } from './kill-poller.js';
import { formatRecovery, type ScenarioResult } from './ledger.js';
import { llmFaultsScenario } from './llm-faults.js';
import { pgRestartScenario } from './pg-restart.js';
import { reminderKillScenario } from './reminder-kill.js';
import { floodStormScenario, foreignPollerScenario } from './telegram-faults.js';
import { visionKillScenario } from './vision-kill.js';

/** A named scenario with its full and quick sizes. */
interface Scenario {
  readonly key: string;
  readonly run: (quick: boolean) => Promise<ScenarioResult>;
}

/**
 * The scenarios in running order.
 *
 * @example
 * SCENARIOS.map((s) => s.key); // ['kill', 'vision', 'reminder', 'pg', 'foreign', 'flood', 'llm']
 */
export const SCENARIOS: readonly Scenario[] = [
  { key: 'kill', run: (quick) => killPollerScenario({ runs: quick ? 3 : 20 }) },
  { key: 'vision', run: (quick) => visionKillScenario({ runs: quick ? 1 : 5 }) },
  { key: 'reminder', run: (quick) => reminderKillScenario({ runs: quick ? 1 : 3 }) },
  // Quick: one SIGKILL of the server and one clean stop (the scenario alternates, SIGKILL first).
  { key: 'pg', run: (quick) => pgRestartScenario({ runs: quick ? 2 : 4 }) },
  { key: 'foreign', run: (quick) => foreignPollerScenario({ runs: quick ? 1 : 3 }) },
  { key: 'flood', run: (quick) => floodStormScenario({ runs: quick ? 1 : 2 }) },
  { key: 'llm', run: (quick) => llmFaultsScenario({ runs: quick ? 4 : 12 }) },
];

/**
 * Renders the chaos table (one row per scenario, notes below).
 *
 * @example
 * console.log(formatChaosTable(results));
 */
export function formatChaosTable(results: readonly ScenarioResult[]): string {
  const header = [
    'scenario',
    'runs',
    'updates sent',
    'lost',
    'applied twice',
    'detected re-sends',
    'recovery (median / max)',
    'kills mid-work',
    'harms',
  ];
  const rows = results.map((r) => [
    r.scenario,
    String(r.runs),
    String(r.sent),
    String(r.lost),
    String(r.appliedTwice),
    String(r.detectedResends),
    formatRecovery(r.recoveryMs),
    r.kills ? `${r.kills.midWork} / ${r.kills.total} ${r.kills.what}` : '—',
    String(r.harms.length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const out = [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? '-' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`,
  ];
  out.push(...rows.map(line));
  for (const r of results) for (const harm of r.harms) out.push(`  ${r.scenario}: HARM: ${harm}`);
  for (const r of results) for (const note of r.notes) out.push(`  ${r.scenario}: ${note}`);
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const maxMinutes = Number(args.find((a) => a.startsWith('--max-minutes='))?.split('=')[1] ?? 25);
  const results: ScenarioResult[] = [];
  const giveUp = setTimeout(() => {
    console.error(`\nchaos: stopped after ${maxMinutes} minutes; finished so far:\n`);
    console.log(formatChaosTable(results));
    process.exit(1);
  }, maxMinutes * 60_000);
  giveUp.unref();
  console.log(
    `Chaos — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} × ` +
      `${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}` +
      `${quick ? ' (quick)' : ''}`,
  );
  for (const scenario of SCENARIOS) {
    if (only && !only.includes(scenario.key)) continue;
    const started = Date.now();
    process.stdout.write(`… ${scenario.key}`);
    try {
      results.push(await scenario.run(quick));
    } catch (err) {
      results.push({
        scenario: scenario.key,
        runs: 0,
        sent: 0,
        lost: 0,
        appliedTwice: 0,
        detectedResends: 0,
        recoveryMs: [],
        harms: [],
        notes: [`FAILED: ${String((err as Error)?.stack ?? err).slice(0, 800)}`],
      });
    }
    console.log(` done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  console.log(`\n${formatChaosTable(results)}`);
  await stopEmbeddedAdminCluster();
  const bad = results.some(
    (r) =>
      r.lost > 0 ||
      r.appliedTwice > 0 ||
      r.harms.length > 0 ||
      (r.kills !== undefined && r.kills.midWork === 0) ||
      r.notes.some((n) => n.startsWith('FAILED')),
  );
  process.exit(bad ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
