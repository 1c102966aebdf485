// PM2 process file. `npm start` runs it with pm2-runtime in the foreground; operators can also
// `pm2 start ecosystem.config.cjs`. PM2 runs the compiled JavaScript in dist/ (npm run build).
//
// Local mode, decided here from the environment:
//   - no DATABASE_URL       → a `postgres` app runs embedded PostgreSQL under DATA_DIR/pg;
//   - no TELEGRAM_BOT_TOKEN → a `sandbox` app runs the local Telegram Bot API, and the apps talk to it.
const { randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { isAbsolute, join, resolve } = require('node:path');
const nodeArgs = require('./scripts/node-args.cjs'); // (app name) => flags

const root = __dirname;
const abs = (dir) => (isAbsolute(dir) ? dir : resolve(root, dir));
const dataDir = abs(process.env.DATA_DIR || 'data');
const logDir = abs(process.env.LOG_DIR || 'logs');
const sandboxPort = process.env.SANDBOX_PORT || '8081';
const localDatabase = !process.env.DATABASE_URL;
const localTelegram = !process.env.TELEGRAM_BOT_TOKEN;

/** Exit code of an invalid configuration (shared/config): restarting cannot fix it. */
const CONFIG_EXIT_CODE = 78;
/** Exit code of a migration that cannot be applied (shared/app): restarting cannot fix it either. */
const MIGRATION_EXIT_CODE = 79;

/** The sandbox bot's token, generated once and kept in DATA_DIR so chats survive restarts. */
function sandboxToken() {
  const file = join(dataDir, 'sandbox', 'bot-token');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(join(dataDir, 'sandbox'), { recursive: true });
  const token = `${100000 + randomBytes(3).readUIntBE(0, 3)}:${randomBytes(27).toString('base64url').slice(0, 35)}`;
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}

const env = {
  NODE_ENV: process.env.NODE_ENV || 'production',
  DATA_DIR: dataDir,
  LOG_DIR: logDir,
  ...(localTelegram
    ? {
        SANDBOX_BOT_TOKEN: sandboxToken(),
        TELEGRAM_API_ROOT: process.env.TELEGRAM_API_ROOT || `http://127.0.0.1:${sandboxPort}`,
      }
    : {}),
};

const app = (name, extra = {}) => ({
  name,
  script: `dist/apps/${name}/main.js`,
  cwd: root,
  exec_mode: 'fork',
  instances: 1,
  node_args: nodeArgs(name),
  autorestart: true,
  // Restart delay grows from 200 ms (×1.5 per crash, capped at 15 s) and resets after 30 s of uptime.
  exp_backoff_restart_delay: 200,
  max_memory_restart: '300M',
  stop_exit_codes: [CONFIG_EXIT_CODE, MIGRATION_EXIT_CODE],
  kill_timeout: 10_000,
  out_file: join(logDir, 'pm2', `${name}.out.log`),
  error_file: join(logDir, 'pm2', `${name}.err.log`),
  merge_logs: true,
  time: false,
  env,
  ...extra,
});

module.exports = {
  apps: [
    ...(localDatabase ? [app('postgres', { kill_timeout: 30_000, max_memory_restart: undefined })] : []),
    ...(localTelegram ? [app('sandbox')] : []),
    // Exactly one instance, never cluster mode: only one process may call getUpdates. kill_timeout exceeds
    // the longest graceful stop: the long poll (25 s) plus finishing in-flight handlers.
    app('bot-poller', { instances: 1, exec_mode: 'fork', kill_timeout: 40_000 }),
    app('reminder'),
    app('vision'),
    app('web'),
  ],
};
