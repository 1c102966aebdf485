import { createSandbox, generateBotToken, parseBotToken } from '../../shared/telegram-sandbox/index.js';

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
}

const token = process.env.SANDBOX_BOT_TOKEN || generateBotToken();
if (parseBotToken(token) === undefined)
  throw new Error('SANDBOX_BOT_TOKEN must look like <digits>:<35 chars [A-Za-z0-9_-]>');
const globalRate = envNumber('SANDBOX_GLOBAL_RATE', 30);
const chatRate = envNumber('SANDBOX_CHAT_RATE', 1);

const sandbox = await createSandbox({
  port: envNumber('SANDBOX_PORT', 8081),
  host: process.env.SANDBOX_HOST || '127.0.0.1',
  token,
  ...(process.env.SANDBOX_BOT_USERNAME ? { botUsername: process.env.SANDBOX_BOT_USERNAME } : {}),
  ...(process.env.SANDBOX_BOT_NAME ? { botName: process.env.SANDBOX_BOT_NAME } : {}),
  flood: {
    globalRate,
    globalBurst: envNumber('SANDBOX_GLOBAL_BURST', Math.max(1, globalRate)),
    chatRate,
    chatBurst: envNumber('SANDBOX_CHAT_BURST', 3),
  },
});

console.log(`Telegram Bot API sandbox listening
  API root:  ${sandbox.apiRoot}   (telegraf: { telegram: { apiRoot: '${sandbox.apiRoot}' } })
  Bot token: ${sandbox.token}
  Bot:       @${sandbox.botUser.username}
  Chat page: ${sandbox.chatUrl}
  User API:  ${sandbox.url}/sandbox/info`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  });
}
