import { Composer } from 'telegraf';
import { message } from 'telegraf/filters';
import type { BotContext } from '../../../shared/bot/index.js';
import { parseLocalRunLog } from '../../../shared/coach/index.js';
import { clearConversation, loadConversation, saveConversation } from '../../../shared/conversation/index.js';
import { storedTitle } from '../../../shared/planner/index.js';
import { durationCandidates, loadProfile, localToday } from '../../../shared/profile/index.js';
import { escapeHtml } from '../../../shared/text/index.js';
import {
  CANCEL_LABELS,
  CANCEL_REASONS,
  EDIT_WINDOW_DAYS,
  editCompletion,
  editSkipReason,
  HISTORY_KIND,
  type HistoryOutcome,
  historyCallbacks,
  historyConversationSchema,
  loadCompletion,
  loadHistory,
  renderHistory,
  runNumbers,
  undoCompletion,
  undoSkip,
} from '../../../shared/tracking/index.js';

/**
 * /history (latest runs and skips with Edit / Delete / Undo for 7 days), the `h1:` buttons under a
 * recorded Done or Skip, and the typed answers of its two forms: the optional time after "As planned"
 * and corrected numbers. Undo and edit are idempotent (a second press or a re-handled update finds the
 * entry gone or the same values set).
 */
export const historyFeature = new Composer<BotContext>();

historyFeature.command('history', async (ctx) => {
  if (!ctx.user) return;
  const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
  if (!profile) return ctx.out.html(ctx.t('ph-no-profile'));
  const view = renderHistory(ctx.locale, await loadHistory(ctx.tx, ctx.user.id, 12), profile.units);
  ctx.out.html(view.text, view.keyboard);
});

function outcomeText(ctx: BotContext, outcome: HistoryOutcome, done: string): string {
  if (outcome === 'gone') return ctx.t('ph-already-undone');
  if (outcome === 'too-old') return ctx.t('ph-too-old', { days: EDIT_WINDOW_DAYS });
  return done;
}

historyFeature.action(historyCallbacks.pattern, async (ctx) => {
  const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const action = historyCallbacks.parse(data);
  if (!action || !ctx.user) return ctx.out.answerCallback(ctx.t('ph-unknown-button'));
  const userId = ctx.user.id;
  const pressed = ctx.callbackQuery.message?.message_id;
  if (action.kind === 'undo-skip') {
    const outcome = await undoSkip(ctx.tx, userId, action.workoutId);
    ctx.out.answerCallback();
    ctx.out.html(outcomeText(ctx, outcome, ctx.t('ph-undone-skip')));
    if (outcome === 'done' && pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
    return;
  }
  if (action.kind === 'edit-skip') {
    ctx.out.answerCallback();
    ctx.out.html(escapeHtml(ctx.t('ph-ask-reason')), reasonKeyboard(action.workoutId));
    return;
  }
  if (action.kind === 'reason') {
    const outcome = await editSkipReason(ctx.tx, userId, action.workoutId, action.reason);
    ctx.out.answerCallback();
    const text = escapeHtml(
      outcomeText(ctx, outcome, ctx.t('ph-reason-saved', { reason: CANCEL_LABELS[action.reason] })),
    );
    if (pressed !== undefined) ctx.out.editHtml(pressed, text);
    else ctx.out.html(text);
    return;
  }
  if (action.kind === 'undo-done') {
    const outcome = await undoCompletion(ctx.tx, userId, action.completionId);
    await clearForm(ctx, action.completionId);
    ctx.out.answerCallback();
    ctx.out.html(outcomeText(ctx, outcome, ctx.t('ph-undone-done')));
    if (outcome === 'done' && pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
    return;
  }
  const run = await loadCompletion(ctx.tx, userId, action.completionId);
  const profile = await loadProfile(ctx.tx, userId, ctx.log);
  if (!run || !profile) {
    ctx.out.answerCallback(ctx.t('ph-already-undone'), true);
    return;
  }
  if (action.kind === 'no-time') {
    await clearForm(ctx, action.completionId);
    ctx.out.answerCallback();
    ctx.out.html(ctx.t('ph-no-time-ok'));
    return;
  }
  // Edit: the next text message carries the corrected numbers.
  const found = await loadConversation(ctx.tx, userId, HISTORY_KIND, historyConversationSchema);
  if (found.status === 'other') {
    ctx.out.answerCallback(ctx.t('ph-form-busy'), true);
    return;
  }
  await saveConversation(ctx.tx, userId, HISTORY_KIND, { step: 'edit', completionId: action.completionId });
  ctx.out.answerCallback();
  const title =
    run.title === null
      ? ctx.t('ph-hist-extra')
      : storedTitle({ ...run, title: run.title }, ctx.t, profile.units);
  const what = `${title} · ${runNumbers(ctx.locale, run, profile.units)}`;
  ctx.out.html(escapeHtml(ctx.t('ph-ask-edit', { what, units: profile.units })));
});

/** The cancel reasons as buttons that change a skip's reason. */
function reasonKeyboard(workoutId: number) {
  const buttons = CANCEL_REASONS.map((reason) => ({
    text: CANCEL_LABELS[reason],
    callback_data: historyCallbacks.encode({ kind: 'reason', workoutId, reason }),
  }));
  return { inline_keyboard: [buttons.slice(0, 3), buttons.slice(3)] };
}

/** Ends the form about `completionId`, if that is the one open (Undo or "no time" close the question). */
async function clearForm(ctx: BotContext, completionId: number): Promise<void> {
  const found = await loadConversation(ctx.tx, ctx.user!.id, HISTORY_KIND, historyConversationSchema);
  if (found.status === 'ok' && found.state.completionId === completionId)
    await clearConversation(ctx.tx, ctx.user!.id, HISTORY_KIND);
}

historyFeature.command('cancel', async (ctx, next) => {
  if (!ctx.user || !(await clearConversation(ctx.tx, ctx.user.id, HISTORY_KIND))) return next();
  ctx.out.html(ctx.t('ph-form-stopped'));
});

historyFeature.on(message('text'), async (ctx, next) => {
  const text = ctx.message.text;
  if (!ctx.user || text.startsWith('/')) return next();
  const found = await loadConversation(ctx.tx, ctx.user.id, HISTORY_KIND, historyConversationSchema);
  if (found.status === 'corrupt') await clearConversation(ctx.tx, ctx.user.id, HISTORY_KIND);
  if (found.status !== 'ok') return next();
  const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
  const run = await loadCompletion(ctx.tx, ctx.user.id, found.state.completionId);
  if (!profile || !run) {
    await clearConversation(ctx.tx, ctx.user.id, HISTORY_KIND);
    return next();
  }
  const units = profile.units;
  if (found.state.step === 'time') {
    const seconds = plausibleTime(text.trim(), run.distanceKm);
    if (seconds === undefined) {
      // The time is optional: anything else ends the question and is handled as usual (coach, /log…).
      await clearConversation(ctx.tx, ctx.user.id, HISTORY_KIND);
      return next();
    }
    const outcome = await editCompletion(ctx.tx, ctx.user.id, found.state.completionId, {
      durationSec: seconds,
    });
    await clearConversation(ctx.tx, ctx.user.id, HISTORY_KIND);
    const what = runNumbers(ctx.locale, { ...run, durationSec: seconds }, units);
    return ctx.out.html(escapeHtml(outcomeText(ctx, outcome, ctx.t('ph-time-saved', { what }))));
  }
  const today = localToday(new Date(), profile.timeZone);
  const parsed = parseLocalRunLog(text, {
    today,
    units,
    defaultDate: run.date,
    t: ctx.t,
    locale: ctx.locale,
  });
  if (!parsed.ok || !parsed.run.distanceKm) return ctx.out.html(escapeHtml(ctx.t('ph-edit-bad', { units })));
  const patch = {
    distanceKm: parsed.run.distanceKm,
    ...(parsed.run.durationSec ? { durationSec: parsed.run.durationSec } : {}),
  };
  const outcome = await editCompletion(ctx.tx, ctx.user.id, found.state.completionId, patch);
  await clearConversation(ctx.tx, ctx.user.id, HISTORY_KIND);
  const what = runNumbers(ctx.locale, { ...run, ...patch }, units);
  ctx.out.html(escapeHtml(outcomeText(ctx, outcome, ctx.t('ph-edit-saved', { what }))));
});

/** A duration in seconds that makes a humanly possible pace for the distance (2:20–20:00 per km). */
function plausibleTime(text: string, distanceKm: number | null): number | undefined {
  const candidates = durationCandidates(text);
  if (!distanceKm) return candidates[0];
  return candidates.find((s) => s / distanceKm >= 140 && s / distanceKm <= 1200);
}
