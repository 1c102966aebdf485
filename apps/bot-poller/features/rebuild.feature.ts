import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { previewGoalPlan } from '../../../shared/coach/index.js';
import {
  loadActivePlan,
  PLAN_QUEUE,
  type PlanJobData,
  rebuildCallbacks,
  renderRebuildPreview,
} from '../../../shared/plans/index.js';
import {
  loadProfile,
  localToday,
  type RunnerProfile,
  toPlannerInput,
} from '../../../shared/profile/index.js';
import { Queue } from '../../../shared/queue/index.js';
import { escapeHtml } from '../../../shared/text/index.js';
import { loadPlannerHistory } from '../../../shared/tracking/index.js';

/**
 * Shows what rebuilding the plan from `profile` would change (race date, weeks, peak week, longest run,
 * this week) with Apply / Keep, instead of rebuilding at once. The preview is the engine plan of today
 * (the plan job adds the model's personal touch within the same rules). Returns false without an active
 * plan (nothing to compare: the caller builds one, and `intro`, HTML sent first, is not sent).
 *
 * @example
 * if (!(await offerRebuild(ctx, profile))) await enqueuePlan(ctx);
 */
export async function offerRebuild(
  ctx: BotContext,
  profile: RunnerProfile,
  intro?: string,
): Promise<boolean> {
  const active = await loadActivePlan(ctx.tx, ctx.user!.id);
  if (!active) return false;
  if (intro) ctx.out.html(intro);
  const today = localToday(new Date(), profile.timeZone);
  // Built as the plan job will build it (same history, same gate): Apply never meets a different verdict.
  const history = await loadPlannerHistory(ctx.tx, ctx.user!.id, today);
  const preview = previewGoalPlan(profile, today, ctx.locale, { history });
  if (!preview.ok) {
    ctx.out.html(escapeHtml(ctx.t('ph-rb-refused', { reason: preview.reason })));
    return true;
  }
  const { text } = renderRebuildPreview(ctx.locale, active.plan, preview.plan, profile.units, today);
  // The update id names this preview: Apply pressed twice (or re-handled) enqueues one job.
  const previewId = ctx.update.update_id;
  ctx.out.html(text, {
    inline_keyboard: [
      [
        { text: ctx.t('ph-btn-apply'), callback_data: rebuildCallbacks.encode({ kind: 'apply', previewId }) },
        { text: ctx.t('ph-btn-keep'), callback_data: rebuildCallbacks.encode({ kind: 'keep', previewId }) },
      ],
    ],
  });
  return true;
}

/**
 * True when a profile change changes what a plan is built from: the planner's input, the longest recent
 * run or the notes for the coach (read by the personalisation). Reminder hour and time zone do not.
 *
 * @example
 * affectsPlan(before, after, '2027-03-03'); // true after a new race date
 */
export function affectsPlan(before: RunnerProfile, after: RunnerProfile, today: string): boolean {
  const basis = (p: RunnerProfile) =>
    JSON.stringify([toPlannerInput(p, today), p.longestRunKm ?? null, p.notes ?? null]);
  return basis(before) !== basis(after);
}

/** Apply / Keep under a rebuild preview. */
export const rebuildFeature = new Composer<BotContext>();

rebuildFeature.action(rebuildCallbacks.pattern, async (ctx) => {
  const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const action = rebuildCallbacks.parse(data);
  if (!action || !ctx.user) return ctx.out.answerCallback(ctx.t('ph-unknown-button'));
  const pressed = ctx.callbackQuery.message?.message_id;
  const reply = (text: string) =>
    pressed !== undefined ? ctx.out.editHtml(pressed, text) : ctx.out.html(text);
  if (action.kind === 'keep') {
    ctx.out.answerCallback();
    return reply(escapeHtml(ctx.t('ph-rb-kept')));
  }
  if (!(await loadProfile(ctx.tx, ctx.user.id, ctx.log))) {
    ctx.out.answerCallback();
    return ctx.out.html(ctx.t('ph-no-profile'));
  }
  // The old plan is superseded by the job (kept with its done and skipped workouts as history).
  const { created } = await new Queue<PlanJobData>(ctx.tx, PLAN_QUEUE).add(
    { userId: ctx.user.id, chatId: ctx.user.chatId },
    { tx: ctx.tx, dedupeKey: `plan:preview:${ctx.user.id}:${action.previewId}`, maxAttempts: 3 },
  );
  ctx.out.answerCallback();
  if (!created) return;
  ctx.out.typing();
  reply(escapeHtml(ctx.t('ph-rb-building')));
});
