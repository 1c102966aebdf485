import { z } from 'zod';
import type { Sql } from '../db/index.js';
import { type Locale, type Translator, translator } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import { OutboxWriter } from '../outbox/index.js';
import { localToday } from '../profile/index.js';
import type { Job, OnDead } from '../queue/index.js';
import { loadUserLocale } from '../users/index.js';
import { ActivityFileError } from './activity-summary.js';
import { insertExtraction } from './extraction-store.js';
import type { ScreenshotReading } from './llm-extract.js';
import { checkPlausibility } from './plausibility.js';
import { type ImageReader, readWorkoutFile } from './read-workout-file.js';
import { renderRejected, renderResult } from './render-result.js';
import { type RunnerLocale, readRunnerLocale } from './runner-locale.js';
import { type RejectReason, ScreenshotRejectedError } from './screenshot-errors.js';

/** Queue name of screenshot jobs. @example new Queue(sql, VISION_QUEUE); */
export const VISION_QUEUE = 'vision';
/** Attempts before a screenshot job goes dead (and the runner is told). @example queue.add(data, { maxAttempts: VISION_MAX_ATTEMPTS }); */
export const VISION_MAX_ATTEMPTS = 3;

/**
 * What bot-poller enqueues for one screenshot.
 *
 * @example
 * visionJobSchema.parse({ userId: 1, chatId: 1, messageId: 5, fileId: 'AgAD…', sentAt: 1741000000 });
 */
export const visionJobSchema = z.object({
  userId: z.number().int(),
  chatId: z.number().int(),
  messageId: z.number().int(),
  fileId: z.string().min(1).max(300),
  /** Unix seconds of the user's message (a reading without a date gets that local day). */
  sentAt: z.number().int(),
});
/** @example const d: VisionJobData = { userId: 1, chatId: 1, messageId: 5, fileId: 'x', sentAt: 0 }; */
export type VisionJobData = z.infer<typeof visionJobSchema>;

/**
 * What the handler needs; `download` and `read` are injected so the app picks OCR or the model.
 *
 * @example
 * const deps: VisionJobDeps = { sql, log, download: (id, signal) => fetchFile(id, signal), read: ocrRead };
 */
export interface VisionJobDeps {
  readonly sql: Sql;
  readonly log: Logger;
  readonly download: (fileId: string, signal: AbortSignal) => Promise<Buffer>;
  /** Reads screenshots (model or OCR); activity files are read by the handler itself. */
  readonly read: ImageReader;
  readonly now?: () => Date;
  /** After this long, "still working" (once per job) and a typing action every 5 s (default 8 000 ms). */
  readonly progressAfterMs?: number;
}

/**
 * Builds the `vision` queue handler: download (≤ 20 MB) → recognise the bytes: a PNG/JPEG/WebP screenshot
 * (≤ 10 MB) is read by the model or OCR, a FIT/GPX/TCX activity file by its parser → plausibility checks → store the extraction keyed by the job id and queue the answer in
 * the same transaction. A rerun of a job that already has its extraction (a retry after kill -9, an
 * overlapping run) sends nothing, so the runner gets exactly one result. Screenshot text is data only: it
 * can at most change this runner's extracted numbers.
 *
 * @example
 * new Worker(sql, VISION_QUEUE, createVisionJobHandler({ sql, log, download, read }), { schema: visionJobSchema });
 */
export function createVisionJobHandler(deps: VisionJobDeps) {
  return async (job: Job<VisionJobData>) => {
    const { userId, chatId } = job.data;
    const [done] = await deps.sql<
      { id: number }[]
    >`select id from vision_extractions where job_id = ${job.id}`;
    if (done) return { extractionId: Number(done.id), rerun: true };
    const user = await readRunnerLocale(deps.sql, userId);
    if (!user) return { skipped: 'user deleted' };
    const locale = await loadUserLocale(deps.sql, userId);
    const tr = translator(locale);
    const stopProgress = startProgress(deps, job, tr);
    let result: Analysis;
    try {
      result = await analyse(deps, job, user, locale);
    } finally {
      stopProgress();
    }
    return deps.sql.begin(async (tx) => {
      const id = await insertExtraction(tx, { jobId: job.id, userId, chatId, ...result.row });
      if (id === undefined) return { rerun: true };
      const out = new OutboxWriter(tx);
      const message =
        result.row.reading && (result.row.outcome === 'workout' || result.row.outcome === 'implausible')
          ? renderResult(id, result.row.reading, result.problems, user.units, result.row.method, tr)
          : { text: result.text ?? renderRejected('not_workout', undefined, tr), keyboard: undefined };
      out.send(chatId, 'sendMessage', {
        chat_id: chatId,
        text: message.text,
        parse_mode: 'HTML',
        reply_parameters: { message_id: job.data.messageId, allow_sending_without_reply: true },
        ...(message.keyboard ? { reply_markup: message.keyboard } : {}),
      });
      await out.flush();
      deps.log.info('workout file read', {
        jobId: job.id,
        extractionId: id,
        outcome: result.row.outcome,
        method: result.row.method,
      });
      return { extractionId: id, outcome: result.row.outcome };
    });
  };
}

interface Analysis {
  readonly row: Omit<Parameters<typeof insertExtraction>[1], 'jobId' | 'userId' | 'chatId'>;
  readonly problems: ReturnType<typeof checkPlausibility>;
  readonly text?: string;
}

const FILE_REASONS: Record<ActivityFileError['problem'], RejectReason> = {
  damaged: 'file_damaged',
  empty: 'file_empty',
  not_running: 'not_running',
};

async function analyse(
  deps: VisionJobDeps,
  job: Job<VisionJobData>,
  runner: RunnerLocale,
  locale: Locale,
): Promise<Analysis> {
  const { timeZone, units } = runner;
  const tr = translator(locale);
  const now = deps.now?.() ?? new Date();
  const today = localToday(now, timeZone);
  const referenceDate = localToday(new Date(job.data.sentAt * 1000), timeZone);
  let reading: ScreenshotReading;
  try {
    const bytes = await deps.download(job.data.fileId, job.signal);
    reading = await readWorkoutFile(
      bytes,
      { signal: job.signal, referenceDate, timeZone, units, locale },
      deps.read,
    );
  } catch (err) {
    const rejected =
      err instanceof ScreenshotRejectedError
        ? { reason: err.reason, why: undefined }
        : err instanceof ActivityFileError
          ? {
              reason: FILE_REASONS[err.problem],
              why: err.problem === 'not_running' ? sportOf(err) : undefined,
            }
          : undefined;
    if (!rejected) throw err;
    deps.log.info('file rejected', {
      jobId: job.id,
      reason: rejected.reason,
      detail: (err as Error).message,
    });
    return {
      row: {
        outcome: 'rejected',
        method: err instanceof ActivityFileError ? err.kind : null,
        detail: { reason: rejected.reason },
      },
      problems: [],
      text: renderRejected(rejected.reason, rejected.why, tr),
    };
  }
  if (reading.kind === 'not_workout') {
    return {
      row: { outcome: 'not_workout', method: reading.method, detail: { why: reading.why } },
      problems: [],
    };
  }
  const activity = reading.reading.activity;
  if (activity !== 'run' && activity !== 'unknown') {
    const why = tr('vision-other-sport', { activity });
    return {
      row: { outcome: 'not_workout', method: reading.method, reading: reading.reading, detail: { why } },
      problems: [],
      text: renderRejected('not_workout', why, tr),
    };
  }
  const filled = { ...reading.reading, date: reading.reading.date ?? referenceDate };
  const problems = checkPlausibility(filled, today, tr);
  return {
    row: {
      outcome: problems.length > 0 ? 'implausible' : 'workout',
      method: reading.method,
      reading: filled,
      detail: { problems: problems.map((p) => p.code) },
    },
    problems,
  };
}

/** The sport of a non-running activity file (an activity kind for the catalog's selector), from its detail. */
function sportOf(err: ActivityFileError): string | undefined {
  return /^sport is (\w+)$/.exec(err.detail)?.[1];
}

/** Typing actions while a slow analysis runs, and one "still working" note per job (kept across retries). */
function startProgress(deps: VisionJobDeps, job: Job<VisionJobData>, tr: Translator): () => void {
  const chatId = job.data.chatId;
  let ticks = 0;
  const tick = async () => {
    await deps.sql.begin(async (tx) => {
      const out = new OutboxWriter(tx);
      if (ticks++ === 0) {
        const [noted] = await tx`
          insert into vision_progress_notes (job_id) values (${job.id}) on conflict do nothing returning job_id`;
        if (noted)
          out.send(chatId, 'sendMessage', {
            chat_id: chatId,
            text: tr('vision-still-reading'),
          });
      }
      out.send(chatId, 'sendChatAction', { chat_id: chatId, action: 'typing' });
      await out.flush();
    });
  };
  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    void tick().catch((err: unknown) => deps.log.warn('progress note failed', { err: String(err) }));
    interval = setInterval(() => void tick().catch(() => {}), 5_000);
  }, deps.progressAfterMs ?? 8_000);
  return () => {
    clearTimeout(first);
    clearInterval(interval);
  };
}

/**
 * `onDead` of the vision worker: tells the runner (in their language) the screenshot could not be read, in
 * the transaction that marks the job dead — unless the job already stored its result (it died after
 * answering).
 *
 * @example
 * new Worker(sql, VISION_QUEUE, handler, { onDead: visionOnDead });
 */
export const visionOnDead: OnDead<VisionJobData> = async (job, _error, tx) => {
  const [done] = await tx`select 1 from vision_extractions where job_id = ${job.id}`;
  if (done) return;
  // A payload that failed validation reaches onDead raw: without a user id, English.
  const userId: unknown = job.data.userId;
  const locale = typeof userId === 'number' ? await loadUserLocale(tx, userId) : 'en';
  const text = translator(locale)('vision-dead', { count: job.attempt });
  const out = new OutboxWriter(tx);
  out.send(job.data.chatId, 'sendMessage', { chat_id: job.data.chatId, text });
  await out.flush();
};
