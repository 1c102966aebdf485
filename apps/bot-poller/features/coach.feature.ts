import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import {
  applyProposal,
  COACH_QUEUE,
  type CoachJobData,
  cancelProposal,
  coachCallbacks,
  detectRedFlag,
  loadRunnerProfile,
  parseCoachAction,
  RED_FLAG_REPLY,
  recordExchange,
} from '../../../shared/coach/index.js';
import { localToday } from '../../../shared/profile/index.js';
import { Queue } from '../../../shared/queue/index.js';

/**
 * The coach: any text outside a dialog (every earlier feature passed on it) goes to the `coach` job —
 * enqueued in the update's transaction with the update id as dedupe key, while the runner sees
 * "typing…". Red flags are answered here at once, with no model and no job. The Apply / Cancel buttons
 * (`co1:a|c:<proposalId>`) write or drop the proposal in this update's transaction. Every reply here is
 * in `ctx.locale`; the job reads the runner's language itself.
 */
export const coachFeature = new Composer<BotContext>();

coachFeature.on('text', async (ctx, next) => {
  const text = ctx.message.text;
  if (!ctx.user || text.startsWith('/') || ctx.chat.type !== 'private') return next();
  const flag = detectRedFlag(text);
  if (flag) {
    const reply = RED_FLAG_REPLY(ctx.locale, flag);
    await recordExchange(ctx.tx, { userId: ctx.user.id, jobId: null, runner: text, coach: reply });
    ctx.out.html(reply);
    return;
  }
  // Without a profile there is no plan to talk about: the fallback points to /start.
  if (!(await loadRunnerProfile(ctx.tx, ctx.user.id))) return next();
  await new Queue<CoachJobData>(ctx.tx, COACH_QUEUE).add(
    { userId: ctx.user.id, chatId: ctx.user.chatId, text: text.slice(0, 4096) },
    { tx: ctx.tx, dedupeKey: `coach:update:${ctx.update.update_id}`, maxAttempts: 3 },
  );
  ctx.out.typing();
});

coachFeature.action(coachCallbacks.pattern, async (ctx) => {
  const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const action = parseCoachAction(data);
  if (!action || !ctx.user) return ctx.out.answerCallback(ctx.t('coach-unknown-button'));
  const outcome =
    action.kind === 'apply'
      ? await applyProposal(ctx.tx, {
          userId: ctx.user.id,
          proposalId: action.proposalId,
          today: localToday(new Date(), ctx.user.timeZone),
          locale: ctx.locale,
        })
      : await cancelProposal(ctx.tx, {
          userId: ctx.user.id,
          proposalId: action.proposalId,
          locale: ctx.locale,
        });
  if (outcome.kind === 'not-found') return ctx.out.answerCallback(outcome.text, true);
  ctx.out.answerCallback(outcome.kind === 'already' ? outcome.text : undefined);
  const pressed = ctx.callbackQuery.message?.message_id;
  // The question's buttons go once it is answered, whatever the answer.
  if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
  if (outcome.kind !== 'already') ctx.out.html(outcome.text);
});
