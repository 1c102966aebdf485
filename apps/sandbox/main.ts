import { loadConfigOrExit } from '../../shared/config/index.js';
import { createSandbox } from '../../shared/telegram-sandbox/index.js';

// Local mode only (no TELEGRAM_BOT_TOKEN), or `npm run sandbox`: the Telegram Bot API sandbox. Its settings
// come from the zod config like every app's (invalid ones exit 78); it needs no database, heartbeat or log
// file, so it prints to the console (PM2 keeps that in logs/pm2/sandbox.out.log).
const { sandbox: settings } = loadConfigOrExit('sandbox');

const sandbox = await createSandbox({
  port: settings.port,
  host: settings.host,
  ...(settings.token ? { token: settings.token } : {}), // generated when absent
  ...(settings.botUsername ? { botUsername: settings.botUsername } : {}),
  ...(settings.botName ? { botName: settings.botName } : {}),
  flood: settings.flood,
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
