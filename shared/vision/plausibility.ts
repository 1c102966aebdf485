import { formatNumber, type Translator, translator } from '../i18n/index.js';
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

const ENGLISH = translator('en');

/** Why a reading cannot be recorded as it is. @example const c: PlausibilityCode = 'pace_too_fast'; */
export type PlausibilityCode =
  | 'missing_distance'
  | 'missing_duration'
  | 'distance_too_short'
  | 'distance_too_long'
  | 'pace_too_fast'
  | 'pace_too_slow'
  | 'date_in_future';

/** One problem, with a sentence for the runner (in their language). @example { code: 'pace_too_fast', message: '…' } */
export interface PlausibilityProblem {
  readonly code: PlausibilityCode;
  readonly message: string;
}

/**
 * Checks a (completed) reading before anything is offered for recording: distance 0.1–100 km, running
 * pace 2:30–15:00 per km, date not after the runner's local `today`, and both distance and time present.
 * Returns every problem found (empty: plausible), each sentence in the runner's language `tr`. Pure.
 *
 * @example
 * checkPlausibility({ activity: 'run', distanceKm: 5, durationSec: 1500, paceSecPerKm: 300, confidence: 1 }, '2025-03-02'); // []
 */
export function checkPlausibility(
  reading: WorkoutReading,
  today: string,
  tr: Translator = ENGLISH,
): PlausibilityProblem[] {
  const problems: PlausibilityProblem[] = [];
  const problem = (code: PlausibilityCode, args?: Record<string, string>) =>
    problems.push({ code, message: tr(`vision-problem-${code.replaceAll('_', '-')}`, args) });
  const { distanceKm, durationSec } = reading;
  // Up to 3 decimals: a 0.05 km misreading must not show as "0 km is shorter than 0.1 km".
  const distance = distanceKm === undefined ? '' : formatNumber(tr.locale, distanceKm, 3);
  if (distanceKm === undefined) problem('missing_distance');
  else if (distanceKm < MIN_DISTANCE_KM) problem('distance_too_short', { distance });
  else if (distanceKm > MAX_DISTANCE_KM) problem('distance_too_long', { distance });
  if (durationSec === undefined) problem('missing_duration');
  const pace =
    distanceKm !== undefined && durationSec !== undefined && distanceKm > 0
      ? durationSec / distanceKm
      : reading.paceSecPerKm;
  if (pace !== undefined && pace < MIN_PACE_SEC_PER_KM)
    problem('pace_too_fast', { pace: formatDuration(pace) });
  else if (pace !== undefined && pace > MAX_PACE_SEC_PER_KM)
    problem('pace_too_slow', { pace: formatDuration(pace) });
  if (reading.date !== undefined && reading.date > today) problem('date_in_future', { date: reading.date });
  return problems;
}
