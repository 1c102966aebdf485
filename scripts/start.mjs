#!/usr/bin/env node
// `npm start`: builds when the compiled apps are missing or older than the sources, then runs every app
// under pm2-runtime in the foreground. Ctrl-C (SIGINT) or SIGTERM stops all apps, the embedded database
// last, and exits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function newestSourceMtime() {
  let newest = statSync('tsconfig.json').mtimeMs;
  for (const top of ['apps', 'shared']) {
    for (const file of readdirSync(top, { recursive: true })) {
      const path = join(top, String(file));
      if (path.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

const stamp = 'dist/apps/bot-poller/main.js';
if (!existsSync(stamp) || statSync(stamp).mtimeMs < newestSourceMtime()) {
  console.log('Building (npm run build)…');
  const build = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) {
    console.error('Build failed; fix the errors above and run npm start again.');
    process.exit(build.status ?? 1);
  }
}

const port = process.env.PORT || '3000';
const lines = [
  '',
  'Running coach bot: starting all apps under PM2 (Ctrl-C stops everything).',
  `  Database:  ${process.env.DATABASE_URL ? 'external (DATABASE_URL)' : 'embedded PostgreSQL in data/pg'}`,
  `  Telegram:  ${process.env.TELEGRAM_BOT_TOKEN ? 'Telegram Bot API (TELEGRAM_BOT_TOKEN)' : 'local sandbox'}`,
  `  Planner:   ${process.env.OPENAI_API_KEY ? 'GPT-4o inside the deterministic engine' : 'deterministic engine (no OPENAI_API_KEY)'}`,
  `  Status:    http://localhost:${port}/`,
  ...(process.env.TELEGRAM_BOT_TOKEN
    ? []
    : [`  Chat page: http://localhost:${port}/chat   ← talk to the bot here`]),
  '  Watch:     npx pm2 monit   ·   npx pm2 logs   ·   logs/<app>.log',
  '',
];
console.log(lines.join('\n'));

const runtime = spawn(
  process.execPath,
  ['node_modules/pm2/bin/pm2-runtime', 'start', 'ecosystem.config.cjs'],
  {
    stdio: 'inherit',
    env: process.env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => runtime.kill(signal));
}
runtime.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
