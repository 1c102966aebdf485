/**
 * Ultras (goal beyond the marathon) get their own branch: VDOT and Riegel are validated up to the marathon,
 * so no finish time is predicted and no race-pace work is planned; race effort is by time and feel;
 * back-to-back long runs add load without a single longer run (Koop, "Training Essentials for
 * Ultrarunning"; Roche & Roche, "The Happy Runner"); descriptions practise walking, fuelling and terrain.
 */

/**
 * Goals over this distance are ultras: anything past the marathon (42.195 km, with room for rounding).
 * @example ULTRA_MIN_KM // 42.2
 */
export const ULTRA_MIN_KM = 42.2;

/** Whether the goal is an ultra. @example isUltra(50) // true */
export function isUltra(goalDistanceKm: number): boolean {
  return goalDistanceKm > ULTRA_MIN_KM;
}

/**
 * The second day of a back-to-back weekend: ≈ 60 % of the long run and at most 2.5 h, so the legs learn to run
 * tired without another 30 km day.
 * @example backToBackKm(30, 400) // 18
 */
export function backToBackKm(longKm: number, eSlowSecPerKm: number): number {
  return Math.floor(Math.min(longKm * 0.6, (150 * 60) / eSlowSecPerKm) * 2) / 2;
}

/** Long-run description for ultras. @example ULTRA_LONG_TEXT.includes('fuel') // true */
export const ULTRA_LONG_TEXT =
  'Time on feet at easy effort. Practise your race: walk the climbs with purpose, fuel every 30–45 min (what you will eat on race day), and run on terrain like the course.';
/** Back-to-back description. @example BACK_TO_BACK_TEXT.startsWith('The day') // true */
export const BACK_TO_BACK_TEXT =
  'The day after your long run: easy effort on tired legs, walking breaks welcome. This is how ultra plans add endurance safely.';
/** Race-day text for ultras: effort by time and feel, no predicted time. @example ULTRA_RACE_TEXT.includes('feel') // true */
export const ULTRA_RACE_TEXT =
  'Race by time and feel, not pace: start slower than feels right, walk the climbs from the start, eat and drink every 30–45 min, and keep talking-pace effort for the first half.';
