import type { Telegram } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { Logger } from '../log/index.js';
import { classifyTelegramError } from './classify-error.js';

/**
 * Calls getMe until the Bot API answers (backoff 0.5 s → 15 s), so bot-poller started before the sandbox
 * or during a network outage waits instead of crash-looping. Resolves `undefined` when aborted.
 *
 * @example
 * const me = await waitForBotInfo(telegram, { signal, log });
 */
export async function waitForBotInfo(
  telegram: Telegram,
  options: { signal: AbortSignal; log: Logger },
): Promise<UserFromGetMe | undefined> {
  for (let attempt = 1; !options.signal.aborted; attempt++) {
    try {
      return await telegram.getMe();
    } catch (err) {
      const failure = classifyTelegramError(err);
      const delay = Math.min(15_000, 500 * 2 ** Math.min(attempt - 1, 5));
      const hint =
        failure.kind === 'unauthorized' ? ' (the bot token was rejected: check TELEGRAM_BOT_TOKEN)' : '';
      options.log.warn(`Bot API not reachable yet${hint}; retrying`, {
        error: failure.description,
        delay,
        attempt,
      });
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, delay);
        options.signal.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            resolve(undefined);
          },
          { once: true },
        );
      });
    }
  }
  return undefined;
}
