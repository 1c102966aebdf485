import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { planButtons } from '../../../shared/callbacks/index.js';
import { renderPlanSummary, renderWeek } from '../../../shared/planner/index.js';
import { loadActivePlan, PLAN_QUEUE, type PlanJobData } from '../../../shared/plans/index.js';
import { loadProfile, localToday } from '../../../shared/profile/index.js';
import { Queue } from '../../../shared/queue/index.js';
import { loadPendingWorkouts, workoutButtonRows } from '../../../shared/tracking/index.js';

const REBUILD = planButtons.encode('rebuild');
const rebuildKeyboard = { inline_keyboard: [[{ text: '🔄 Rebuild my plan', callback_data: REBUILD }]] };

/**
 * /plan: shows the active plan's summary and current week; without one (or on "Rebuild") enqueues plan
 * generation — slow LLM work never runs in the update handler — and says so at once.
 */
export const planFeature = new Composer<BotContext>();

planFeature.command('plan', async (ctx) => {
  if (!ctx.user) return;
  const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
  if (!profile) {
    ctx.out.html('First I need to know you as a runner: send /start to set up your profile.');
    return;
  }
  const active = await loadActivePlan(ctx.tx, ctx.user.id);
  if (!active) {
    await enqueuePlan(ctx);
    return;
  }
  const today = localToday(new Date(), profile.timeZone);
  const week =
    active.plan.weeks.find((w) => w.startDate <= today && today <= w.endDate) ?? active.plan.weeks[0];
  const opts = { units: profile.units, html: true };
  // Done / Skip for what is due now (overdue, today, tomorrow), like every workout message.
  const due = (await loadPendingWorkouts(ctx.tx, ctx.user.id, today)).slice(0, 3);
  ctx.out.html(
    [renderPlanSummary(active.plan, opts), '', week ? renderWeek(week, opts) : ''].join('\n').slice(0, 4000),
    { inline_keyboard: [...workoutButtonRows(due), ...rebuildKeyboard.inline_keyboard] },
  );
});

planFeature.action(REBUILD, async (ctx) => {
  ctx.out.answerCallback();
  if (!ctx.user || !(await loadProfile(ctx.tx, ctx.user.id, ctx.log))) {
    ctx.out.html('First I need to know you as a runner: send /start to set up your profile.');
    return;
  }
  await enqueuePlan(ctx);
});

async function enqueuePlan(ctx: BotContext): Promise<void> {
  const user = ctx.user!;
  // Enqueued in the update's transaction with the update id as dedupe key: a re-processed update can
  // never build two plans.
  await new Queue<PlanJobData>(ctx.tx, PLAN_QUEUE).add(
    { userId: user.id, chatId: user.chatId },
    { tx: ctx.tx, dedupeKey: `plan:update:${ctx.update.update_id}`, maxAttempts: 3 },
  );
  ctx.out.typing();
  ctx.out.html('🏗️ Building your training plan… this takes a few seconds. I will send it here.');
}
