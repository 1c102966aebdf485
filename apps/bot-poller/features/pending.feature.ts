import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import {
  loadPendingWorkouts,
  markMissedWorkouts,
  parseTrackingAction,
  renderPendingPage,
  trackingActionPattern,
} from '../../../shared/tracking/index.js';
import { maybeOfferReplan, trackingScope } from './tracking-context.js';

/**
 * /pending: overdue (last 7 days) and today's/tomorrow's workouts of the active plan, each with Done /
 * Skip buttons, five per page with ‹ / › buttons that edit the message in place. Marks missed workouts
 * first, and offers a re-plan when the setbacks rule fires.
 */
export const pendingFeature = new Composer<BotContext>();

pendingFeature.command('pending', async (ctx) => {
  const scope = await trackingScope(ctx);
  if (!scope) return;
  await markMissedWorkouts(ctx.tx, scope.userId);
  const workouts = await loadPendingWorkouts(ctx.tx, scope.userId, scope.today);
  const page = renderPendingPage(workouts, 0, scope.today, scope.profile.units, ctx.t);
  ctx.out.html(page.text, page.keyboard);
  await maybeOfferReplan(ctx, scope);
});

pendingFeature.action(trackingActionPattern(['pg']), async (ctx) => {
  const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const action = parseTrackingAction(data);
  if (action?.kind !== 'page') return ctx.out.answerCallback(ctx.t('tracking-forged'));
  const scope = await trackingScope(ctx);
  if (!scope) return;
  ctx.out.answerCallback();
  const workouts = await loadPendingWorkouts(ctx.tx, scope.userId, scope.today);
  const page = renderPendingPage(workouts, action.page, scope.today, scope.profile.units, ctx.t);
  const pressed = ctx.callbackQuery.message?.message_id;
  if (pressed !== undefined) ctx.out.editHtml(pressed, page.text, page.keyboard);
  else ctx.out.html(page.text, page.keyboard);
});
