import { formatDuration } from '../text/index.js';
import type { WorkoutReading } from './workout-reading.js';

/** Fastest plausible running pace (2:30 per km). @example MIN_PACE_SEC_PER_KM; // 150 */
export const MIN_PACE_SEC_PER_KM = 150;
/** Slowest plausible running pace (15:00 per km). @example MAX_PACE_SEC_PER_KM; // 900 */
export const MAX_PACE_SEC_PER_KM = 900;
/** Shortest plausible run. @example MIN_DISTANCE_KM; // 0.1 */
export const MIN_DISTANCE_KM = 0.1;
/** Longest plausible run. @example MAX_DISTANCE_KM; // 100 */
export const MAX_DISTANCE_KM = 100;

/** Why a reading cannot be recorded as it is. @example const c: PlausibilityCode = 'pace_too_fast'; */
export type PlausibilityCode =
  | 'missing_distance'
  | 'missing_duration'
  | 'distance_too_short'
  | 'distance_too_long'
  | 'pace_too_fast'
  | 'pace_too_slow'
  | 'date_in_future';

/** One problem, with a sentence for the runner. @example { code: 'pace_too_fast', message: '…' } */
export interface PlausibilityProblem {
  readonly code: PlausibilityCode;
  readonly message: string;
}

/**
 * Checks a (completed) reading before anything is offered for recording: distance 0.1–100 km, running
 * pace 2:30–15:00 per km, date not after the runner's local `today`, and both distance and time present.
 * Returns every problem found (empty: plausible). Pure.
 *
 * @example
 * checkPlausibility({ activity: 'run', distanceKm: 5, durationSec: 1500, paceSecPerKm: 300, confidence: 1 }, '2025-03-02'); // []
 */
export function checkPlausibility(reading: WorkoutReading, today: string): PlausibilityProblem[] {
  const problems: PlausibilityProblem[] = [];
  const { distanceKm, durationSec } = reading;
  if (distanceKm === undefined) {
    problems.push({ code: 'missing_distance', message: 'I could not read the distance.' });
  } else if (distanceKm < MIN_DISTANCE_KM) {
    problems.push({ code: 'distance_too_short', message: `${distanceKm} km is shorter than 0.1 km.` });
  } else if (distanceKm > MAX_DISTANCE_KM) {
    problems.push({ code: 'distance_too_long', message: `${distanceKm} km is longer than 100 km.` });
  }
  if (durationSec === undefined) {
    problems.push({ code: 'missing_duration', message: 'I could not read the time.' });
  }
  const pace =
    distanceKm !== undefined && durationSec !== undefined && distanceKm > 0
      ? durationSec / distanceKm
      : reading.paceSecPerKm;
  if (pace !== undefined && pace < MIN_PACE_SEC_PER_KM) {
    problems.push({
      code: 'pace_too_fast',
      message: `a pace of ${formatDuration(pace)} per km is faster than any runner (2:30 per km).`,
    });
  } else if (pace !== undefined && pace > MAX_PACE_SEC_PER_KM) {
    problems.push({
      code: 'pace_too_slow',
      message: `a pace of ${formatDuration(pace)} per km is slower than running (15:00 per km).`,
    });
  }
  if (reading.date !== undefined && reading.date > today) {
    problems.push({ code: 'date_in_future', message: `the date ${reading.date} is in the future.` });
  }
  return problems;
}
