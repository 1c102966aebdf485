import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { TransactionSql } from '../db/index.js';
import { type Translator, translator } from '../i18n/index.js';
import { formatShortDate, storedTitle } from '../planner/index.js';
import { loadWorkoutTitle } from '../plans/plan-store.js';
import { escapeHtml, type Units } from '../text/index.js';
import { findSameRun, recordCompletion } from '../tracking/index.js';
import { type StoredExtraction, updateExtraction } from './extraction-store.js';
import { renderReading } from './render-result.js';
import { encodeVisionAction } from './vision-callbacks.js';
import type { ReadingMethod } from './workout-reading.js';

const ENGLISH = translator('en');

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
 * still has to pick between planned workouts. The texts (and the recorded run's note, which /history
 * shows) are in the runner's language `tr`.
 *
 * @example
 * const outcome = await confirmExtraction(ctx.tx, extraction, undefined, 'mi', ctx.t);
 * ctx.out.editHtml(messageId, outcome.text, outcome.keyboard);
 */
export async function confirmExtraction(
  tx: TransactionSql,
  extraction: StoredExtraction,
  plannedWorkoutId?: number,
  units: Units = 'km',
  tr: Translator = ENGLISH,
): Promise<ConfirmOutcome> {
  const reading = extraction.reading;
  if (!reading?.date) throw new Error(`extraction ${extraction.id} has no reading to record`);
  const summary = renderReading(reading, units, tr);
  const same = await findSameRun(tx, extraction.userId, {
    date: reading.date,
    ...(reading.distanceKm !== undefined ? { distanceKm: reading.distanceKm } : {}),
    ...(reading.durationSec !== undefined ? { durationSec: reading.durationSec } : {}),
  });
  if (same !== undefined && plannedWorkoutId === undefined) {
    await updateExtraction(tx, extraction.id, { status: 'confirmed', completionId: same });
    return { kind: 'duplicate', text: tr('vision-run-duplicate', { reading: summary }) };
  }
  const outcome = await recordCompletion(tx, {
    userId: extraction.userId,
    run: {
      date: reading.date,
      ...(reading.distanceKm !== undefined ? { distanceKm: reading.distanceKm } : {}),
      ...(reading.durationSec !== undefined ? { durationSec: reading.durationSec } : {}),
      ...(reading.avgHr !== undefined ? { avgHr: reading.avgHr } : {}),
      notes: completionNote(extraction.method, reading.sourceApp, tr),
    },
    source: 'vision',
    ...(plannedWorkoutId !== undefined ? { plannedWorkoutId } : {}),
  });
  if (outcome.kind === 'ambiguous') {
    return {
      kind: 'ambiguous',
      text: tr('vision-which-workout', { reading: summary }),
      keyboard: {
        inline_keyboard: outcome.candidates.map((c) => [
          {
            text: `${storedTitle(c, tr, units)} (${formatShortDate(c.date, tr.locale)})`.slice(0, 60),
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
    return { kind: 'duplicate', text: tr('vision-workout-duplicate', { reading: summary }) };
  }
  const planned = outcome.plannedWorkoutId ? await loadWorkoutTitle(tx, outcome.plannedWorkoutId) : undefined;
  const text = planned
    ? tr('vision-recorded-planned', {
        reading: summary,
        title: escapeHtml(storedTitle(planned, tr, units)),
        date: formatShortDate(planned.date, tr.locale),
      })
    : tr('vision-recorded-extra', { reading: summary });
  return { kind: 'recorded', text };
}

/**
 * The recorded run's note: where it was read from, and the app the screenshot shows (data, kept as is).
 *
 * @example
 * completionNote('ocr', 'Garmin', translator('ru')); // 'со скриншота (Garmin)'
 */
export function completionNote(
  method: ReadingMethod | null | undefined,
  app: string | undefined,
  tr: Translator = ENGLISH,
): string {
  const source =
    method === 'fit' || method === 'gpx' || method === 'tcx'
      ? tr('vision-note-file', { format: method.toUpperCase() })
      : tr('vision-note-screenshot');
  return app ? `${source} (${app})` : source;
}
