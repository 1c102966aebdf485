import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { formatShortDay } from '../../../shared/i18n/index.js';
import { fromDayNumber, toDayNumber, workoutTitle } from '../../../shared/planner/index.js';
import {
  browseCallbacks,
  loadFullPlanView,
  loadPlanWorkout,
  loadPlanWorkouts,
  loadWeekView,
  type PlanWorkoutRow,
  renderWorkoutDetail,
  type Viewer,
  workoutLine,
} from '../../../shared/plans/index.js';
import { loadProfile, localToday } from '../../../shared/profile/index.js';
import { encodeWorkoutAction } from '../../../shared/tracking/index.js';

/**
 * Browsing the plan: /week (this week with ◀ ▶), /today, and the `pb1:` buttons — a week (edits the
 * message in place), a page of the full plan (in place), a workout's detail (a new message with Done /
 * Skip / Move). Moving is in `plan-move.ts`. Read-only apart from the replies.
 */
export const planBrowseFeature = new Composer<BotContext>();

/** The runner looking at the plan, or undefined (answered) without a profile. */
async function viewerOf(ctx: BotContext): Promise<Viewer | undefined> {
  if (!ctx.user) return undefined;
  const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
  if (!profile) {
    ctx.out.answerCallback();
    ctx.out.html(ctx.t('ph-no-profile'));
    return undefined;
  }
  return {
    userId: ctx.user.id,
    locale: ctx.locale,
    units: profile.units,
    today: localToday(new Date(), profile.timeZone),
  };
}

planBrowseFeature.command('week', async (ctx) => {
  const viewer = await viewerOf(ctx);
  if (!viewer) return;
  const view = await loadWeekView(ctx.tx, viewer);
  if (!view) return ctx.out.html(ctx.t('ph-no-plan'));
  ctx.out.html(view.text, view.keyboard);
});

planBrowseFeature.command('today', async (ctx) => {
  const viewer = await viewerOf(ctx);
  if (!viewer) return;
  const view = await loadWeekView(ctx.tx, viewer);
  if (!view) return ctx.out.html(ctx.t('ph-no-plan'));
  const todays = await loadPlanWorkouts(ctx.tx, viewer.userId, viewer.today, viewer.today);
  if (todays.length > 0) {
    for (const row of todays) {
      ctx.out.html(
        renderWorkoutDetail(viewer.locale, row.workout, viewer.units),
        detailKeyboard(ctx, row, viewer.today),
      );
    }
    return;
  }
  const raceDate = view.plan.plan.raceDate;
  if (raceDate < viewer.today) return ctx.out.html(ctx.t('ph-plan-over'));
  const [next] = await loadPlanWorkouts(ctx.tx, viewer.userId, nextDay(viewer.today), raceDate);
  const lines = [`<b>${ctx.t('ph-today-header')} · ${formatShortDay(viewer.locale, viewer.today)}</b>`];
  lines.push(ctx.t('ph-today-rest'));
  if (next)
    lines.push(ctx.t('ph-today-next', { workout: workoutLine(viewer.locale, next.workout, viewer.units) }));
  ctx.out.html(
    lines.join('\n'),
    next
      ? {
          inline_keyboard: [
            [
              {
                text: `🔎 ${formatShortDay(viewer.locale, next.date)} · ${workoutTitle(next.workout, ctx.t, viewer.units)}`.slice(
                  0,
                  60,
                ),
                callback_data: browseCallbacks.encode({ kind: 'detail', workoutId: next.id }),
              },
            ],
          ],
        }
      : undefined,
  );
});

const nextDay = (iso: string) => fromDayNumber(toDayNumber(iso) + 1);

/**
 * Done / Skip for an open workout due by tomorrow (like /pending), Move for a coming one still planned;
 * nothing for a done or skipped one (/history undoes those).
 */
function detailKeyboard(ctx: BotContext, row: PlanWorkoutRow, today: string) {
  if (row.status === 'done' || row.status === 'cancelled') return undefined;
  const rows = [];
  if (row.date <= nextDay(today))
    rows.push([
      { text: ctx.t('ph-btn-done'), callback_data: encodeWorkoutAction('done', row.id) },
      { text: ctx.t('ph-btn-skip'), callback_data: encodeWorkoutAction('skip', row.id) },
    ]);
  if (row.workout.type !== 'race' && row.status === 'planned' && row.date >= today)
    rows.push([
      {
        text: ctx.t('ph-btn-move'),
        callback_data: browseCallbacks.encode({ kind: 'move', workoutId: row.id }),
      },
    ]);
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

planBrowseFeature.action(browseCallbacks.pattern, async (ctx, next) => {
  const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const action = browseCallbacks.parse(data);
  if (!action) return ctx.out.answerCallback(ctx.t('ph-unknown-button'));
  if (action.kind === 'move' || action.kind === 'moveTo') return next();
  const viewer = await viewerOf(ctx);
  if (!viewer) return;
  const messageId = ctx.callbackQuery?.message?.message_id;
  if (action.kind === 'detail') {
    const row = await loadPlanWorkout(ctx.tx, viewer.userId, action.workoutId);
    if (!row) return ctx.out.answerCallback(ctx.t('ph-not-in-plan'), true);
    ctx.out.answerCallback();
    ctx.out.html(
      renderWorkoutDetail(viewer.locale, row.workout, viewer.units),
      detailKeyboard(ctx, row, viewer.today),
    );
    return;
  }
  const view =
    action.kind === 'week'
      ? await loadWeekView(ctx.tx, viewer, action.week)
      : await loadFullPlanView(ctx.tx, viewer, action.page);
  ctx.out.answerCallback();
  if (!view) return ctx.out.html(ctx.t('ph-no-plan'));
  // In place: the same message turns into the other week or page.
  if (messageId) ctx.out.editHtml(messageId, view.text, view.keyboard);
  else ctx.out.html(view.text, view.keyboard);
});
