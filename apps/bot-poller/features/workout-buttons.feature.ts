import { Composer } from 'telegraf';
import { message } from 'telegraf/filters';
import type { BotContext } from '../../../shared/bot/index.js';
import { parseLocalRunLog } from '../../../shared/coach/index.js';
import { clearConversation, loadConversation, saveConversation } from '../../../shared/conversation/index.js';
import { escapeHtml, formatShortDate } from '../../../shared/planner/index.js';
import {
  askHowItWent,
  askWhySkip,
  cancelLabel,
  cancelWorkout,
  describeRun,
  doneKeyboard,
  HISTORY_KIND,
  historyConversationSchema,
  loadOwnedWorkout,
  loadWeekWorkouts,
  parseTrackingAction,
  parseWorkoutAction,
  recordCompletion,
  setCancellationNote,
  skipKeyboard,
  TRACKING_KIND,
  type TrackedWorkout,
  trackingActionPattern,
  trackingConversationSchema,
  WORKOUT_ACTION_PATTERN,
  workoutLine,
} from '../../../shared/tracking/index.js';
import { maybeOfferReplan, type TrackingScope, trackingScope } from './tracking-context.js';

/**
 * Done / Skip / Week buttons on any workout message (`w1:` — plan, /pending, reminders), the "as planned"
 * / "enter my numbers" answers, cancel reasons (+ a free-text note for "other"), the choice after an
 * ambiguous /log, and the typed answers of those forms. Every button is validated (zod) and its workout
 * checked against the presser; forged or stale ones get a clear answer and change nothing. A double tap
 * records once (unique completion per workout, cancellation checks the status under a row lock).
 */
export const workoutButtonsFeature = new Composer<BotContext>();

/** Loads the button's workout for the presser, answering for forged/stale ones. */
async function ownedOpenWorkout(ctx: BotContext, scope: TrackingScope, id: number) {
  const w = await loadOwnedWorkout(ctx.tx, scope.userId, id);
  if (!w) {
    ctx.out.answerCallback(ctx.t('workout-not-yours'), true);
    return undefined;
  }
  if (!w.planActive && (w.status === 'planned' || w.status === 'missed')) {
    ctx.out.answerCallback(ctx.t('workout-archived'), true);
    return undefined;
  }
  return w;
}

const runDate = (w: TrackedWorkout, today: string) => (w.date < today ? w.date : today);

/** Opens the optional "what was your time?" form (history.feature.ts answers it) unless another form is open. */
async function askForTime(ctx: BotContext, userId: number, completionId: number): Promise<boolean> {
  const found = await loadConversation(ctx.tx, userId, HISTORY_KIND, historyConversationSchema);
  if (found.status === 'other') return false;
  await saveConversation(ctx.tx, userId, HISTORY_KIND, { step: 'time', completionId });
  return true;
}
// The numbers form's example, in the runner's units (the log parser reads the English keywords).
const numbersExample = (units: string) => `<code>8.2 ${units} 47:30 hr 148 rpe 5</code>`;

workoutButtonsFeature.action(WORKOUT_ACTION_PATTERN, async (ctx) => {
  const parsed = parseWorkoutAction(
    ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '',
  );
  if (!parsed) return ctx.out.answerCallback(ctx.t('tracking-forged'));
  const scope = await trackingScope(ctx);
  if (!scope) return;
  const w = await ownedOpenWorkout(ctx, scope, parsed.workoutId);
  if (!w) return;
  const units = scope.profile.units;
  if (parsed.action === 'week') {
    ctx.out.answerCallback();
    const week = await loadWeekWorkouts(ctx.tx, scope.userId, w.date);
    const mark = { done: '✅', cancelled: '✖️', missed: '⚠️', planned: '▫️' } as const;
    const lines = week.map(
      (x) =>
        `${mark[x.date < scope.today && x.status === 'planned' ? 'missed' : x.status]} ${workoutLine(x, units, ctx.t)}`,
    );
    ctx.out.html(
      [ctx.t('workout-week-of', { date: formatShortDate(w.date, ctx.locale) }), ...lines].join('\n'),
    );
    return;
  }
  if (w.status === 'done') return ctx.out.answerCallback(ctx.t('workout-already-done'));
  if (parsed.action === 'skip' && w.status === 'cancelled')
    return ctx.out.answerCallback(ctx.t('workout-already-skipped'));
  ctx.out.answerCallback();
  const ask = parsed.action === 'done' ? askHowItWent(w, units, ctx.t) : askWhySkip(w, units, ctx.t);
  ctx.out.html(ask.text, ask.keyboard);
});

workoutButtonsFeature.action(trackingActionPattern(['as', 'form', 'why', 'pick']), async (ctx) => {
  const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const action = parseTrackingAction(data);
  if (!action || action.kind === 'page' || action.kind === 'replan')
    return ctx.out.answerCallback(ctx.t('tracking-forged'));
  const scope = await trackingScope(ctx);
  if (!scope) return;
  const units = scope.profile.units;
  const pressed = ctx.callbackQuery.message?.message_id;

  if (action.kind === 'pick') {
    const found = await loadConversation(ctx.tx, scope.userId, TRACKING_KIND, trackingConversationSchema);
    const state = found.status === 'ok' && found.state.step === 'pick' ? found.state : undefined;
    if (!state || (action.workoutId !== 0 && !state.candidateIds.includes(action.workoutId)))
      return ctx.out.answerCallback(ctx.t('workout-question-finished'));
    const outcome = await recordCompletion(ctx.tx, {
      userId: scope.userId,
      run: state.run,
      source: 'log',
      ...(action.workoutId === 0 ? { asExtra: true } : { plannedWorkoutId: action.workoutId }),
    });
    await clearConversation(ctx.tx, scope.userId, TRACKING_KIND);
    ctx.out.answerCallback(
      ctx.t(outcome.kind === 'duplicate' ? 'workout-already-recorded-short' : 'workout-logged-short'),
    );
    const text =
      outcome.kind === 'duplicate'
        ? ctx.t('workout-had-run')
        : ctx.t(action.workoutId === 0 ? 'workout-logged-extra' : 'workout-logged', {
            run: describeRun(state.run, units, ctx.t),
            date: formatShortDate(state.run.date, ctx.locale),
          });
    if (pressed !== undefined) ctx.out.editHtml(pressed, text);
    else ctx.out.html(text);
    return;
  }

  const w = await ownedOpenWorkout(ctx, scope, action.workoutId);
  if (!w) return;
  if (action.kind === 'form') {
    if (w.status === 'done') return ctx.out.answerCallback(ctx.t('workout-already-done'));
    const found = await loadConversation(ctx.tx, scope.userId, TRACKING_KIND, trackingConversationSchema);
    // The optional time question after "As planned" gives way to any new form.
    if (found.status === 'other' && found.kind !== HISTORY_KIND)
      return ctx.out.answerCallback(ctx.t('workout-finish-profile'), true);
    await saveConversation(ctx.tx, scope.userId, TRACKING_KIND, { step: 'numbers', workoutId: w.id });
    ctx.out.answerCallback();
    ctx.out.html(
      ctx.t('workout-send-numbers', {
        workout: workoutLine(w, units, ctx.t),
        example: numbersExample(units),
      }),
    );
    return;
  }
  if (action.kind === 'as-planned') {
    // The distance only: the planned duration is not a time the runner measured (it would echo the plan
    // in pace trends and predictions). The time is asked for below, optional.
    const run = { date: runDate(w, scope.today), ...(w.distanceKm ? { distanceKm: w.distanceKm } : {}) };
    const outcome = await recordCompletion(ctx.tx, {
      userId: scope.userId,
      run,
      source: 'button',
      plannedWorkoutId: w.id,
    });
    if (outcome.kind !== 'recorded') return ctx.out.answerCallback(ctx.t('workout-duplicate-tap'));
    ctx.out.answerCallback(ctx.t('workout-recorded-short'));
    const text = ctx.t('workout-done-as-planned', { workout: workoutLine(w, units, ctx.t) });
    const askTime = await askForTime(ctx, scope.userId, outcome.completionId);
    const keyboard = doneKeyboard(ctx.locale, outcome.completionId, askTime);
    if (pressed !== undefined) ctx.out.editHtml(pressed, text, keyboard);
    else ctx.out.html(text, keyboard);
    if (askTime) ctx.out.html(escapeHtml(ctx.t('ph-ask-time')));
    return;
  }
  // Cancel with a reason.
  const outcome = await cancelWorkout(ctx.tx, {
    userId: scope.userId,
    workoutId: w.id,
    reason: action.reason,
  });
  if (outcome === 'already-done') return ctx.out.answerCallback(ctx.t('workout-already-done'));
  if (outcome === 'already-cancelled') return ctx.out.answerCallback(ctx.t('workout-already-skipped'));
  ctx.out.answerCallback(ctx.t('workout-skipped-short'));
  const text = ctx.t('workout-skipped', {
    workout: workoutLine(w, units, ctx.t),
    reason: cancelLabel(action.reason, ctx.t),
  });
  if (pressed !== undefined) ctx.out.editHtml(pressed, text, skipKeyboard(ctx.locale, w.id));
  else ctx.out.html(text, skipKeyboard(ctx.locale, w.id));
  if (action.reason === 'other') {
    const found = await loadConversation(ctx.tx, scope.userId, TRACKING_KIND, trackingConversationSchema);
    if (found.status !== 'other') {
      await saveConversation(ctx.tx, scope.userId, TRACKING_KIND, { step: 'note', workoutId: w.id });
      ctx.out.html(ctx.t('workout-ask-note'));
    }
  }
  await maybeOfferReplan(ctx, scope);
});

workoutButtonsFeature.command('cancel', async (ctx, next) => {
  if (!ctx.user || !(await clearConversation(ctx.tx, ctx.user.id, TRACKING_KIND))) return next();
  ctx.out.html(ctx.t('workout-cancelled'));
});

workoutButtonsFeature.on(message('text'), async (ctx, next) => {
  const text = ctx.message.text;
  if (!ctx.user || text.startsWith('/')) return next();
  const found = await loadConversation(ctx.tx, ctx.user.id, TRACKING_KIND, trackingConversationSchema);
  if (found.status === 'corrupt') await clearConversation(ctx.tx, ctx.user.id, TRACKING_KIND);
  if (found.status !== 'ok') return next();
  const scope = await trackingScope(ctx);
  if (!scope) return;
  const state = found.state;
  if (state.step === 'pick') {
    ctx.out.html(ctx.t('workout-choose-above'));
    return;
  }
  const w = await loadOwnedWorkout(ctx.tx, scope.userId, state.workoutId);
  if (!w) {
    await clearConversation(ctx.tx, scope.userId, TRACKING_KIND);
    return next();
  }
  if (state.step === 'note') {
    await setCancellationNote(ctx.tx, scope.userId, w.id, text.trim());
    await clearConversation(ctx.tx, scope.userId, TRACKING_KIND);
    ctx.out.html(ctx.t('workout-note-saved'));
    return;
  }
  const parsed = parseLocalRunLog(text, {
    today: scope.today,
    units: scope.profile.units,
    defaultDate: runDate(w, scope.today),
    t: ctx.t,
    locale: ctx.locale,
  });
  if (!parsed.ok) {
    ctx.out.html(
      ctx.t('workout-numbers-error', {
        error: escapeHtml(parsed.error),
        example: numbersExample(scope.profile.units),
      }),
    );
    return;
  }
  const outcome = await recordCompletion(ctx.tx, {
    userId: scope.userId,
    run: parsed.run,
    source: 'button',
    plannedWorkoutId: w.id,
  });
  await clearConversation(ctx.tx, scope.userId, TRACKING_KIND);
  ctx.out.html(
    outcome.kind === 'duplicate'
      ? ctx.t('workout-already-recorded')
      : ctx.t('workout-recorded', {
          run: describeRun(parsed.run, scope.profile.units, ctx.t),
          workout: workoutLine(w, scope.profile.units, ctx.t),
        }),
    outcome.kind === 'recorded' ? doneKeyboard(ctx.locale, outcome.completionId) : undefined,
  );
});
