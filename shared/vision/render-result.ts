import type { InlineKeyboardMarkup } from 'telegraf/types';
import { escapeHtml, formatDuration, formatPace, toUnits, type Units } from '../text/index.js';
import type { PlausibilityProblem } from './plausibility.js';
import type { RejectReason } from './screenshot-errors.js';
import { type EditableField, encodeVisionAction } from './vision-callbacks.js';
import type { WorkoutReading } from './workout-reading.js';

const ACTIVITY_NAMES: Record<WorkoutReading['activity'], string> = {
  run: 'Run',
  walk: 'Walk',
  ride: 'Ride',
  swim: 'Swim',
  other: 'Workout',
  unknown: 'Workout',
};

/**
 * The numbers of a reading as HTML lines, distance and pace in the runner's units (values from the
 * screenshot are escaped).
 *
 * @example
 * renderReading({ activity: 'run', date: '2025-03-02', distanceKm: 5.02, durationSec: 1513, confidence: 0.9 }, 'mi');
 * // '<b>Run</b> · 2025-03-02\nDistance: <b>3.12 mi</b>\nTime: <b>25:13</b>'
 */
export function renderReading(r: WorkoutReading, units: Units = 'km'): string {
  const lines = [`<b>${ACTIVITY_NAMES[r.activity]}</b>${r.date ? ` · ${r.date}` : ''}`];
  if (r.distanceKm !== undefined) {
    lines.push(`Distance: <b>${toUnits(r.distanceKm, units).toFixed(2)} ${units}</b>`);
  }
  if (r.durationSec !== undefined) lines.push(`Time: <b>${formatDuration(r.durationSec)}</b>`);
  if (r.paceSecPerKm !== undefined) lines.push(`Pace: ${formatPace(r.paceSecPerKm, units)}`);
  if (r.avgHr !== undefined) lines.push(`Avg heart rate: ${r.avgHr} bpm`);
  if (r.elevationGainM !== undefined) lines.push(`Elevation gain: ${r.elevationGainM} m`);
  if (r.calories !== undefined) lines.push(`Calories: ${r.calories}`);
  if (r.sourceApp) lines.push(`Source: ${escapeHtml(r.sourceApp)}`);
  return lines.join('\n');
}

/**
 * The message showing what was read, with Confirm / Edit / Discard (or only Edit / Discard when the
 * numbers fail the plausibility checks).
 *
 * @example
 * const { text, keyboard } = renderResult(7, reading, [], 'mi');
 */
export function renderResult(
  extractionId: number,
  reading: WorkoutReading,
  problems: readonly PlausibilityProblem[],
  units: Units = 'km',
): { text: string; keyboard: InlineKeyboardMarkup } {
  const edit = { text: '✏️ Edit', callback_data: encodeVisionAction({ action: 'edit', extractionId }) };
  const discard = {
    text: '🗑️ Discard',
    callback_data: encodeVisionAction({ action: 'discard', extractionId }),
  };
  if (problems.length > 0) {
    return {
      text: [
        '📸 I read this from your screenshot:',
        renderReading(reading, units),
        '',
        `⚠️ This doesn't look right: ${problems.map((p) => escapeHtml(p.message)).join(' ')}`,
        'Nothing was recorded. Fix the number with Edit, or Discard it.',
      ].join('\n'),
      keyboard: { inline_keyboard: [[edit, discard]] },
    };
  }
  return {
    text: [
      '📸 I read this from your screenshot:',
      renderReading(reading, units),
      '',
      'Shall I record it?',
    ].join('\n'),
    keyboard: {
      inline_keyboard: [
        [
          { text: '✅ Confirm', callback_data: encodeVisionAction({ action: 'confirm', extractionId }) },
          edit,
          discard,
        ],
      ],
    },
  };
}

/**
 * The "which number?" keyboard shown after Edit.
 *
 * @example
 * editKeyboard(7).inline_keyboard[0][0].callback_data; // 'vs1:f:7:distance'
 */
export function editKeyboard(extractionId: number): InlineKeyboardMarkup {
  const field = (text: string, f: EditableField) => ({
    text,
    callback_data: encodeVisionAction({ action: 'field', extractionId, field: f }),
  });
  return {
    inline_keyboard: [
      [field('Distance', 'distance'), field('Time', 'time')],
      [field('Date', 'date'), field('Avg HR', 'hr')],
      [{ text: '↩️ Back', callback_data: encodeVisionAction({ action: 'back', extractionId }) }],
    ],
  };
}

/** What the runner is asked when fixing `field` (a bare distance is in `units`). @example editPrompt('time') */
export function editPrompt(field: EditableField, units: Units = 'km'): string {
  switch (field) {
    case 'distance':
      return units === 'mi'
        ? 'Send the distance in miles, e.g. <code>3.12</code> (or <code>5 km</code>). /cancel to stop.'
        : 'Send the distance in km, e.g. <code>5.02</code> (or <code>3.1 mi</code>). /cancel to stop.';
    case 'time':
      return 'Send the time as h:mm:ss or mm:ss, e.g. <code>25:13</code>. /cancel to stop.';
    case 'date':
      return 'Send the date as YYYY-MM-DD, e.g. <code>2025-03-02</code>, or "today" / "yesterday". /cancel to stop.';
    case 'hr':
      return 'Send the average heart rate in bpm, e.g. <code>152</code>. /cancel to stop.';
  }
}

/**
 * The answer when a screenshot could not be used at all.
 *
 * @example
 * renderRejected('too_large'); // 'That image is larger than 10 MB…'
 */
export function renderRejected(reason: RejectReason | 'not_workout', why?: string): string {
  switch (reason) {
    case 'too_large':
      return 'That image is larger than 10 MB, so I did not read it. Please send a smaller screenshot, ideally as a photo.';
    case 'not_image':
      return "That file isn't a PNG, JPEG or WebP image, so I can't read it. Please send the workout screenshot as a photo.";
    case 'damaged':
      return 'That image looks damaged, so I could not open it. Please send the screenshot again, ideally as a photo.';
    case 'unavailable':
      return 'I could not download that file from Telegram. Please send the screenshot again.';
    case 'not_workout':
      return [
        `Thanks for the picture! I couldn't find a run in it${why ? ` (${escapeHtml(why)})` : ''}, so nothing was recorded.`,
        'To record a run, send a screenshot of the workout summary from your running app (distance, time, pace).',
      ].join(' ');
  }
}
