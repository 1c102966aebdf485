import { type Translator, translator } from '../i18n/index.js';
import { KM_PER_MILE, type Units } from '../text/index.js';
import { parseClock } from './llm-schema.js';
import { parseScreenshotDate } from './parse-screenshot-date.js';
import type { EditableField } from './vision-callbacks.js';
import { completeReading, type WorkoutReading } from './workout-reading.js';

const ENGLISH = translator('en');

/** Result of {@link applyEdit}. @example const r: EditResult = { ok: false, error: tr('vision-edit-time') }; */
export type EditResult = { ok: true; reading: WorkoutReading } | { ok: false; error: string };

/**
 * Replaces one number of a reading with what the runner typed, then recomputes the pace. A distance
 * without a unit is in the runner's `units`. Only that runner's own extracted numbers can change. The
 * error is plain text in the runner's language `tr`. Pure.
 *
 * @example
 * applyEdit(reading, 'distance', '5.2', '2025-03-05'); // { ok: true, reading: { …, distanceKm: 5.2 } }
 * applyEdit(reading, 'distance', '3.1', '2025-03-05', 'mi'); // { ok: true, reading: { …, distanceKm: 4.99 } }
 * applyEdit(reading, 'time', 'soon', '2025-03-05', 'km', translator('de')); // { ok: false, error: 'Bitte sende die Zeit …' }
 */
export function applyEdit(
  reading: WorkoutReading,
  field: EditableField,
  text: string,
  today: string,
  units: Units = 'km',
  tr: Translator = ENGLISH,
): EditResult {
  const input = text.trim().toLowerCase();
  const base: WorkoutReading = { ...reading, confidence: 1 };
  switch (field) {
    case 'distance': {
      const m = /^(\d{1,3}(?:[.,]\d{1,3})?)\s*(km|k|kilomet(?:er|re)s?|mi|miles?)?$/.exec(input);
      if (!m) return { ok: false, error: tr('vision-edit-distance', { units }) };
      const value = Number(m[1]!.replace(',', '.'));
      const inMiles = m[2] ? m[2].startsWith('mi') : units === 'mi';
      const km = inMiles ? value * KM_PER_MILE : value;
      if (!(km > 0)) return { ok: false, error: tr('vision-edit-distance-zero') };
      return { ok: true, reading: completeReading({ ...base, distanceKm: Math.round(km * 100) / 100 }) };
    }
    case 'time': {
      const sec = parseClock(input);
      if (sec === undefined || sec === 0) return { ok: false, error: tr('vision-edit-time') };
      return { ok: true, reading: completeReading({ ...base, durationSec: sec }) };
    }
    case 'date': {
      const date = parseScreenshotDate(input, today);
      if (!date) return { ok: false, error: tr('vision-edit-date') };
      if (date > today) return { ok: false, error: tr('vision-edit-future') };
      return { ok: true, reading: completeReading({ ...base, date }) };
    }
    case 'hr': {
      const hr = /^(\d{2,3})\s*(bpm)?$/.exec(input);
      const bpm = hr ? Number(hr[1]) : Number.NaN;
      if (!(bpm >= 30 && bpm <= 250)) return { ok: false, error: tr('vision-edit-hr') };
      return { ok: true, reading: completeReading({ ...base, avgHr: bpm }) };
    }
  }
}
