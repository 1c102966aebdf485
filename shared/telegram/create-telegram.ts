import { Telegram } from 'telegraf';
import type { Config } from '../config/index.js';

/**
 * The Bot API client for the configured server: Telegram in production, the local sandbox in local mode,
 * or any self-hosted Bot API (`TELEGRAM_API_ROOT`).
 *
 * @example
 * const telegram = createTelegram(config);
 * const me = await telegram.getMe();
 */
export function createTelegram(config: Config): Telegram {
  if (!config.telegram.token) {
    throw new Error(
      'No bot token: set TELEGRAM_BOT_TOKEN, or run `npm start` without it to use the local sandbox (it sets SANDBOX_BOT_TOKEN).',
    );
  }
  return new Telegram(config.telegram.token, { apiRoot: config.telegram.apiRoot, webhookReply: false });
}
