import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { Queue } from '../../../shared/queue/index.js';
import {
  decideReplanOffer,
  parseTrackingAction,
  REPLAN_ACTION_PATTERN,
  REPLAN_QUEUE,
  type ReplanJobData,
} from '../../../shared/tracking/index.js';

/**
 * The adaptive re-plan offer's buttons (`r1:yes|no:<offerId>`): the offer must be the presser's and still
 * open; "Adjust" enqueues one `replan` job (dedupe key per offer, so a double tap builds once), "Keep it"
 * closes the offer. Anything else is answered and changes nothing.
 */
export const replanFeature = new Composer<BotContext>();

replanFeature.action(REPLAN_ACTION_PATTERN, async (ctx) => {
  const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const action = parseTrackingAction(data);
  if (action?.kind !== 'replan' || !ctx.user)
    return ctx.out.answerCallback("I didn't recognise that button — nothing changed.");
  const decision = await decideReplanOffer(ctx.tx, ctx.user.id, action.offerId, action.accept);
  if (decision === 'not-yours')
    return ctx.out.answerCallback('That offer is not yours — nothing changed.', true);
  if (decision === 'already-decided')
    return ctx.out.answerCallback('You already answered this — nothing changed.');
  const pressed = ctx.callbackQuery.message?.message_id;
  if (!action.accept) {
    ctx.out.answerCallback('Keeping your plan');
    if (pressed !== undefined) ctx.out.editHtml(pressed, 'Okay, your plan stays as it is.');
    return;
  }
  await new Queue<ReplanJobData>(ctx.tx, REPLAN_QUEUE).add(
    { userId: ctx.user.id, chatId: ctx.user.chatId, offerId: action.offerId },
    { tx: ctx.tx, dedupeKey: `replan:offer:${action.offerId}`, maxAttempts: 3 },
  );
  ctx.out.answerCallback('Adjusting…');
  ctx.out.typing();
  if (pressed !== undefined)
    ctx.out.editHtml(pressed, '🔄 Adjusting your plan from today to what you have actually been running…');
});
