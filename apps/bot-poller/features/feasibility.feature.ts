import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { loadConversation } from '../../../shared/conversation/index.js';
import {
  applyFeasibilityChoice,
  feasibilityButtons,
  PLAN_QUEUE,
  type PlanJobData,
} from '../../../shared/plans/index.js';
import { dialogStateSchema, loadProfile, localToday, saveProfile } from '../../../shared/profile/index.js';
import { Queue } from '../../../shared/queue/index.js';
import { loadPlannerHistory } from '../../../shared/tracking/index.js';
import { PROFILE_KIND } from './profile.feature.js';

/**
 * The feasibility gate's option buttons (`fz1:…`, sent by the plan job with an infeasible goal): the chosen
 * option (a later race date, a shorter distance, "finish comfortably") is applied to the stored profile and
 * the plan is built again — the plan job gates the new goal too. Telegram glue only.
 */
export const feasibilityFeature = new Composer<BotContext>();

feasibilityFeature.action(feasibilityButtons.pattern, async (ctx) => {
  const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const choice = feasibilityButtons.parse(data);
  const user = ctx.user;
  if (!choice || !user) return ctx.out.answerCallback(ctx.t('feasibility-unknown-button'));
  const profile = await loadProfile(ctx.tx, user.id, ctx.log);
  if (!profile) {
    ctx.out.answerCallback();
    ctx.out.html(ctx.t('plan-no-profile'));
    return;
  }
  // A profile edit in progress holds a copy of the profile: saving now would be undone by its Save.
  const dialog = await loadConversation(ctx.tx, user.id, PROFILE_KIND, dialogStateSchema);
  if (dialog.status === 'ok' || dialog.status === 'corrupt')
    return ctx.out.answerCallback(ctx.t('feasibility-finish-profile'), true);
  const today = localToday(new Date(), profile.timeZone);
  const history = await loadPlannerHistory(ctx.tx, user.id, today);
  const updated = applyFeasibilityChoice(profile, choice, today, history);
  if (!updated) return ctx.out.answerCallback(ctx.t('feasibility-not-possible'), true);
  await saveProfile(ctx.tx, user.id, updated);
  // In the update's transaction, deduplicated by the update: a re-processed press builds one plan.
  await new Queue<PlanJobData>(ctx.tx, PLAN_QUEUE).add(
    { userId: user.id, chatId: user.chatId },
    { tx: ctx.tx, dedupeKey: `plan:update:${ctx.update.update_id}`, maxAttempts: 3 },
  );
  ctx.out.answerCallback(ctx.t('feasibility-updating'));
  ctx.out.typing();
  ctx.out.html(ctx.t('feasibility-building'));
});
