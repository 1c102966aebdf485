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
  if (action?.kind !== 'replan' || !ctx.user) return ctx.out.answerCallback(ctx.t('tracking-forged'));
  const decision = await decideReplanOffer(ctx.tx, ctx.user.id, action.offerId, action.accept);
  if (decision === 'not-yours') return ctx.out.answerCallback(ctx.t('replan-not-yours'), true);
  if (decision === 'already-decided') return ctx.out.answerCallback(ctx.t('replan-already'));
  const pressed = ctx.callbackQuery.message?.message_id;
  if (!action.accept) {
    ctx.out.answerCallback(ctx.t('replan-keeping'));
    if (pressed !== undefined) ctx.out.editHtml(pressed, ctx.t('replan-kept'));
    return;
  }
  await new Queue<ReplanJobData>(ctx.tx, REPLAN_QUEUE).add(
    { userId: ctx.user.id, chatId: ctx.user.chatId, offerId: action.offerId },
    { tx: ctx.tx, dedupeKey: `replan:offer:${action.offerId}`, maxAttempts: 3 },
  );
  ctx.out.answerCallback(ctx.t('replan-adjusting-short'));
  ctx.out.typing();
  if (pressed !== undefined) ctx.out.editHtml(pressed, ctx.t('replan-adjusting'));
});
