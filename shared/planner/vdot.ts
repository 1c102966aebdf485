/**
 * VDOT (Daniels & Gilbert, "Oxygen Power", 1979) and Riegel race-time models.
 *
 * - Oxygen cost of running at velocity v (m/min): VO2 = −4.60 + 0.182258·v + 0.000104·v²
 * - Fraction of VO2max sustainable for t minutes:
 *   %max = 0.8 + 0.1894393·e^(−0.012778·t) + 0.2989558·e^(−0.1932605·t)
 * - VDOT = VO2 / %max for a race of distance d run in time t (v = d / t).
 */

/**
 * Oxygen cost (ml/kg/min) of running at `metresPerMin`.
 * @example vo2AtVelocity(260.8) // ≈ 50
 */
export function vo2AtVelocity(metresPerMin: number): number {
  return -4.6 + 0.182258 * metresPerMin + 0.000104 * metresPerMin * metresPerMin;
}

/**
 * Fraction of VO2max a runner can sustain for a race lasting `minutes`.
 * @example fractionOfVo2max(60) // ≈ 0.88
 */
export function fractionOfVo2max(minutes: number): number {
  return 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes);
}

/**
 * Velocity (m/min) whose oxygen cost equals `vo2` — the positive root of the quadratic above.
 * @example velocityAtVo2(50) // ≈ 260.8 (3:50 /km)
 */
export function velocityAtVo2(vo2: number): number {
  const a = 0.000104;
  const b = 0.182258;
  const c = -4.6 - vo2;
  return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
}

/**
 * VDOT of a race performance.
 * @example vdotFromRace(5, 19 * 60 + 57) // ≈ 50
 */
export function vdotFromRace(distanceKm: number, timeSeconds: number): number {
  if (!(distanceKm > 0) || !(timeSeconds > 0)) throw new RangeError('distance and time must be positive');
  const minutes = timeSeconds / 60;
  return vo2AtVelocity((distanceKm * 1000) / minutes) / fractionOfVo2max(minutes);
}

/**
 * Race time (seconds) that a runner of `vdot` is predicted to run over `distanceKm`, solved numerically
 * (VDOT of a performance falls strictly as the time grows, so bisection converges).
 * @example Math.round(predictRaceSeconds(50, 42.195)) // ≈ 11449 (3:10:49)
 */
export function predictRaceSeconds(vdot: number, distanceKm: number): number {
  if (!(vdot > 0) || !(distanceKm > 0)) throw new RangeError('vdot and distance must be positive');
  // Bracket: 60 km/h (faster than any human) to 2 km/h (a slow walk).
  let lo = distanceKm * 60;
  let hi = distanceKm * 1800;
  for (let i = 0; i < 60 && hi - lo > 0.05; i++) {
    const mid = (lo + hi) / 2;
    if (vdotFromRace(distanceKm, mid) > vdot) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Riegel's fatigue exponent (Riegel 1981, "Athletic records and human endurance").
 * @example RIEGEL_EXPONENT // 1.06
 */
export const RIEGEL_EXPONENT = 1.06;

/**
 * Riegel prediction: T2 = T1 · (D2 / D1)^1.06.
 * @example Math.round(riegelPredictSeconds(1200, 5, 10)) // 2502 (41:42)
 */
export function riegelPredictSeconds(
  timeSeconds: number,
  distanceKm: number,
  targetDistanceKm: number,
  exponent = RIEGEL_EXPONENT,
): number {
  if (!(timeSeconds > 0) || !(distanceKm > 0) || !(targetDistanceKm > 0)) {
    throw new RangeError('time and distances must be positive');
  }
  return timeSeconds * (targetDistanceKm / distanceKm) ** exponent;
}
