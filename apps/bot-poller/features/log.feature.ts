import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { parseLocalRunLog } from '../../../shared/coach/index.js';
import { loadConversation, saveConversation } from '../../../shared/conversation/index.js';
import { escapeHtml, formatShortDate, storedTitle } from '../../../shared/planner/index.js';
import { loadWorkoutTitle } from '../../../shared/plans/index.js';
import {
  describeRun,
  encodeTrackingAction,
  markMissedWorkouts,
  recordCompletion,
  TRACKING_KIND,
  trackingConversationSchema,
} from '../../../shared/tracking/index.js';
import { trackingScope } from './tracking-context.js';

/**
 * /log in free form (`/log 10k 52:30`, `/log yesterday 8 km easy`): parsed, recorded and matched to the
 * nearest planned workout within a day either side, or kept as an extra run. When two workouts fit
 * equally, it asks which one (buttons) instead of guessing.
 */
export const logFeature = new Composer<BotContext>();

logFeature.command('log', async (ctx) => {
  const scope = await trackingScope(ctx);
  if (!scope) return;
  const text = ctx.message.text.replace(/^\/log(@\w+)?/i, '').trim();
  if (!text) {
    ctx.out.html(ctx.t('log-ask', { hint: escapeHtml(ctx.t('log-hint')) }));
    return;
  }
  const units = scope.profile.units;
  const parsed = parseLocalRunLog(text, { today: scope.today, units, t: ctx.t, locale: ctx.locale });
  if (!parsed.ok) {
    ctx.out.html(`${escapeHtml(parsed.error)}\n${escapeHtml(ctx.t('log-hint'))}`);
    return;
  }
  const run = parsed.run;
  await markMissedWorkouts(ctx.tx, scope.userId);
  const outcome = await recordCompletion(ctx.tx, { userId: scope.userId, run, source: 'log' });
  if (outcome.kind === 'ambiguous') {
    const found = await loadConversation(ctx.tx, scope.userId, TRACKING_KIND, trackingConversationSchema);
    if (found.status === 'other') {
      ctx.out.html(ctx.t('log-finish-profile'));
      return;
    }
    const candidates = outcome.candidates.slice(0, 5);
    await saveConversation(ctx.tx, scope.userId, TRACKING_KIND, {
      step: 'pick',
      run,
      candidateIds: candidates.map((c) => c.id),
    });
    ctx.out.html(
      ctx.t('log-which', {
        run: describeRun(run, units, ctx.t),
        date: formatShortDate(run.date, ctx.locale),
      }),
      {
        inline_keyboard: [
          ...candidates.map((c) => [
            {
              text: `${formatShortDate(c.date, ctx.locale)} · ${storedTitle(c, ctx.t, units)}`.slice(0, 60),
              callback_data: encodeTrackingAction({ kind: 'pick', workoutId: c.id }),
            },
          ]),
          [
            {
              text: ctx.t('log-extra-run'),
              callback_data: encodeTrackingAction({ kind: 'pick', workoutId: 0 }),
            },
          ],
        ],
      },
    );
    return;
  }
  const matched =
    outcome.plannedWorkoutId === null ? undefined : await loadWorkoutTitle(ctx.tx, outcome.plannedWorkoutId);
  ctx.out.html(
    outcome.kind === 'duplicate'
      ? ctx.t('workout-already-recorded')
      : matched
        ? ctx.t('log-logged-matched', {
            run: describeRun(run, units, ctx.t),
            date: formatShortDate(run.date, ctx.locale),
            title: escapeHtml(storedTitle(matched, ctx.t, units)),
            planned: formatShortDate(matched.date, ctx.locale),
          })
        : ctx.t('log-logged-extra', {
            run: describeRun(run, units, ctx.t),
            date: formatShortDate(run.date, ctx.locale),
          }),
  );
});
