import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import {
  feedSecret,
  feedUrls,
  planIcs,
  rotateFeedSecret,
  setEventHour,
} from '../../../shared/calendar/index.js';
import { loadProfile, localToday } from '../../../shared/profile/index.js';
import { escapeHtml } from '../../../shared/text/index.js';

/**
 * /calendar: the remaining plan as an .ics file plus the live subscription link (`webcal://…`);
 * `/calendar reset` rotates the link's secret; `/calendar 7` puts the events at 07:00 local time,
 * `/calendar allday` back to all-day events.
 */
export const calendarFeature = new Composer<BotContext>();

calendarFeature.command('calendar', async (ctx) => {
  if (!ctx.user) return;
  const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
  if (!profile) return ctx.out.html(ctx.t('ph-no-profile'));
  const arg = ctx.message.text.split(/\s+/).slice(1).join(' ').trim().toLowerCase();
  const link = (secret: string) =>
    `<code>${escapeHtml(feedUrls(ctx.config.publicUrl, secret).webcal)}</code>`;
  if (arg === 'reset') {
    const secret = await rotateFeedSecret(ctx.tx, ctx.user.id);
    return ctx.out.html(ctx.t('ph-cal-reset', { link: link(secret) }));
  }
  if (arg === 'allday' || arg === 'all-day') {
    await setEventHour(ctx.tx, ctx.user.id, null);
    ctx.out.html(ctx.t('ph-cal-allday-set'));
  } else if (/^\d{1,2}$/.test(arg) && Number(arg) <= 23) {
    await setEventHour(ctx.tx, ctx.user.id, Number(arg));
    ctx.out.html(ctx.t('ph-cal-hour-set', { hour: arg.padStart(2, '0') }));
  } else if (arg !== '') {
    return ctx.out.html(ctx.t('ph-cal-usage'));
  }
  const today = localToday(new Date(), profile.timeZone);
  const file = await planIcs(ctx.tx, ctx.user.id, { fromDate: today });
  if (!file) return ctx.out.html(ctx.t('ph-no-plan'));
  if (file.count === 0) return ctx.out.html(ctx.t('ph-cal-empty'));
  const secret = await feedSecret(ctx.tx, ctx.user.id);
  ctx.out.document(
    Buffer.from(file.ics, 'utf8'),
    'training-plan.ics',
    ctx.t('ph-cal-caption', { count: file.count }),
  );
  ctx.out.html(ctx.t('ph-cal-subscribe', { link: link(secret) }));
});
