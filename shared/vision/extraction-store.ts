import { z } from 'zod';
import type { UserDataOwner } from '../account/user-data-owner.js';
import type { TransactionSql } from '../db/index.js';
import { type WorkoutReading, workoutReadingSchema } from './workout-reading.js';

/** What a screenshot turned out to be. @example const o: ExtractionOutcome = 'implausible'; */
export type ExtractionOutcome = 'workout' | 'implausible' | 'not_workout' | 'rejected';
/** Where the runner is with it. @example const s: ExtractionStatus = 'confirmed'; */
export type ExtractionStatus = 'open' | 'confirmed' | 'discarded' | 'closed';

/** A `vision_extractions` row, validated. @example const e: StoredExtraction = await loadExtraction(tx, 7, userId); */
export interface StoredExtraction {
  readonly id: number;
  readonly jobId: number;
  readonly userId: number;
  readonly chatId: number;
  readonly outcome: ExtractionOutcome;
  readonly status: ExtractionStatus;
  readonly reading: WorkoutReading | undefined;
  readonly completionId: number | null;
}

const rowSchema = z.object({
  id: z.coerce.number(),
  job_id: z.coerce.number(),
  user_id: z.coerce.number(),
  chat_id: z.coerce.number(),
  outcome: z.enum(['workout', 'implausible', 'not_workout', 'rejected']),
  status: z.enum(['open', 'confirmed', 'discarded', 'closed']),
  reading: workoutReadingSchema.nullable(),
  completion_id: z.coerce.number().nullable(),
});

/**
 * Stores the result of a vision job once: returns the new row's id, or undefined when the job already
 * has one (a retried or overlapping run) — then the caller must not announce anything.
 *
 * @example
 * const id = await insertExtraction(tx, { jobId, userId, chatId, outcome: 'workout', method: 'ocr', reading });
 */
export async function insertExtraction(
  tx: TransactionSql,
  row: {
    jobId: number;
    userId: number;
    chatId: number;
    outcome: ExtractionOutcome;
    method: 'llm' | 'ocr' | null;
    reading?: WorkoutReading;
    detail?: Record<string, unknown>;
  },
): Promise<number | undefined> {
  const status: ExtractionStatus =
    row.outcome === 'workout' || row.outcome === 'implausible' ? 'open' : 'closed';
  const [inserted] = await tx<{ id: number }[]>`
    insert into vision_extractions (job_id, user_id, chat_id, outcome, method, reading, detail, status)
    values (${row.jobId}, ${row.userId}, ${row.chatId}, ${row.outcome}, ${row.method},
            ${row.reading ? tx.json(row.reading as never) : null}, ${tx.json((row.detail ?? {}) as never)}, ${status})
    on conflict (job_id) do nothing
    returning id`;
  return inserted ? Number(inserted.id) : undefined;
}

/**
 * Loads (and row-locks) an extraction of `userId`; undefined when it does not exist or belongs to someone
 * else, so a forged button can never touch another runner's data.
 *
 * @example
 * const e = await loadExtraction(ctx.tx, 7, ctx.user.id);
 */
export async function loadExtraction(
  tx: TransactionSql,
  id: number,
  userId: number,
): Promise<StoredExtraction | undefined> {
  const [row] = await tx`
    select id, job_id, user_id, chat_id, outcome, status, reading, completion_id
    from vision_extractions where id = ${id} and user_id = ${userId} for update`;
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success) return undefined;
  const r = parsed.data;
  return {
    id: r.id,
    jobId: r.job_id,
    userId: r.user_id,
    chatId: r.chat_id,
    outcome: r.outcome,
    status: r.status,
    reading: r.reading ?? undefined,
    completionId: r.completion_id,
  };
}

/**
 * Updates an extraction's reading, outcome, status or completion.
 *
 * @example
 * await updateExtraction(tx, 7, { status: 'confirmed', completionId: 12 });
 */
export async function updateExtraction(
  tx: TransactionSql,
  id: number,
  patch: {
    reading?: WorkoutReading;
    outcome?: ExtractionOutcome;
    status?: ExtractionStatus;
    completionId?: number;
  },
): Promise<void> {
  await tx`
    update vision_extractions set
      reading = coalesce(${patch.reading ? tx.json(patch.reading as never) : null}::jsonb, reading),
      outcome = coalesce(${patch.outcome ?? null}, outcome),
      status = coalesce(${patch.status ?? null}, status),
      completion_id = coalesce(${patch.completionId ?? null}::bigint, completion_id),
      updated_at = now()
    where id = ${id}`;
}

/**
 * `vision_extractions` in /export (what was read from each screenshot; the image itself is never stored)
 * and /deleteme. `vision_progress_notes` has no user: it hangs off `jobs` and goes with the user's jobs.
 *
 * @example
 * const { visionExtractions } = (await visionUserData.exportForUser?.(tx, userId)) ?? {};
 */
export const visionUserData: UserDataOwner = {
  domain: 'vision',
  tables: ['vision_extractions'],
  async exportForUser(tx, userId) {
    const rows = await tx`
      select id, outcome, method, reading, detail, status, completion_id, created_at, updated_at
      from vision_extractions where user_id = ${userId} order by id`;
    return { visionExtractions: [...rows] };
  },
  async deleteForUser(tx, who) {
    await tx`delete from vision_extractions where user_id = ${who.userId}`;
  },
};
