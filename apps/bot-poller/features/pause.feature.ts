import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { MAX_PAUSE_DAYS, pausePlan } from '../../../shared/coach/index.js';
import { formatShortDay } from '../../../shared/i18n/index.js';
import { fromDayNumber, toDayNumber } from '../../../shared/planner/index.js';
import { hasActivePlan, loadActivePause, saveActivePlan } from '../../../shared/plans/index.js';
import { loadProfile, localToday, type RunnerProfile } from '../../../shared/profile/index.js';
import { escapeHtml } from '../../../shared/text/index.js';

/**
 * /pause N [ill] (holiday or illness) and /resume. A pause rebuilds the plan with the rule engine from
 * the day back (after an illness with a lighter, easy first week): nothing is planned during the pause,
 * so the reminders, which follow the active plan's open workouts, stop meanwhile. /resume rebuilds from
 * today. Written in the update's transaction; the save is keyed by the update (a re-handled update
 * stores nothing twice).
 */
export const pauseFeature = new Composer<BotContext>();

const ILLNESS = /\b(ill|sick|illness|krank|enfermo|enferma|болен|больна|болезнь)\b/iu;
// Far above any coach proposal id (those use -id): the plan store's idempotency key of this update.
const jobIdFor = (updateId: number) => -(2 ** 40 + updateId);

async function rebuildAfterPause(
  ctx: BotContext,
  profile: RunnerProfile,
  today: string,
  days: number,
  illness: boolean,
): Promise<{ ok: true; back: string } | { ok: false; reason: string }> {
  const result = pausePlan(profile, today, days, {
    illness,
    note: ctx.t('ph-pause-note-ill'),
    locale: ctx.locale,
  });
  if (!result.ok) return result;
  const until = fromDayNumber(toDayNumber(result.back) - 1);
  await saveActivePlan(ctx.tx, {
    userId: ctx.user!.id,
    input: result.input,
    plan: result.plan,
    source: 'deterministic',
    jobId: jobIdFor(ctx.update.update_id),
    meta: days > 0 ? { pause: { from: today, until, illness } } : { resumed: today, illness },
  });
  return { ok: true, back: result.back };
}

pauseFeature.command('pause', async (ctx) => {
  if (!ctx.user) return;
  const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
  if (!profile) return ctx.out.html(ctx.t('ph-no-profile'));
  if (!(await hasActivePlan(ctx.tx, ctx.user.id))) return ctx.out.html(ctx.t('ph-no-plan'));
  const args = ctx.message.text.split(/\s+/).slice(1).join(' ');
  const days = Number(/\d+/.exec(args)?.[0]);
  if (!Number.isInteger(days) || days < 1 || days > MAX_PAUSE_DAYS)
    return ctx.out.html(escapeHtml(ctx.t('ph-pause-usage', { max: MAX_PAUSE_DAYS })));
  const illness = ILLNESS.test(args);
  const today = localToday(new Date(), profile.timeZone);
  const done = await rebuildAfterPause(ctx, profile, today, days, illness);
  if (!done.ok) return ctx.out.html(escapeHtml(ctx.t('ph-pause-refused', { reason: done.reason })));
  const until = formatShortDay(ctx.locale, fromDayNumber(toDayNumber(done.back) - 1));
  const lines = [ctx.t('ph-pause-done', { until, back: formatShortDay(ctx.locale, done.back) })];
  if (illness) lines.push(ctx.t('ph-pause-done-ill'));
  ctx.out.html(escapeHtml(lines.join('\n')));
});

pauseFeature.command('resume', async (ctx) => {
  if (!ctx.user) return;
  const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
  if (!profile) return ctx.out.html(ctx.t('ph-no-profile'));
  const today = localToday(new Date(), profile.timeZone);
  const pause = await loadActivePause(ctx.tx, ctx.user.id);
  if (!pause || pause.until < today) return ctx.out.html(escapeHtml(ctx.t('ph-resume-none')));
  const done = await rebuildAfterPause(ctx, profile, today, 0, pause.illness);
  if (!done.ok) return ctx.out.html(escapeHtml(ctx.t('ph-pause-refused', { reason: done.reason })));
  ctx.out.html(escapeHtml(ctx.t('ph-resume-done')));
});
