import { KM_PER_MILE, type Units } from '../text/index.js';
import { parseClock } from './llm-schema.js';
import { parseScreenshotDate } from './parse-screenshot-date.js';
import type { EditableField } from './vision-callbacks.js';
import { completeReading, type WorkoutReading } from './workout-reading.js';

/** Result of {@link applyEdit}. @example const r: EditResult = { ok: false, error: 'Please send a number' }; */
export type EditResult = { ok: true; reading: WorkoutReading } | { ok: false; error: string };

/**
 * Replaces one number of a reading with what the runner typed, then recomputes the pace. A distance
 * without a unit is in the runner's `units`. Only that runner's own extracted numbers can change. Pure.
 *
 * @example
 * applyEdit(reading, 'distance', '5.2', '2025-03-05'); // { ok: true, reading: { …, distanceKm: 5.2 } }
 * applyEdit(reading, 'distance', '3.1', '2025-03-05', 'mi'); // { ok: true, reading: { …, distanceKm: 4.99 } }
 * applyEdit(reading, 'time', 'soon', '2025-03-05'); // { ok: false, error: '…' }
 */
export function applyEdit(
  reading: WorkoutReading,
  field: EditableField,
  text: string,
  today: string,
  units: Units = 'km',
): EditResult {
  const input = text.trim().toLowerCase();
  const base: WorkoutReading = { ...reading, confidence: 1 };
  switch (field) {
    case 'distance': {
      const m = /^(\d{1,3}(?:[.,]\d{1,3})?)\s*(km|k|kilomet(?:er|re)s?|mi|miles?)?$/.exec(input);
      if (!m) {
        const example = units === 'mi' ? 'miles, e.g. 3.12' : 'kilometres, e.g. 5.02';
        return { ok: false, error: `Please send a number of ${example}.` };
      }
      const value = Number(m[1]!.replace(',', '.'));
      const inMiles = m[2] ? m[2].startsWith('mi') : units === 'mi';
      const km = inMiles ? value * KM_PER_MILE : value;
      if (!(km > 0)) return { ok: false, error: 'The distance must be more than 0.' };
      return { ok: true, reading: completeReading({ ...base, distanceKm: Math.round(km * 100) / 100 }) };
    }
    case 'time': {
      const sec = parseClock(input);
      if (sec === undefined || sec === 0)
        return { ok: false, error: 'Please send the time as h:mm:ss or mm:ss, e.g. 25:13.' };
      return { ok: true, reading: completeReading({ ...base, durationSec: sec }) };
    }
    case 'date': {
      const date = parseScreenshotDate(input, today);
      if (!date) return { ok: false, error: 'Please send the date as YYYY-MM-DD, e.g. 2025-03-02.' };
      if (date > today) return { ok: false, error: 'That date is in the future.' };
      return { ok: true, reading: completeReading({ ...base, date }) };
    }
    case 'hr': {
      const hr = /^(\d{2,3})\s*(bpm)?$/.exec(input);
      const bpm = hr ? Number(hr[1]) : Number.NaN;
      if (!(bpm >= 30 && bpm <= 250))
        return { ok: false, error: 'Please send a heart rate between 30 and 250 bpm.' };
      return { ok: true, reading: completeReading({ ...base, avgHr: bpm }) };
    }
  }
}
