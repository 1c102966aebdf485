import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { planButtons } from '../../../shared/callbacks/index.js';
import { renderPlanSummary } from '../../../shared/planner/index.js';
import {
  loadActivePlan,
  loadWeekView,
  PLAN_QUEUE,
  type PlanJobData,
  planEstimate,
} from '../../../shared/plans/index.js';
import { loadProfile, localToday } from '../../../shared/profile/index.js';
import { Queue } from '../../../shared/queue/index.js';
import {
  loadCurrentPrediction,
  loadPendingWorkouts,
  predictsFinishTime,
  renderPrediction,
  workoutButtonRows,
} from '../../../shared/tracking/index.js';
import { offerRebuild } from './rebuild.feature.js';

const REBUILD = planButtons.encode('rebuild');
const rebuildRow = (ctx: BotContext) => [{ text: ctx.t('plan-rebuild'), callback_data: REBUILD }];

/**
 * /plan: shows the active plan's summary and current week; without one (or on "Rebuild") enqueues plan
 * generation — slow LLM work never runs in the update handler — and says so at once.
 */
export const planFeature = new Composer<BotContext>();

planFeature.command('plan', async (ctx) => {
  if (!ctx.user) return;
  const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
  if (!profile) {
    ctx.out.html(ctx.t('plan-no-profile'));
    return;
  }
  const active = await loadActivePlan(ctx.tx, ctx.user.id);
  if (!active) {
    await enqueuePlan(ctx);
    return;
  }
  const today = localToday(new Date(), profile.timeZone);
  const opts = { units: profile.units, html: true, t: ctx.t };
  // This week with ◀ ▶ (edit in place), Full plan and each workout's detail (plan-browse.feature.ts).
  const view = await loadWeekView(ctx.tx, {
    userId: ctx.user.id,
    locale: ctx.locale,
    units: profile.units,
    today,
  });
  // Done / Skip for what is due now (overdue, today, tomorrow), like every workout message.
  const due = (await loadPendingWorkouts(ctx.tx, ctx.user.id, today)).slice(0, 3);
  // One prediction everywhere (the same as /stats): a fresher hard effort beats the race the plan was
  // built from; the shared line gives the time and where it comes from.
  const prediction = await loadCurrentPrediction(ctx.tx, {
    userId: ctx.user.id,
    today,
    goalDistanceKm: profile.goalDistanceKm,
    ...(profile.goalMode ? { goalMode: profile.goalMode } : {}),
    ...(profile.recentRace ? { recentRace: profile.recentRace } : {}),
    ...withEstimate(planEstimate(active.plan)),
  });
  const predictionLine = renderPrediction(
    ctx.locale,
    prediction,
    profile.goalLabel,
    profile.units,
    predictsFinishTime(profile),
  );
  // The summary without its own prediction line: the shared line says it once, with its source.
  const summary = `${renderPlanSummary(active.plan, { ...opts, prediction: false })}\n${predictionLine}`;
  ctx.out.html([summary, '', view?.text ?? ''].join('\n').slice(0, 4000), {
    inline_keyboard: [
      ...workoutButtonRows(due, ctx.t),
      ...(view?.keyboard.inline_keyboard ?? []),
      rebuildRow(ctx),
    ],
  });
});

planFeature.action(REBUILD, async (ctx) => {
  ctx.out.answerCallback();
  const profile = ctx.user ? await loadProfile(ctx.tx, ctx.user.id, ctx.log) : undefined;
  if (!profile) {
    ctx.out.html(ctx.t('plan-no-profile'));
    return;
  }
  // With a plan: first what would change, with Apply / Keep (rebuild.feature.ts).
  if (!(await offerRebuild(ctx, profile))) await enqueuePlan(ctx);
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
  ctx.out.html(ctx.t('plan-building'));
}

function withEstimate(estimate: ReturnType<typeof planEstimate>) {
  return estimate ? { planEstimate: estimate } : {};
}
