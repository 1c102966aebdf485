import type { BotState } from './bot-state.js';
import type { SandboxState } from './sandbox-state.js';

const busy = new WeakSet<BotState>();

function describeFailure(e: unknown): string {
  const cause = (e as { cause?: { code?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'Connection refused';
  if ((e as Error).name === 'TimeoutError') return 'Read timeout expired';
  return `Connection failed: ${(e as Error).message}`;
}

/**
 * Delivers pending updates of `bot` to its webhook one by one, in order, like Telegram: POST JSON with
 * `X-Telegram-Bot-Api-Secret-Token` when set; 2xx confirms (a JSON body with `method` is executed as a
 * Bot API call, like Telegram's "reply to webhook"); anything else is retried after a pause and recorded in
 * getWebhookInfo's last_error_date / last_error_message.
 *
 * @example
 * kickWebhookDelivery(state, bot);
 */
export function kickWebhookDelivery(state: SandboxState, bot: BotState): void {
  if (busy.has(bot)) return;
  busy.add(bot);
  void (async () => {
    try {
      for (;;) {
        const hook = bot.queue.webhook;
        const update = bot.queue.peek()[0];
        if (!hook || !update || !state.bots.has(bot.token)) return;
        let failure: string | undefined;
        try {
          const res = await fetch(hook.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(hook.secretToken ? { 'x-telegram-bot-api-secret-token': hook.secretToken } : {}),
            },
            body: JSON.stringify(update),
            signal: AbortSignal.timeout(60_000),
          });
          const body = await res.text();
          if (res.status >= 200 && res.status < 300) {
            if (bot.queue.peek()[0] === update) bot.queue.shift();
            await state.executeWebhookReply(bot, res.headers.get('content-type') ?? '', body);
          } else {
            failure = `Wrong response from the webhook: ${res.status} ${res.statusText}`;
          }
        } catch (e) {
          failure = describeFailure(e);
        }
        if (failure !== undefined) {
          if (bot.queue.webhook === hook) {
            hook.lastErrorDate = Math.floor(Date.now() / 1000);
            hook.lastErrorMessage = failure;
          }
          await new Promise((r) => setTimeout(r, state.behaviour.webhookRetryDelayMs));
        }
      }
    } finally {
      busy.delete(bot);
    }
  })();
}
