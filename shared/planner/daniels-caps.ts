/**
 * Daniels' per-session limits on quality work (Daniels' Running Formula, 3rd/4th ed.): threshold running
 * ≤ 10 % of the week's volume in one session; intervals ≤ the lesser of 8 % and 10 km; repetitions ≤ the
 * lesser of 5 % and 8 km; marathon-pace running ≤ the lesser of 20 % and 29 km (18 mi). Race-pace sessions
 * take the cap of the zone their pace sits in (5K/10K pace ≈ I, half ≈ T, marathon = M).
 */
import type { WorkoutType } from './plan-schema.js';

/**
 * The most km at work pace one session of `type` may hold in a week of `weekKm`. A long run with a
 * marathon-pace finish uses `'race-pace'` with a marathon goal (the M cap).
 * @example sessionWorkCapKm('intervals', 60, 10) // 4.8
 * @example sessionWorkCapKm('repetitions', 200, 5) // 8
 */
export function sessionWorkCapKm(type: WorkoutType, weekKm: number, goalDistanceKm: number): number {
  switch (type) {
    case 'tempo':
      return 0.1 * weekKm;
    case 'intervals':
      return Math.min(0.08 * weekKm, 10);
    case 'repetitions':
      return Math.min(0.05 * weekKm, 8);
    case 'race-pace':
      if (goalDistanceKm <= 12) return Math.min(0.08 * weekKm, 10);
      if (goalDistanceKm < 25) return 0.1 * weekKm;
      return Math.min(0.2 * weekKm, 29);
    case 'long':
      return Math.min(0.2 * weekKm, 29);
    default:
      return Number.POSITIVE_INFINITY;
  }
}
