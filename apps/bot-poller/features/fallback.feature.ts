import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { escapeHtml } from '../../../shared/profile/index.js';

/**
 * Last in the chain: anything no feature handled gets a clear answer instead of silence. Stale or forged
 * buttons are answered so the phone's spinner stops, and nothing changes.
 */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on('callback_query', (ctx) => {
  ctx.out.answerCallback(ctx.t('fallback-button'));
});

fallbackFeature.on('message', (ctx) => {
  const message = ctx.message;
  if ('text' in message) {
    const text = message.text;
    if (text.startsWith('/')) {
      const command = escapeHtml(text.split(/\s/, 1)[0]?.slice(0, 40) ?? '');
      ctx.out.html(ctx.t('fallback-command', { command }));
      return;
    }
    const quoted = escapeHtml(text.length > 60 ? `${text.slice(0, 60)}…` : text);
    ctx.out.html(ctx.t('fallback-text', { text: quoted }));
    return;
  }
  if ('photo' in message || 'document' in message) {
    ctx.out.html(ctx.t('fallback-photo'));
    return;
  }
  ctx.out.html(ctx.t('fallback-other'));
});
