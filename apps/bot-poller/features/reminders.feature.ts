import { Composer } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { BotContext } from '../../../shared/bot/index.js';
import type { Translator } from '../../../shared/i18n/index.js';
import { escapeHtml, formatHour, parseReminderHour } from '../../../shared/profile/index.js';
import {
  encodeReminderAction,
  loadReminderPrefs,
  parseReminderAction,
  previewTomorrow,
  REMINDER_ACTION_PATTERN,
  type ReminderPrefs,
  updateReminderPrefs,
} from '../../../shared/reminders/index.js';
import { twoDigits } from '../../../shared/text/index.js';

/**
 * /reminders: turn reminders on or off, change the hour (buttons, or `/reminders 20`, `/reminders 8pm`),
 * choose a short note or nothing before rest days, and preview tomorrow's reminder exactly as it will be
 * sent. Also `/reminders on|off`. Settings take effect for every reminder not yet due.
 */
export const remindersFeature = new Composer<BotContext>();

remindersFeature.command('reminders', async (ctx) => {
  if (!ctx.user) return;
  const arg = ctx.message.text
    .replace(/^\/reminders(@\w+)?/i, '')
    .trim()
    .toLowerCase();
  const prefs = await loadReminderPrefs(ctx.tx, ctx.user.id);
  if (!prefs) {
    ctx.out.html(ctx.t('tracking-no-profile'));
    return;
  }
  if (arg === '') {
    ctx.out.html(renderSettings(prefs, ctx.t), settingsKeyboard(prefs, ctx.t));
    return;
  }
  if (arg === 'preview') {
    await sendPreview(ctx);
    return;
  }
  const patch = parseArgument(arg, ctx.t);
  if ('error' in patch) {
    ctx.out.html(ctx.t('reminders-try', { error: escapeHtml(patch.error) }));
    return;
  }
  const updated = await updateReminderPrefs(ctx.tx, ctx.user.id, patch);
  if (updated) {
    ctx.out.html(
      ctx.t('reminders-saved', { settings: renderSettings(updated, ctx.t) }),
      settingsKeyboard(updated, ctx.t),
    );
  }
});

remindersFeature.action(REMINDER_ACTION_PATTERN, async (ctx) => {
  const pressed = parseReminderAction(ctx.match[0]);
  const messageId = ctx.callbackQuery.message?.message_id;
  if (!ctx.user || !pressed) return;
  const { action } = pressed;
  const prefs = await loadReminderPrefs(ctx.tx, ctx.user.id);
  if (!prefs) {
    ctx.out.answerCallback();
    ctx.out.html(ctx.t('tracking-no-profile'));
    return;
  }
  if (action === 'preview') {
    ctx.out.answerCallback();
    await sendPreview(ctx);
    return;
  }
  if (action === 'hours') {
    ctx.out.answerCallback();
    if (messageId) ctx.out.editHtml(messageId, ctx.t('reminders-ask-hour'), hoursKeyboard(prefs.hour, ctx.t));
    return;
  }
  const patch =
    action === 'on'
      ? { enabled: true }
      : action === 'off'
        ? { enabled: false }
        : action === 'rest-on'
          ? { restDayNote: true }
          : action === 'rest-off'
            ? { restDayNote: false }
            : 'hour' in pressed
              ? { hour: pressed.hour }
              : {};
  const updated =
    Object.keys(patch).length > 0 ? await updateReminderPrefs(ctx.tx, ctx.user.id, patch) : prefs;
  ctx.out.answerCallback(Object.keys(patch).length > 0 ? ctx.t('reminders-saved-short') : undefined);
  if (updated && messageId)
    ctx.out.editHtml(messageId, renderSettings(updated, ctx.t), settingsKeyboard(updated, ctx.t));
});

async function sendPreview(ctx: BotContext): Promise<void> {
  const preview = await previewTomorrow(ctx.tx, ctx.user!.id, new Date());
  switch (preview.kind) {
    case 'no_profile':
      ctx.out.html(ctx.t('tracking-no-profile'));
      return;
    case 'no_plan':
      ctx.out.html(ctx.t('reminders-no-plan'));
      return;
    case 'done':
      ctx.out.html(ctx.t('reminders-done'));
      return;
    default:
      ctx.out.html(
        ctx.t('reminders-preview', { reminder: preview.payload.text }),
        preview.payload.reply_markup,
      );
  }
}

function parseArgument(
  arg: string,
  tr: Translator,
): { enabled?: boolean; hour?: number; restDayNote?: boolean } | { error: string } {
  if (arg === 'on') return { enabled: true };
  if (arg === 'off') return { enabled: false };
  if (arg === 'rest on') return { restDayNote: true };
  if (arg === 'rest off') return { restDayNote: false };
  const hour = parseReminderHour(arg, tr);
  return hour.ok ? { hour: hour.value, enabled: true } : { error: hour.error };
}

/**
 * The settings text.
 *
 * @example
 * renderSettings({ enabled: true, hour: 19, restDayNote: false, timeZone: 'Europe/Berlin' }, ctx.t);
 */
export function renderSettings(prefs: ReminderPrefs, tr: Translator): string {
  const state = prefs.enabled
    ? tr('reminders-on', { hour: formatHour(prefs.hour), zone: escapeHtml(prefs.timeZone) })
    : tr('reminders-off');
  const rest = tr(prefs.restDayNote ? 'reminders-rest-note' : 'reminders-rest-nothing');
  return `${state}\n${rest}`;
}

function settingsKeyboard(prefs: ReminderPrefs, tr: Translator): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        prefs.enabled
          ? { text: tr('reminders-turn-off'), callback_data: encodeReminderAction({ action: 'off' }) }
          : { text: tr('reminders-turn-on'), callback_data: encodeReminderAction({ action: 'on' }) },
        { text: tr('reminders-change-hour'), callback_data: encodeReminderAction({ action: 'hours' }) },
      ],
      [
        prefs.restDayNote
          ? { text: tr('reminders-rest-on'), callback_data: encodeReminderAction({ action: 'rest-off' }) }
          : { text: tr('reminders-rest-off'), callback_data: encodeReminderAction({ action: 'rest-on' }) },
      ],
      [{ text: tr('reminders-preview-button'), callback_data: encodeReminderAction({ action: 'preview' }) }],
    ],
  };
}

function hoursKeyboard(current: number, tr: Translator): InlineKeyboardMarkup {
  const rows: InlineKeyboardMarkup['inline_keyboard'] = [];
  for (let start = 0; start < 24; start += 6) {
    rows.push(
      Array.from({ length: 6 }, (_, i) => start + i).map((h) => ({
        text: h === current ? `• ${twoDigits(h)} •` : twoDigits(h),
        callback_data: encodeReminderAction({ action: 'hour', hour: h }),
      })),
    );
  }
  rows.push([{ text: tr('reminders-back'), callback_data: encodeReminderAction({ action: 'back' }) }]);
  return { inline_keyboard: rows };
}
