import type { InlineKeyboardMarkup } from 'telegraf/types';
import { type Translator, translator } from '../i18n/index.js';
import { escapeHtml, formatDuration, formatPace, toUnits, type Units } from '../text/index.js';
import type { PlausibilityProblem } from './plausibility.js';
import type { RejectReason } from './screenshot-errors.js';
import { type EditableField, encodeVisionAction } from './vision-callbacks.js';
import type { ReadingMethod, WorkoutReading } from './workout-reading.js';

const ENGLISH = translator('en');

/**
 * The numbers of a reading as HTML lines, distance and pace in the runner's units (values from the
 * screenshot are escaped).
 *
 * @example
 * renderReading({ activity: 'run', date: '2025-03-02', distanceKm: 5.02, durationSec: 1513, confidence: 0.9 }, 'mi');
 * // '<b>Run</b> · 2025-03-02\nDistance: <b>3.12 mi</b>\nTime: <b>25:13</b>'
 */
export function renderReading(r: WorkoutReading, units: Units = 'km', tr: Translator = ENGLISH): string {
  const lines = [`<b>${tr('vision-activity', { activity: r.activity })}</b>${r.date ? ` · ${r.date}` : ''}`];
  if (r.distanceKm !== undefined) {
    const value = toUnits(r.distanceKm, units).toFixed(2);
    const distance = `${tr.locale === 'en' ? value : value.replace('.', ',')} ${tr(`unit-name-${units}`)}`;
    lines.push(tr('vision-distance', { distance }));
  }
  if (r.durationSec !== undefined) lines.push(tr('vision-time', { time: formatDuration(r.durationSec) }));
  if (r.elapsedSec !== undefined && r.elapsedSec - (r.durationSec ?? 0) >= 1) {
    lines.push(tr('vision-elapsed', { time: formatDuration(r.elapsedSec) }));
  }
  if (r.paceSecPerKm !== undefined)
    lines.push(tr('vision-pace', { pace: formatPace(r.paceSecPerKm, units) }));
  if (r.avgHr !== undefined) lines.push(tr('vision-hr', { hr: r.avgHr }));
  if (r.elevationGainM !== undefined) lines.push(tr('vision-elevation', { metres: r.elevationGainM }));
  if (r.calories !== undefined) lines.push(tr('vision-calories', { calories: r.calories }));
  if (r.laps && r.laps.length > 1) lines.push(tr('vision-laps', { count: r.laps.length }));
  if (r.sourceApp) lines.push(tr('vision-source', { app: escapeHtml(r.sourceApp) }));
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
  method?: ReadingMethod | null,
  tr: Translator = ENGLISH,
): { text: string; keyboard: InlineKeyboardMarkup } {
  const header =
    method === 'fit' || method === 'gpx' || method === 'tcx'
      ? tr('vision-read-this-file', { format: method.toUpperCase() })
      : tr('vision-read-this');
  const edit = {
    text: tr('vision-edit'),
    callback_data: encodeVisionAction({ action: 'edit', extractionId }),
  };
  const discard = {
    text: tr('vision-discard'),
    callback_data: encodeVisionAction({ action: 'discard', extractionId }),
  };
  if (problems.length > 0) {
    return {
      text: [
        header,
        renderReading(reading, units, tr),
        '',
        tr('vision-problems', { problems: problems.map((p) => escapeHtml(p.message)).join(' ') }),
        tr('vision-nothing-recorded'),
      ].join('\n'),
      keyboard: { inline_keyboard: [[edit, discard]] },
    };
  }
  return {
    text: [header, renderReading(reading, units, tr), '', tr('vision-record-it')].join('\n'),
    keyboard: {
      inline_keyboard: [
        [
          {
            text: tr('vision-confirm'),
            callback_data: encodeVisionAction({ action: 'confirm', extractionId }),
          },
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
export function editKeyboard(extractionId: number, tr: Translator = ENGLISH): InlineKeyboardMarkup {
  const field = (text: string, f: EditableField) => ({
    text,
    callback_data: encodeVisionAction({ action: 'field', extractionId, field: f }),
  });
  return {
    inline_keyboard: [
      [field(tr('vision-field-distance'), 'distance'), field(tr('vision-field-time'), 'time')],
      [field(tr('vision-field-date'), 'date'), field(tr('vision-field-hr'), 'hr')],
      [{ text: tr('vision-back'), callback_data: encodeVisionAction({ action: 'back', extractionId }) }],
    ],
  };
}

/** What the runner is asked when fixing `field` (a bare distance is in `units`). @example editPrompt('time') */
export function editPrompt(field: EditableField, units: Units = 'km', tr: Translator = ENGLISH): string {
  switch (field) {
    case 'distance':
      return tr('vision-prompt-distance', { units });
    case 'time':
      return tr('vision-prompt-time');
    case 'date':
      return tr('vision-prompt-date');
    case 'hr':
      return tr('vision-prompt-hr');
  }
}

/**
 * The answer when a screenshot could not be used at all.
 *
 * @example
 * renderRejected('too_large'); // 'That image is larger than 10 MB…'
 */
export function renderRejected(
  reason: RejectReason | 'not_workout',
  why?: string,
  tr: Translator = ENGLISH,
): string {
  switch (reason) {
    case 'too_large':
      return tr('vision-too-large');
    case 'not_image':
      return tr('vision-not-image');
    case 'damaged':
      return tr('vision-damaged');
    case 'file_too_large':
      return tr('vision-file-too-large');
    case 'file_damaged':
      return tr('vision-file-damaged');
    case 'file_empty':
      return tr('vision-file-empty');
    case 'not_running':
      // `why` is the file's sport (an activity kind), when known.
      return tr('vision-file-not-running', { activity: why ?? 'other' });
    case 'unavailable':
      return tr('vision-unavailable');
    case 'not_workout':
      return tr('vision-not-workout', { why: why ? ` (${escapeHtml(why)})` : '' });
  }
}
