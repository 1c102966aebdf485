#!/usr/bin/env node
// Terminates this installation's bot processes that PM2 does not run (strays: an old deploy, a forgotten
// terminal): SIGTERM, then SIGKILL after STRAY_GRACE_MS (default 10 s). Never PM2's own apps; refuses to
// act while PM2 is not running (its apps could not be told from strays). Uses the compiled code (dist/).
// Usage: node scripts/kill-strays.mjs [--dry-run]   (DATA_DIR, PM2_HOME from the environment)
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => console.log(`[kill-strays] ${line}`);
if (!existsSync(join(root, 'dist/shared/health/index.js'))) {
  say('the apps are not built (dist/ missing): run npm run build first');
  process.exit(1);
}
const { describeStray, scanHostStrays, terminateStrays } = await import(
  join(root, 'dist/shared/health/index.js')
);
const { Pm2Client } = await import(join(root, 'dist/shared/status/index.js'));

const dataDir = resolve(root, process.env.DATA_DIR || 'data');
const pm2 = new Pm2Client();
try {
  const apps = await pm2.list();
  if (!apps) {
    say(`PM2 is not running (PM2_HOME=${pm2.home}): cannot tell its apps from strays, nothing killed`);
    process.exit(0);
  }
  const pm2Pids = apps.flatMap((a) => (a.pid ? [a.pid] : []));
  const scan = await scanHostStrays({ dataDir, pm2Pids, pm2Home: pm2.home });
  if (scan.error) say(scan.error);
  const local = scan.strays.filter((s) => s.pid !== undefined);
  say(`strays on ${hostname()} for ${dataDir}: ${local.length}`);
  for (const stray of local) say(`found ${describeStray(stray)}`);
  if (process.argv.includes('--dry-run') || local.length === 0) process.exit(0);
  const graceMs = Number(process.env.STRAY_GRACE_MS || 10_000);
  for (const o of await terminateStrays(local, { host: hostname(), protectedPids: pm2Pids, graceMs })) {
    const how = {
      stopped: 'stopped (SIGTERM)',
      killed: 'killed (SIGKILL after SIGTERM)',
      gone: 'already gone',
    };
    say(`${o.app ?? 'process'} pid ${o.pid}: ${how[o.outcome] ?? `failed: ${o.error}`}`);
  }
} finally {
  pm2.disconnect();
}
