import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { languageButtons } from '../../../shared/callbacks/index.js';
import { LOCALES, t, translator } from '../../../shared/i18n/index.js';
import { setUserLocale } from '../../../shared/users/index.js';
import { toInlineKeyboard } from './keyboards.js';

/**
 * /language: the runner picks the bot's language with a button (each named in its own language). The
 * choice is stored with the user and replaces Telegram's `language_code` from then on; the reply to
 * the button already speaks the new language.
 *
 * @example
 * createUpdateRouter({ features: [helpFeature, languageFeature, …], … });
 */
export const languageFeature = new Composer<BotContext>();

languageFeature.command('language', (ctx) => {
  const buttons = LOCALES.map((locale) => ({
    text: t(locale, 'language-name'),
    data: languageButtons.encode(locale),
  }));
  ctx.out.html(ctx.t('language-ask'), toInlineKeyboard({ rows: [buttons.slice(0, 2), buttons.slice(2)] }));
});

languageFeature.action(languageButtons.pattern, async (ctx) => {
  const user = ctx.user;
  if (!user) return;
  const locale = languageButtons.parse(
    ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '',
  );
  if (!locale) {
    ctx.out.answerCallback(ctx.t('fallback-button'));
    return;
  }
  await setUserLocale(ctx.tx, user.id, locale);
  ctx.locale = locale;
  ctx.t = translator(locale);
  ctx.out.answerCallback();
  const pressed = ctx.callbackQuery.message?.message_id;
  if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
  ctx.out.html(ctx.t('language-set'));
});
