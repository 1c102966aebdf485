/**
 * The taper, measured back from the race date rather than by calendar week (Bosquet et al. 2007, meta-
 * analysis: a 41–60 % volume reduction over about two weeks, intensity kept, maximises performance; shorter
 * races need shorter tapers). A midweek 10K therefore gets its reduced days like a Sunday one.
 */

/**
 * Taper length in days before race day: 5K 7, 10K 9 (7–10), half 13 (10–14), marathon and ultra 20 (14–21;
 * the long run 3 weeks out stays a full one).
 * @example taperDays(42.195) // 20
 */
export function taperDays(goalDistanceKm: number): number {
  if (goalDistanceKm <= 6) return 7;
  if (goalDistanceKm <= 12) return 9;
  if (goalDistanceKm <= 25) return 13;
  return 20;
}

/**
 * Volume factor for a run `daysToRace` days before the race (1 = the day before): the last 7 days carry
 * ≈ 50–65 % of normal, the 7 before ≈ 70–80 %, the third week before a marathon 85 %.
 * @example taperFactor(42.195, 3) // 0.5
 * @example taperFactor(42.195, 30) // 1
 */
export function taperFactor(goalDistanceKm: number, daysToRace: number): number {
  if (daysToRace < 1 || daysToRace > taperDays(goalDistanceKm)) return 1;
  const window = Math.ceil(daysToRace / 7);
  const factors =
    goalDistanceKm <= 6
      ? [0.65]
      : goalDistanceKm <= 12
        ? [0.6, 0.8]
        : goalDistanceKm <= 25
          ? [0.55, 0.75]
          : [0.5, 0.7, 0.85];
  return factors[window - 1] ?? 1;
}

/** The checker's allowance over the factor (rounding; a 7-day window spans two plan weeks). @example TAPER_TOLERANCE // 0.1 */
export const TAPER_TOLERANCE = 0.15;

/**
 * The mean factor of the `k`-th 7-day window before the race (1 = the last 7 days); a window only partly in
 * the taper averages its days.
 * @example taperWindowFactor(10, 2) // (2 × 0.8 + 5) / 7 ≈ 0.94
 */
export function taperWindowFactor(goalDistanceKm: number, k: number): number {
  let sum = 0;
  for (let t = 7 * k - 6; t <= 7 * k; t++) sum += taperFactor(goalDistanceKm, t);
  return sum / 7;
}
