import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { TransactionSql } from '../db/index.js';
import { escapeHtml, type Units } from '../text/index.js';
import { recordCompletion } from '../tracking/index.js';
import { type StoredExtraction, updateExtraction } from './extraction-store.js';
import { renderReading } from './render-result.js';
import { encodeVisionAction } from './vision-callbacks.js';

/** What Confirm did, with the text that replaces the result message. @example if (o.kind === 'ambiguous') showPicker(o.keyboard); */
export interface ConfirmOutcome {
  readonly kind: 'recorded' | 'duplicate' | 'ambiguous';
  readonly text: string;
  readonly keyboard?: InlineKeyboardMarkup;
}

/**
 * Records a confirmed extraction as a completion (source `vision`) in the caller's transaction: matched to
 * the planned workout of that date (or ±1 day), or an extra run, or — with `plannedWorkoutId` — exactly
 * the workout the runner picked. The same run sent twice (same day, distance within 50 m and time within
 * 10 s of a recorded completion) is not recorded again. Marks the extraction confirmed unless the runner
 * still has to pick between planned workouts.
 *
 * @example
 * const outcome = await confirmExtraction(ctx.tx, extraction, undefined, 'mi');
 * ctx.out.editHtml(messageId, outcome.text, outcome.keyboard);
 */
export async function confirmExtraction(
  tx: TransactionSql,
  extraction: StoredExtraction,
  plannedWorkoutId?: number,
  units: Units = 'km',
): Promise<ConfirmOutcome> {
  const reading = extraction.reading;
  if (!reading?.date) throw new Error(`extraction ${extraction.id} has no reading to record`);
  const summary = renderReading(reading, units);
  const [same] = await tx<{ id: number }[]>`
    select id from workout_completions
    where user_id = ${extraction.userId} and completed_on = ${reading.date}
      and abs(coalesce(distance_km, -1) - ${reading.distanceKm ?? -1}) <= 0.05
      and abs(coalesce(duration_sec, -1) - ${reading.durationSec ?? -1}) <= 10
    limit 1`;
  if (same && plannedWorkoutId === undefined) {
    await updateExtraction(tx, extraction.id, { status: 'confirmed', completionId: Number(same.id) });
    return { kind: 'duplicate', text: `${summary}\n\n✅ This run was already recorded, so nothing changed.` };
  }
  const outcome = await recordCompletion(tx, {
    userId: extraction.userId,
    run: {
      date: reading.date,
      ...(reading.distanceKm !== undefined ? { distanceKm: reading.distanceKm } : {}),
      ...(reading.durationSec !== undefined ? { durationSec: reading.durationSec } : {}),
      ...(reading.avgHr !== undefined ? { avgHr: reading.avgHr } : {}),
      notes: `from a screenshot${reading.sourceApp ? ` (${reading.sourceApp})` : ''}`,
    },
    source: 'vision',
    ...(plannedWorkoutId !== undefined ? { plannedWorkoutId } : {}),
  });
  if (outcome.kind === 'ambiguous') {
    return {
      kind: 'ambiguous',
      text: `${summary}\n\nWhich planned workout was this?`,
      keyboard: {
        inline_keyboard: outcome.candidates.map((c) => [
          {
            text: `${c.title} (${c.date})`.slice(0, 60),
            callback_data: encodeVisionAction({
              action: 'pick',
              extractionId: extraction.id,
              plannedWorkoutId: c.id,
            }),
          },
        ]),
      },
    };
  }
  await updateExtraction(tx, extraction.id, { status: 'confirmed', completionId: outcome.completionId });
  if (outcome.kind === 'duplicate') {
    return {
      kind: 'duplicate',
      text: `${summary}\n\n✅ That workout was already recorded, so nothing changed.`,
    };
  }
  const [planned] = outcome.plannedWorkoutId
    ? await tx<{ title: string; date: string }[]>`
        select title, workout_date::text as date from planned_workouts where id = ${outcome.plannedWorkoutId}`
    : [];
  const matched = planned
    ? `matched to your planned <b>${escapeHtml(planned.title)}</b> (${planned.date}).`
    : 'as an extra run.';
  return { kind: 'recorded', text: `${summary}\n\n✅ Recorded ${matched}` };
}
