import {
  fromDayNumber,
  isoWeekday,
  predictRaceSeconds,
  riegelPredictSeconds,
  toDayNumber,
  vdotFromRace,
} from '../planner/index.js';
import { currentStreak, effectiveStatus, type WorkoutStatus } from './tracking-rules.js';

/** A planned workout as the statistics see it. */
export interface StatsWorkout {
  readonly date: string;
  readonly type: string;
  readonly distanceKm: number | null;
  readonly status: WorkoutStatus;
}

/** A recorded run (completion) as the statistics see it; `plannedType` is null for an extra run. */
export interface StatsRun {
  readonly date: string;
  readonly distanceKm: number | null;
  readonly durationSec: number | null;
  readonly rpe: number | null;
  readonly plannedType: string | null;
}

/** One Monday–Sunday week of the statistics. */
export interface WeekStats {
  readonly start: string;
  readonly plannedKm: number;
  readonly doneKm: number;
  /** Distance-weighted average pace of easy runs that week (sec/km), when there were any with a time. */
  readonly easyPaceSecPerKm?: number;
}

/** Everything /stats shows. */
export interface TrainingStats {
  readonly weeks: readonly WeekStats[];
  readonly plannedKm: number;
  readonly doneKm: number;
  /** Planned workouts in the window whose day has passed (or that are done/cancelled early). */
  readonly due: number;
  readonly done: number;
  readonly cancelled: number;
  readonly missed: number;
  /** done / due, undefined with nothing due. */
  readonly completionRate?: number;
  readonly streak: number;
  readonly longestRun?: { readonly date: string; readonly distanceKm: number };
  /** First and last week with an easy pace, and the change (negative = faster). */
  readonly easyPaceTrend?: { readonly first: number; readonly last: number; readonly changeSecPerKm: number };
  /** Goal-race prediction from the best recent hard effort. */
  readonly prediction?: {
    readonly vdot: number;
    readonly vdotSeconds: number;
    readonly riegelSeconds: number;
    readonly from: { readonly date: string; readonly distanceKm: number; readonly durationSec: number };
  };
}

/** Planned types that are easy running for the pace trend. */
const EASY_TYPES = new Set(['easy', 'recovery']);
/** Planned types that are hard efforts for the prediction. */
const HARD_TYPES = new Set(['tempo', 'intervals', 'repetitions', 'race-pace', 'race']);
/** Shortest effort used for a prediction: shorter efforts extrapolate badly. */
export const MIN_EFFORT_KM = 3;

const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Computes the /stats numbers for the last `weeks` calendar weeks (Monday–Sunday, the current week last)
 * from planned workouts and recorded runs. Rules, so the numbers can be checked by hand:
 * - planned volume: every planned workout's distance in the week, whatever its status;
 * - done volume: every recorded run in the week (extra runs included);
 * - completion rate: done / (done + cancelled + missed) over workouts of the window whose day has
 *   passed (today's counts once done or cancelled);
 * - easy pace: runs matched to easy/recovery workouts, or extra runs with RPE ≤ 4, with distance and
 *   time; weekly value = total time / total distance;
 * - prediction: best VDOT among runs of the window of ≥ 3 km with a time that were hard (tempo,
 *   intervals, race-pace, race, or RPE ≥ 7); Riegel from the same run. Interval sessions include their
 *   recoveries, so the prediction is conservative.
 * Pure.
 *
 * @example
 * computeStats({ workouts: [], runs: [], today: '2027-03-03', goalDistanceKm: 10 }).weeks.length; // 8
 */
export function computeStats(args: {
  workouts: readonly StatsWorkout[];
  runs: readonly StatsRun[];
  today: string;
  goalDistanceKm: number;
  weeks?: number;
}): TrainingStats {
  const today = toDayNumber(args.today);
  const nWeeks = args.weeks ?? 8;
  const firstMonday = today - (isoWeekday(today) - 1) - 7 * (nWeeks - 1);
  const from = fromDayNumber(firstMonday);
  const to = fromDayNumber(firstMonday + 7 * nWeeks - 1);
  const weekOf = (date: string) => Math.floor((toDayNumber(date) - firstMonday) / 7);
  const inWindow = (date: string) => date >= from && date <= to;

  const buckets = Array.from({ length: nWeeks }, (_, i) => ({
    start: fromDayNumber(firstMonday + 7 * i),
    plannedKm: 0,
    doneKm: 0,
    easyKm: 0,
    easySec: 0,
  }));
  const workouts = args.workouts.filter((w) => inWindow(w.date) && w.type !== 'rest');
  for (const w of workouts) buckets[weekOf(w.date)]!.plannedKm += w.distanceKm ?? 0;
  const runs = args.runs.filter((r) => inWindow(r.date) && r.date <= args.today);
  for (const r of runs) {
    const b = buckets[weekOf(r.date)]!;
    b.doneKm += r.distanceKm ?? 0;
    const easy = r.plannedType ? EASY_TYPES.has(r.plannedType) : r.rpe !== null && r.rpe <= 4;
    if (easy && r.distanceKm && r.durationSec) {
      b.easyKm += r.distanceKm;
      b.easySec += r.durationSec;
    }
  }
  const weeks: WeekStats[] = buckets.map((b) => ({
    start: b.start,
    plannedKm: r1(b.plannedKm),
    doneKm: r1(b.doneKm),
    ...(b.easyKm > 0 ? { easyPaceSecPerKm: Math.round(b.easySec / b.easyKm) } : {}),
  }));

  let done = 0;
  let cancelled = 0;
  let missed = 0;
  for (const w of workouts) {
    const status = effectiveStatus(w.status, w.date, args.today);
    if (status === 'done') done++;
    else if (status === 'cancelled') cancelled++;
    else if (status === 'missed') missed++;
  }
  const due = done + cancelled + missed;

  let longestRun: TrainingStats['longestRun'];
  for (const r of runs) {
    if (r.distanceKm && (!longestRun || r.distanceKm > longestRun.distanceKm))
      longestRun = { date: r.date, distanceKm: r.distanceKm };
  }

  const paced = weeks.filter((w) => w.easyPaceSecPerKm !== undefined);
  const easyPaceTrend =
    paced.length >= 2
      ? {
          first: paced[0]!.easyPaceSecPerKm!,
          last: paced.at(-1)!.easyPaceSecPerKm!,
          changeSecPerKm: paced.at(-1)!.easyPaceSecPerKm! - paced[0]!.easyPaceSecPerKm!,
        }
      : undefined;

  let prediction: TrainingStats['prediction'];
  for (const r of runs) {
    if (!r.distanceKm || !r.durationSec || r.distanceKm < MIN_EFFORT_KM) continue;
    const hard = (r.plannedType !== null && HARD_TYPES.has(r.plannedType)) || (r.rpe ?? 0) >= 7;
    const pace = r.durationSec / r.distanceKm;
    if (!hard || pace < 140 || pace > 1200) continue;
    const vdot = vdotFromRace(r.distanceKm, r.durationSec);
    if (!prediction || vdot > prediction.vdot) {
      prediction = {
        vdot: r1(vdot),
        vdotSeconds: Math.round(predictRaceSeconds(vdot, args.goalDistanceKm)),
        riegelSeconds: Math.round(riegelPredictSeconds(r.durationSec, r.distanceKm, args.goalDistanceKm)),
        from: { date: r.date, distanceKm: r.distanceKm, durationSec: r.durationSec },
      };
    }
  }

  return {
    weeks,
    plannedKm: r1(weeks.reduce((s, w) => s + w.plannedKm, 0)),
    doneKm: r1(weeks.reduce((s, w) => s + w.doneKm, 0)),
    due,
    done,
    cancelled,
    missed,
    ...(due > 0 ? { completionRate: done / due } : {}),
    streak: currentStreak(args.workouts, args.today),
    ...(longestRun ? { longestRun } : {}),
    ...(easyPaceTrend ? { easyPaceTrend } : {}),
    ...(prediction ? { prediction } : {}),
  };
}
