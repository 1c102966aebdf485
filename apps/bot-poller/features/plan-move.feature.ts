import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { type MoveOption, moveOptions, vetMove } from '../../../shared/coach/index.js';
import { formatShortDay } from '../../../shared/i18n/index.js';
import {
  browseCallbacks,
  loadActivePlanWithInput,
  loadPlanWorkout,
  saveRevisedPlan,
  workoutLine,
} from '../../../shared/plans/index.js';
import { loadProfile, localToday } from '../../../shared/profile/index.js';
import { escapeHtml } from '../../../shared/text/index.js';

/**
 * "Move" on a workout: offers the other free days of that week that the rule checker
 * accepts (the coach's `moveOptions` / `vetMove`), says why the others would not work, and moves it on
 * tap as a new plan version (`saveRevisedPlan`: refused when the plan changed meanwhile). A second tap
 * finds the workout row replaced and changes nothing.
 */
export const planMoveFeature = new Composer<BotContext>();

function reasonText(ctx: BotContext, option: MoveOption): string {
  if (option.ok) return '';
  const codes = [...new Set(option.violations.map((v) => v.code))].slice(0, 2);
  return codes
    .map((c) => {
      const id = `ph-rule-${c}`;
      try {
        return ctx.t(id);
      } catch {
        return ctx.t('ph-rule-other');
      }
    })
    .join('; ');
}

planMoveFeature.action(browseCallbacks.pattern, async (ctx) => {
  const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const action = browseCallbacks.parse(data);
  if (!ctx.user || !action || (action.kind !== 'move' && action.kind !== 'moveTo'))
    return ctx.out.answerCallback(ctx.t('ph-unknown-button'));
  const userId = ctx.user.id;
  const profile = await loadProfile(ctx.tx, userId, ctx.log);
  if (!profile) {
    ctx.out.answerCallback();
    return ctx.out.html(ctx.t('ph-no-profile'));
  }
  const today = localToday(new Date(), profile.timeZone);
  const row = await loadPlanWorkout(ctx.tx, userId, action.workoutId);
  if (!row) return ctx.out.answerCallback(ctx.t('ph-not-in-plan'), true);
  if (row.status !== 'planned' || row.date < today || row.workout.type === 'race')
    return ctx.out.answerCallback(ctx.t('ph-move-not-open'), true);
  const active = await loadActivePlanWithInput(ctx.tx, userId);
  if (!active || active.id !== row.planId) return ctx.out.answerCallback(ctx.t('ph-not-in-plan'), true);
  ctx.out.answerCallback();
  const name = workoutLine(ctx.locale, row.workout, profile.units);
  const options = moveOptions(active, row.date, today);
  const good = options.filter((o) => o.ok);
  const refusedLines = options
    .filter((o) => !o.ok)
    .map((o) =>
      escapeHtml(
        ctx.t('ph-move-refused-day', { day: formatShortDay(ctx.locale, o.date), reason: reasonText(ctx, o) }),
      ),
    );
  const goodDays = good.map((o) => formatShortDay(ctx.locale, o.date)).join(', ') || ctx.t('ph-move-no-days');

  if (action.kind === 'move') {
    if (good.length === 0) {
      ctx.out.html([ctx.t('ph-move-none', { workout: name }), ...refusedLines].join('\n'));
      return;
    }
    ctx.out.html([ctx.t('ph-move-ask', { workout: name }), ...refusedLines].join('\n'), {
      inline_keyboard: good.map((o) => [
        {
          text: `→ ${formatShortDay(ctx.locale, o.date)}`,
          callback_data: browseCallbacks.encode({ kind: 'moveTo', workoutId: row.id, date: o.date }),
        },
      ]),
    });
    return;
  }
  // Vetted again now: the plan or the day may have changed since the buttons were shown.
  const chosen = vetMove(active, row.date, action.date, today);
  const pressed = ctx.callbackQuery.message?.message_id;
  if (!chosen.ok) {
    ctx.out.html(
      escapeHtml(
        ctx.t('ph-move-refused', {
          day: formatShortDay(ctx.locale, action.date),
          reasons: reasonText(ctx, chosen),
          days: goodDays,
        }),
      ),
    );
    return;
  }
  const saved = await saveRevisedPlan(ctx.tx, {
    userId,
    basePlanId: active.id,
    plan: chosen.plan,
    fromDate: today,
    meta: { moved: { from: row.date, to: action.date } },
  });
  if (saved.kind === 'stale') return ctx.out.html(escapeHtml(ctx.t('ph-move-stale')));
  const text = ctx.t('ph-move-done', { workout: name, day: formatShortDay(ctx.locale, action.date) });
  if (pressed !== undefined) ctx.out.editHtml(pressed, text);
  else ctx.out.html(text);
});
