import { Composer } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { BotContext } from '../../../shared/bot/index.js';
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

const NO_PROFILE = 'First I need to know you as a runner: send /start to set up your profile.';

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
    ctx.out.html(NO_PROFILE);
    return;
  }
  if (arg === '') {
    ctx.out.html(renderSettings(prefs), settingsKeyboard(prefs));
    return;
  }
  if (arg === 'preview') {
    await sendPreview(ctx);
    return;
  }
  const patch = parseArgument(arg);
  if ('error' in patch) {
    ctx.out.html(
      `${escapeHtml(patch.error)}\n\nTry <code>/reminders on</code>, <code>/reminders off</code> or <code>/reminders 20:00</code>.`,
    );
    return;
  }
  const updated = await updateReminderPrefs(ctx.tx, ctx.user.id, patch);
  if (updated) ctx.out.html(`Saved.\n\n${renderSettings(updated)}`, settingsKeyboard(updated));
});

remindersFeature.action(REMINDER_ACTION_PATTERN, async (ctx) => {
  const pressed = parseReminderAction(ctx.match[0]);
  const messageId = ctx.callbackQuery.message?.message_id;
  if (!ctx.user || !pressed) return;
  const { action } = pressed;
  const prefs = await loadReminderPrefs(ctx.tx, ctx.user.id);
  if (!prefs) {
    ctx.out.answerCallback();
    ctx.out.html(NO_PROFILE);
    return;
  }
  if (action === 'preview') {
    ctx.out.answerCallback();
    await sendPreview(ctx);
    return;
  }
  if (action === 'hours') {
    ctx.out.answerCallback();
    if (messageId)
      ctx.out.editHtml(
        messageId,
        'At what hour (your local time) should I remind you the evening before?',
        hoursKeyboard(prefs.hour),
      );
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
  ctx.out.answerCallback(Object.keys(patch).length > 0 ? 'Saved ✅' : undefined);
  if (updated && messageId) ctx.out.editHtml(messageId, renderSettings(updated), settingsKeyboard(updated));
});

async function sendPreview(ctx: BotContext): Promise<void> {
  const preview = await previewTomorrow(ctx.tx, ctx.user!.id, new Date());
  switch (preview.kind) {
    case 'no_profile':
      ctx.out.html(NO_PROFILE);
      return;
    case 'no_plan':
      ctx.out.html('You have no active plan for tomorrow, so there is no reminder. Send /plan to get one.');
      return;
    case 'done':
      ctx.out.html('Tomorrow’s workout is already recorded, so there is nothing to remind you of.');
      return;
    default:
      ctx.out.html(
        `<i>Preview of tomorrow’s reminder:</i>\n\n${preview.payload.text}`,
        preview.payload.reply_markup,
      );
  }
}

function parseArgument(
  arg: string,
): { enabled?: boolean; hour?: number; restDayNote?: boolean } | { error: string } {
  if (arg === 'on') return { enabled: true };
  if (arg === 'off') return { enabled: false };
  if (arg === 'rest on') return { restDayNote: true };
  if (arg === 'rest off') return { restDayNote: false };
  const hour = parseReminderHour(arg);
  return hour.ok ? { hour: hour.value, enabled: true } : { error: hour.error };
}

/**
 * The settings text.
 *
 * @example
 * renderSettings({ enabled: true, hour: 19, restDayNote: false, timeZone: 'Europe/Berlin' });
 */
export function renderSettings(prefs: ReminderPrefs): string {
  const state = prefs.enabled
    ? `🔔 Reminders are <b>on</b>: at <b>${formatHour(prefs.hour)}</b> (${escapeHtml(prefs.timeZone)}) the evening before each workout.`
    : '🔕 Reminders are <b>off</b>.';
  const rest = prefs.restDayNote
    ? 'Before a rest day you get a short note.'
    : 'Before a rest day you get nothing.';
  return `${state}\n${rest}`;
}

function settingsKeyboard(prefs: ReminderPrefs): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        prefs.enabled
          ? { text: '🔕 Turn off', callback_data: encodeReminderAction({ action: 'off' }) }
          : { text: '🔔 Turn on', callback_data: encodeReminderAction({ action: 'on' }) },
        { text: '🕐 Change hour', callback_data: encodeReminderAction({ action: 'hours' }) },
      ],
      [
        prefs.restDayNote
          ? { text: '🛌 Rest-day note: on', callback_data: encodeReminderAction({ action: 'rest-off' }) }
          : { text: '🛌 Rest-day note: off', callback_data: encodeReminderAction({ action: 'rest-on' }) },
      ],
      [{ text: '👀 Preview tomorrow', callback_data: encodeReminderAction({ action: 'preview' }) }],
    ],
  };
}

function hoursKeyboard(current: number): InlineKeyboardMarkup {
  const rows: InlineKeyboardMarkup['inline_keyboard'] = [];
  for (let start = 0; start < 24; start += 6) {
    rows.push(
      Array.from({ length: 6 }, (_, i) => start + i).map((h) => ({
        text: h === current ? `• ${twoDigits(h)} •` : twoDigits(h),
        callback_data: encodeReminderAction({ action: 'hour', hour: h }),
      })),
    );
  }
  rows.push([{ text: '← Back', callback_data: encodeReminderAction({ action: 'back' }) }]);
  return { inline_keyboard: rows };
}
