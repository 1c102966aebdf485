/**
 * `npm run bench`: every benchmark in one run on this machine, printing figures (never asserting).
 * Each part can also run alone: `node --import tsx bench/<part>.ts`.
 */
import { cpus, totalmem } from 'node:os';
import { stopEmbeddedAdminCluster } from '../test/harness/db.js';
import { runPlanBench } from './plan.js';
import { runReminderBench } from './reminders.js';
import { runStartupBench } from './startup.js';
import { runThroughputBench } from './throughput.js';
import { runVisionOcrBench } from './vision-ocr.js';

console.log(
  `Benchmarks — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);
console.log('— plan engine —');
runPlanBench();
console.log('\n— startup —');
await runStartupBench();
console.log('\n— reminder fan-out: 10,000 users due in the same minute —');
await runReminderBench();
console.log('\n— throughput, latency and memory under load —');
await runThroughputBench();
console.log('\n— vision: offline screenshot reading and activity files —');
await runVisionOcrBench();
await stopEmbeddedAdminCluster();
process.exit(0);
