import type { Workout, WorkoutType } from './plan-schema.js';
import { msg, type TextParts } from './plan-texts.js';
import { formatDistance, KM_PER_MILE } from './units.js';
import { make, mid, type WorkoutContext, warmCool, ZONE_OF_TYPE } from './workout-make.js';

/** Shortest continuous tempo or race-pace segment worth a session. */
const MIN_CONTINUOUS_WORK_KM = 1.6;

/**
 * A quality session (tempo or cruise intervals, intervals, repetitions, race pace) of `distanceKm` whose main
 * set holds at most `maxWorkKm` at the work pace; the rest is easy warm-up and cool-down.
 * @example qualityWorkout('tempo', toDayNumber('2025-03-06'), 9.5, ctx, 6).structure.mainSet
 *   // '4.4 km continuous at T pace'
 */
export function qualityWorkout(
  type: WorkoutType,
  day: number,
  distanceKm: number,
  ctx: WorkoutContext,
  maxWorkKm: number,
): Workout {
  const u = ctx.units;
  let [wu, cd] = warmCool(distanceKm);
  const main = Math.max(1, distanceKm - wu - cd);
  const cap = Math.max(0, maxWorkKm);
  let mainSet: string;
  let title: string;
  let description: string;
  // The descriptors of the three texts above (see plan-texts.ts), set beside them.
  let texts: { title: TextParts; mainSet: TextParts; description: TextParts };
  let zoneKm: number;
  let mainKm = main; // main-set km including recovery jogs
  switch (type) {
    case 'tempo': {
      zoneKm = Math.max(MIN_CONTINUOUS_WORK_KM, Math.floor(Math.min(main, cap) * 10) / 10);
      if (zoneKm <= 5) {
        title = 'Tempo run';
        mainSet = `${formatDistance(zoneKm, u)} continuous at T pace`;
        texts = {
          title: msg('planner-title-tempo'),
          mainSet: msg('planner-main-tempo', { km: zoneKm, at: 'T' }),
          description: msg('planner-desc-tempo'),
        };
      } else {
        const rep = u === 'mi' ? KM_PER_MILE : 2;
        const n = Math.max(2, Math.floor(zoneKm / rep));
        zoneKm = n * rep;
        title = 'Cruise intervals';
        mainSet = `${n} × ${formatDistance(rep, u)} at T pace with 1 min jog`;
        texts = {
          title: msg('planner-title-cruise'),
          mainSet: msg('planner-main-cruise', { reps: n, repKm: rep, at: 'T' }),
          description: msg('planner-desc-tempo'),
        };
      }
      mainKm = zoneKm;
      description =
        'Comfortably hard: a pace you could hold for about an hour. Raises your lactate threshold.';
      break;
    }
    case 'intervals': {
      let r = main >= 12 ? 1200 : main >= 7 ? 1000 : main >= 3.6 ? 800 : 400;
      let n = Math.min(10, Math.max(3, Math.round(main / ((1.5 * r) / 1000))));
      while ((n * r) / 1000 > cap + 1e-9 && (n > 3 || r > 400)) {
        if (n > 3) n--;
        else r = r === 1200 ? 1000 : r === 1000 ? 800 : 400;
      }
      title = 'Intervals';
      mainSet = `${n} × ${r} m at I pace with ${r / 2} m jog`;
      zoneKm = (n * r) / 1000;
      mainKm = zoneKm * 1.5;
      description = 'Hard but controlled repeats that build VO2max. Jog the recoveries; never sprint.';
      texts = {
        title: msg('planner-title-intervals'),
        mainSet: msg('planner-main-intervals', { reps: n, repMeters: r, jogMeters: r / 2, at: 'I' }),
        description: msg('planner-desc-intervals'),
      };
      break;
    }
    case 'repetitions': {
      let r = main >= 6.4 ? 400 : 200;
      let n = Math.min(16, Math.max(4, Math.round(main / ((2 * r) / 1000))));
      while ((n * r) / 1000 > cap + 1e-9 && (n > 4 || r > 200)) {
        if (n > 4) n--;
        else r = 200;
      }
      title = 'Repetitions';
      mainSet = `${n} × ${r} m at R pace with ${r} m jog`;
      zoneKm = (n * r) / 1000;
      mainKm = zoneKm * 2;
      description = 'Fast, relaxed repeats for speed and running economy. Full recovery between them.';
      texts = {
        title: msg('planner-title-repetitions'),
        mainSet: msg('planner-main-repetitions', { reps: n, repMeters: r, jogMeters: r, at: 'R' }),
        description: msg('planner-desc-repetitions'),
      };
      break;
    }
    default: {
      if (ctx.goalDistanceKm >= 15) {
        zoneKm = Math.max(MIN_CONTINUOUS_WORK_KM, Math.floor(Math.min(main, cap) * 10) / 10);
        mainSet = `${formatDistance(zoneKm, u)} at goal race pace`;
        mainKm = zoneKm;
        texts = {
          title: msg('planner-title-race-pace'),
          mainSet: msg('planner-main-race-pace', { km: zoneKm, at: 'race' }),
          description: msg('planner-desc-race-pace'),
        };
      } else {
        // Whole miles for runners in miles, unless two of them would not fit the run or the cap (a short taper
        // run): then half miles, so the work never exceeds the workout's own distance.
        const mile = 2 * KM_PER_MILE <= Math.min(distanceKm, cap) + 1e-9;
        const rep = u === 'mi' ? (mile ? KM_PER_MILE : KM_PER_MILE / 2) : 1;
        let n = Math.min(8, Math.max(2, Math.round(main / (rep * 1.3))));
        while (n * rep > cap + 1e-9 && n > 2) n--;
        mainSet = `${n} × ${formatDistance(rep, u)} at goal race pace with 2 min jog`;
        texts = {
          title: msg('planner-title-race-pace'),
          mainSet: msg('planner-main-race-pace-reps', { reps: n, repKm: rep, at: 'race' }),
          description: msg('planner-desc-race-pace'),
        };
        zoneKm = n * rep;
        mainKm = zoneKm * 1.3;
      }
      title = 'Race-pace run';
      description = 'Rehearse your goal pace so it feels familiar on race day.';
    }
  }
  // Whatever the capped main set leaves of the distance is easy running before and after it.
  const spare = Math.max(0, distanceKm - wu - cd - mainKm);
  wu = Math.round((wu + spare / 2) * 10) / 10;
  cd = Math.max(0, Math.round((distanceKm - mainKm - wu) * 10) / 10);
  const zone = ZONE_OF_TYPE[type];
  const eMid = mid(ctx.paces.E);
  const zoneMid = zone ? mid(ctx.paces[zone]) : eMid;
  const w = make(
    type,
    day,
    title,
    distanceKm,
    Math.round((zoneKm * zoneMid + Math.max(0, distanceKm - zoneKm) * eMid) / 60),
    { warmUp: `${formatDistance(wu, u)} easy`, mainSet, coolDown: `${formatDistance(cd, u)} easy` },
    ctx,
    description,
    // In the schema's key order, so a stored plan reads back byte-identical.
    {
      title: texts.title,
      warmUp: msg('planner-km-easy', { km: wu }),
      mainSet: texts.mainSet,
      coolDown: msg('planner-km-easy', { km: cd }),
      description: texts.description,
    },
  );
  w.work = { zone: zone ?? 'race', km: Math.round(zoneKm * 100) / 100 };
  return w;
}
