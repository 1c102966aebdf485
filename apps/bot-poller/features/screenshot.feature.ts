import { Composer } from 'telegraf';
import { message } from 'telegraf/filters';
import { z } from 'zod';
import type { BotContext } from '../../../shared/bot/index.js';
import {
  clearConversation,
  conversationKind,
  loadConversation,
  saveConversation,
} from '../../../shared/conversation/index.js';
import type { Units } from '../../../shared/planner/index.js';
import { escapeHtml, hasProfile, localToday } from '../../../shared/profile/index.js';
import { countUnfinishedJobsOfUser, Queue } from '../../../shared/queue/index.js';
import {
  applyEdit,
  checkPlausibility,
  confirmExtraction,
  EDITABLE_FIELDS,
  editKeyboard,
  editPrompt,
  loadExtraction,
  looksLikeActivityFile,
  MAX_ACTIVITY_FILE_BYTES,
  MAX_IMAGE_BYTES,
  parseVisionAction,
  readRunnerLocale,
  renderReading,
  renderRejected,
  renderResult,
  type StoredExtraction,
  updateExtraction,
  VISION_MAX_ATTEMPTS,
  VISION_QUEUE,
  type VisionJobData,
  visionCallbacks,
} from '../../../shared/vision/index.js';

/** `conversation_state.kind` while the runner types a corrected number. @example VISION_EDIT_KIND; // 'vision_edit' */
export const VISION_EDIT_KIND = 'vision_edit';

const editStateSchema = z.object({ extractionId: z.number().int(), field: z.enum(EDITABLE_FIELDS) });

/**
 * Workout screenshots and activity files. A photo or any document (a FIT/GPX/TCX file up to 20 MB,
 * anything else up to 10 MB) from a runner with a profile becomes a `vision` job
 * (enqueued in the update's transaction, deduplicated by update id; the vision app reads it) and is
 * answered at once with "Analysing your screenshot…". The job's result message carries Confirm / Edit /
 * Discard (`vs1:` buttons, checked against the pressing user): Confirm records a completion, Edit lets the
 * runner fix one number (typed answer, `conversation_state` kind `vision_edit`), Discard drops it.
 * Runners without a profile fall through to the fallback feature.
 *
 * @example
 * createUpdateRouter({ features: [helpFeature, planFeature, profileFeature, screenshotFeature, fallbackFeature], … });
 */
export const screenshotFeature = new Composer<BotContext>();

screenshotFeature.on(message('photo'), async (ctx, next) => {
  if (!ctx.user || !(await hasProfile(ctx.tx, ctx.user.id))) return next();
  const sizes = [...ctx.message.photo].sort((a, b) => (a.file_size ?? 0) - (b.file_size ?? 0));
  const fitting = sizes.filter((s) => (s.file_size ?? 0) <= MAX_IMAGE_BYTES);
  const best = fitting[fitting.length - 1];
  if (!best) {
    ctx.out.html(renderRejected('too_large', undefined, ctx.t));
    return;
  }
  await enqueueScreenshot(ctx, best.file_id);
});

screenshotFeature.on(message('document'), async (ctx, next) => {
  if (!ctx.user || !(await hasProfile(ctx.tx, ctx.user.id))) return next();
  const doc = ctx.message.document;
  const activityFile = looksLikeActivityFile(doc.file_name, doc.mime_type); // FIT/GPX/TCX: up to 20 MB
  if ((doc.file_size ?? 0) > (activityFile ? MAX_ACTIVITY_FILE_BYTES : MAX_IMAGE_BYTES)) {
    ctx.out.html(renderRejected(activityFile ? 'file_too_large' : 'too_large', undefined, ctx.t));
    return;
  }
  await enqueueScreenshot(ctx, doc.file_id, activityFile); // the vision app checks the bytes, never the name
});

async function enqueueScreenshot(ctx: BotContext, fileId: string, activityFile = false): Promise<void> {
  const user = ctx.user!;
  const pending = await countUnfinishedJobsOfUser(ctx.tx, VISION_QUEUE, user.id);
  if (pending >= ctx.config.vision.maxPendingPerUser) {
    ctx.out.html(ctx.t('vision-busy', { count: pending }));
    return;
  }
  const msg = ctx.message!;
  const data: VisionJobData = {
    userId: user.id,
    chatId: user.chatId,
    messageId: msg.message_id,
    fileId,
    sentAt: msg.date,
  };
  await new Queue<VisionJobData>(ctx.tx, VISION_QUEUE).add(data, {
    tx: ctx.tx,
    dedupeKey: `vision:update:${ctx.update.update_id}`,
    maxAttempts: VISION_MAX_ATTEMPTS,
  });
  ctx.out.typing();
  ctx.out.html(ctx.t(activityFile ? 'vision-reading-file' : 'vision-analysing'));
}

type Locale = { readonly today: string; readonly units: Units };

/** The runner's local date and distance units (from the profile; km and the account's zone before one). */
async function runnerLocale(ctx: BotContext): Promise<Locale> {
  const locale = await readRunnerLocale(ctx.tx, ctx.user?.id ?? 0);
  return { today: localToday(new Date(), locale?.timeZone ?? 'UTC'), units: locale?.units ?? 'km' };
}

function show(ctx: BotContext, ext: StoredExtraction, locale: Locale, messageId: number | undefined): void {
  if (!ext.reading) return;
  const problems = checkPlausibility(ext.reading, locale.today, ctx.t);
  const { text, keyboard } = renderResult(ext.id, ext.reading, problems, locale.units, ext.method, ctx.t);
  if (messageId) ctx.out.editHtml(messageId, text, keyboard);
  else ctx.out.html(text, keyboard);
}

screenshotFeature.action(visionCallbacks.pattern, async (ctx) => {
  const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const action = parseVisionAction(data);
  const ext = action && ctx.user ? await loadExtraction(ctx.tx, action.extractionId, ctx.user.id) : undefined;
  if (!action || !ext?.reading) {
    ctx.out.answerCallback(ctx.t('fallback-button'));
    return;
  }
  const messageId = ctx.callbackQuery.message?.message_id;
  if (ext.status !== 'open') {
    const done = {
      confirmed: 'vision-already-recorded',
      discarded: 'vision-already-discarded',
      closed: 'fallback-button',
      open: undefined,
    } as const;
    const id = done[ext.status];
    ctx.out.answerCallback(id && ctx.t(id));
    return;
  }
  const locale = await runnerLocale(ctx);
  switch (action.action) {
    case 'confirm':
    case 'pick': {
      if (ext.outcome !== 'workout' || checkPlausibility(ext.reading, locale.today, ctx.t).length > 0) {
        ctx.out.answerCallback(ctx.t('vision-fix-first'), true);
        return;
      }
      const outcome = await confirmExtraction(
        ctx.tx,
        ext,
        action.action === 'pick' ? action.plannedWorkoutId : undefined,
        locale.units,
        ctx.t,
      );
      await clearEditFor(ctx, ext.id);
      ctx.out.answerCallback(outcome.kind === 'ambiguous' ? undefined : ctx.t('workout-recorded-short'));
      if (messageId) ctx.out.editHtml(messageId, outcome.text, outcome.keyboard);
      else ctx.out.html(outcome.text, outcome.keyboard);
      return;
    }
    case 'discard': {
      await updateExtraction(ctx.tx, ext.id, { status: 'discarded' });
      await clearEditFor(ctx, ext.id);
      ctx.out.answerCallback(ctx.t('vision-discarded-short'));
      const text = ctx.t('vision-discarded', { reading: renderReading(ext.reading, locale.units, ctx.t) });
      if (messageId) ctx.out.editHtml(messageId, text);
      else ctx.out.html(text);
      return;
    }
    case 'edit':
      ctx.out.answerCallback();
      if (messageId)
        ctx.out.editHtml(
          messageId,
          ctx.t('vision-which-number', { reading: renderReading(ext.reading, locale.units, ctx.t) }),
          editKeyboard(ext.id, ctx.t),
        );
      return;
    case 'back':
      ctx.out.answerCallback();
      show(ctx, ext, locale, messageId);
      return;
    case 'field': {
      const current = await conversationKind(ctx.tx, ctx.user!.id);
      if (current !== undefined && current !== VISION_EDIT_KIND) {
        ctx.out.answerCallback(ctx.t('vision-finish-first'), true);
        return;
      }
      await saveConversation(ctx.tx, ctx.user!.id, VISION_EDIT_KIND, {
        extractionId: ext.id,
        field: action.field,
      });
      ctx.out.answerCallback();
      if (messageId)
        ctx.out.editHtml(
          messageId,
          ctx.t('vision-editing', { reading: renderReading(ext.reading, locale.units, ctx.t) }),
        );
      ctx.out.html(editPrompt(action.field, locale.units, ctx.t));
      return;
    }
  }
});

async function clearEditFor(ctx: BotContext, extractionId: number): Promise<void> {
  const found = await loadConversation(ctx.tx, ctx.user!.id, VISION_EDIT_KIND, editStateSchema);
  if (found.status === 'ok' && found.state.extractionId === extractionId) {
    await clearConversation(ctx.tx, ctx.user!.id, VISION_EDIT_KIND);
  }
}

screenshotFeature.on(message('text'), async (ctx, next) => {
  if (!ctx.user) return next();
  const found = await loadConversation(ctx.tx, ctx.user.id, VISION_EDIT_KIND, editStateSchema);
  if (found.status === 'corrupt') await clearConversation(ctx.tx, ctx.user.id, VISION_EDIT_KIND);
  if (found.status !== 'ok') return next();
  const text = ctx.message.text.trim();
  const ext = await loadExtraction(ctx.tx, found.state.extractionId, ctx.user.id);
  if (/^\/cancel(@\w+)?$/i.test(text) || !ext?.reading || ext.status !== 'open') {
    await clearConversation(ctx.tx, ctx.user.id, VISION_EDIT_KIND);
    if (ext?.reading && ext.status === 'open') {
      ctx.out.html(ctx.t('vision-no-change'));
      show(ctx, ext, await runnerLocale(ctx), undefined);
      return;
    }
    return next();
  }
  if (text.startsWith('/')) return next();
  const locale = await runnerLocale(ctx);
  const result = applyEdit(ext.reading, found.state.field, text, locale.today, locale.units, ctx.t);
  if (!result.ok) {
    ctx.out.html(ctx.t('vision-edit-error', { error: escapeHtml(result.error) }));
    return;
  }
  const problems = checkPlausibility(result.reading, locale.today, ctx.t);
  await updateExtraction(ctx.tx, ext.id, {
    reading: result.reading,
    outcome: problems.length > 0 ? 'implausible' : 'workout',
  });
  await clearConversation(ctx.tx, ctx.user.id, VISION_EDIT_KIND);
  const { text: reply, keyboard } = renderResult(
    ext.id,
    result.reading,
    problems,
    locale.units,
    ext.method,
    ctx.t,
  );
  ctx.out.html(reply, keyboard);
});
