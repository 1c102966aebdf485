import { checkSafety } from './check-safety.js';
import { isoWeekday, parseIsoDate, toDayNumber } from './dates.js';
import { longRunCapKm } from './long-run.js';
import { HARD_TYPES, type Plan, QUALITY_TYPES, RUN_TYPES, type Week, type Workout } from './plan-schema.js';
import type { PlannerInput } from './planner-input.js';
import {
  CUTBACK_MAX_GAP,
  CUTBACK_MIN_REDUCTION,
  CUTBACK_MIN_VOLUME_KM,
  EASY_MIN_KM,
  isCompleteBeginner,
  LONG_RUN_MIN_DAYS_BEFORE_RACE,
  longRunShareCap,
  maxNextWeekKm,
  PACE_TOLERANCE_SEC,
  QUALITY_MAX_PER_WEEK,
  VOLUME_EPSILON_KM,
} from './rules.js';
import { volumeReferenceKm } from './spike-rule.js';
import { TAPER_TOLERANCE, taperDays, taperWindowFactor } from './taper.js';
import { planPaces, resolveVdot } from './training-paces.js';
import { ZONE_OF_TYPE } from './workout-factory.js';

/**
 * Codes of the rules {@link checkPlan} enforces (thresholds and reasons live in `rules.ts`).
 * @example const c: RuleCode = 'RAMP';
 */
export type RuleCode =
  | 'WEEK_STRUCTURE'
  | 'DATE_ORDER'
  | 'DATE_RANGE'
  | 'WEEKDAY'
  | 'NON_TRAINING_DAY'
  | 'RACE_DAY'
  | 'LONG_RUN_DAY'
  | 'RAMP'
  | 'WEEK_VOLUME'
  | 'LONG_RUN_SHARE'
  | 'LONG_RUN_MAX'
  | 'SPIKE'
  | 'DANIELS_CAP'
  | 'SENIOR_HARD_DAYS'
  | 'NOVICE_RUN_DAYS'
  | 'REST_DAY'
  | 'RECOVERY_LENGTH'
  | 'NO_PREDICTION'
  | 'LONG_RUN_LONGEST'
  | 'CUTBACK'
  | 'TAPER'
  | 'QUALITY_COUNT'
  | 'HARD_BACK_TO_BACK'
  | 'BEGINNER_QUALITY'
  | 'PACE_ZONE'
  | 'PACE_BOUNDS'
  | 'DISTANCE';

/**
 * One broken rule. `week` is the 1-based week index, `date` the workout date when the rule is about a workout.
 * @example const v: Violation = { code: 'RAMP', week: 5, message: 'week 5 target 40 km > 35.2 km allowed' };
 */
export interface Violation {
  code: RuleCode;
  week?: number;
  date?: string;
  message: string;
}

const eps = VOLUME_EPSILON_KM;
const km = (w: Workout) => w.distanceKm ?? 0;
const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Checks a plan against every training rule for this runner. An empty array means the plan is safe to send.
 * Pure; never throws for a structurally valid plan (unparseable dates are reported as violations).
 * @example checkPlan(buildPlan(input), input) // []
 */
export function checkPlan(plan: Plan, input: PlannerInput): Violation[] {
  const out: Violation[] = [];
  checkCalendar(plan, input, out);
  checkVolumes(plan, input, out);
  checkWorkouts(plan, input, out);
  checkSafety(plan, input, out);
  return out;
}

function checkCalendar(plan: Plan, input: PlannerInput, out: Violation[]): void {
  const today = toDayNumber(input.today);
  const raceDay = toDayNumber(input.raceDate);
  let prevDay = Number.NEGATIVE_INFINITY;
  let races = 0;
  plan.weeks.forEach((week, wi) => {
    const start = parseIsoDate(week.startDate);
    const end = parseIsoDate(week.endDate);
    const prevStart = wi > 0 ? parseIsoDate(plan.weeks[wi - 1]!.startDate) : undefined;
    if (
      week.index !== wi + 1 ||
      start === undefined ||
      end !== start + 6 ||
      isoWeekday(start) !== 1 ||
      (prevStart !== undefined && start !== prevStart + 7)
    ) {
      out.push({
        code: 'WEEK_STRUCTURE',
        week: week.index,
        message: `week ${wi + 1} is not the next Monday–Sunday week`,
      });
    }
    for (const w of week.workouts) {
      const day = parseIsoDate(w.date);
      if (day === undefined) {
        out.push({ code: 'DATE_RANGE', week: week.index, date: w.date, message: `invalid date ${w.date}` });
        continue;
      }
      if (day <= prevDay)
        out.push({
          code: 'DATE_ORDER',
          week: week.index,
          date: w.date,
          message: 'dates must strictly increase',
        });
      prevDay = Math.max(prevDay, day);
      if (day < today)
        out.push({ code: 'DATE_RANGE', week: week.index, date: w.date, message: 'workout in the past' });
      if (day > raceDay)
        out.push({ code: 'DATE_RANGE', week: week.index, date: w.date, message: 'workout after race day' });
      if (start !== undefined && (day < start || day > start + 6)) {
        out.push({
          code: 'WEEK_STRUCTURE',
          week: week.index,
          date: w.date,
          message: 'workout outside its week',
        });
      }
      if (w.weekday !== isoWeekday(day)) {
        out.push({
          code: 'WEEKDAY',
          week: week.index,
          date: w.date,
          message: `weekday ${w.weekday} does not match the date`,
        });
      }
      if (w.type === 'race') {
        races++;
        if (day !== raceDay)
          out.push({ code: 'RACE_DAY', week: week.index, date: w.date, message: 'race not on race day' });
        if (Math.abs(km(w) - input.goalDistanceKm) > 0.05) {
          out.push({
            code: 'RACE_DAY',
            week: week.index,
            date: w.date,
            message: 'race distance differs from the goal',
          });
        }
      } else {
        if (day === raceDay)
          out.push({
            code: 'RACE_DAY',
            week: week.index,
            date: w.date,
            message: 'race day holds another workout',
          });
        if (!input.trainingDays.includes(isoWeekday(day))) {
          out.push({
            code: 'NON_TRAINING_DAY',
            week: week.index,
            date: w.date,
            message: `${w.type} on a non-training day`,
          });
        }
      }
      if (w.type === 'long' && isoWeekday(day) !== input.longRunDay) {
        out.push({
          code: 'LONG_RUN_DAY',
          week: week.index,
          date: w.date,
          message: 'long run not on the long-run day',
        });
      }
      if (w.type === 'long' && day > raceDay - LONG_RUN_MIN_DAYS_BEFORE_RACE) {
        out.push({
          code: 'LONG_RUN_DAY',
          week: week.index,
          date: w.date,
          message: 'long run too close to the race',
        });
      }
    }
    if (start !== undefined) {
      const longDay = start + input.longRunDay - 1;
      const hasLong = week.workouts.some((w) => w.type === 'long');
      if (longDay > today && longDay <= raceDay - LONG_RUN_MIN_DAYS_BEFORE_RACE && !hasLong) {
        out.push({ code: 'LONG_RUN_DAY', week: week.index, message: 'week without its long run' });
      }
    }
  });
  if (races !== 1) out.push({ code: 'RACE_DAY', message: `expected exactly one race, found ${races}` });
  const last = plan.weeks.at(-1);
  const lastStart = last ? parseIsoDate(last.startDate) : undefined;
  if (last?.phase !== 'race' || lastStart === undefined || raceDay < lastStart || raceDay > lastStart + 6) {
    out.push({ code: 'RACE_DAY', message: 'the last week must be the race week' });
  }
}

function checkVolumes(plan: Plan, input: PlannerInput, out: Violation[]): void {
  const days = input.trainingDays.length;
  const today = toDayNumber(input.today);
  const vdot = resolveVdot(input).vdot;
  const longCap = Math.max(EASY_MIN_KM, longRunCapKm(input, planPaces(input, vdot).E.slow));
  const shareCapFraction = longRunShareCap(days, input.goalDistanceKm);
  let ref = volumeReferenceKm(input);
  let top = 0;
  let gap = 0;
  let afterCutback = false;
  for (const week of plan.weeks) {
    const pre = week.phase === 'base' || week.phase === 'build' || week.phase === 'peak';
    const start = parseIsoDate(week.startDate);
    const full = start !== undefined && start > today;
    // Nielsen 2014: ≤ 10 % over the reference; the week after a cutback only returns to the reference.
    const allowed = afterCutback ? ref : maxNextWeekKm(ref);
    if (full && week.targetKm > allowed + eps) {
      out.push({
        code: 'RAMP',
        week: week.index,
        message: `target ${week.targetKm} km > ${r1(allowed)} km allowed after ${r1(ref)} km`,
      });
    }
    if (week.cutback) {
      // Below 10 km a week (a couple of 2 km run/walks) there is nothing left to cut.
      const reduced = week.targetKm <= ref * (1 - CUTBACK_MIN_REDUCTION) + eps || ref < CUTBACK_MIN_VOLUME_KM;
      if (!pre || !reduced) {
        out.push({
          code: 'CUTBACK',
          week: week.index,
          message: `cutback week not reduced ≥ ${CUTBACK_MIN_REDUCTION * 100} %`,
        });
      }
      gap = 0;
    } else if (pre) {
      if (full) {
        ref = week.targetKm;
        top = Math.max(top, week.targetKm);
      }
      gap++;
      if (gap > CUTBACK_MAX_GAP) {
        out.push({
          code: 'CUTBACK',
          week: week.index,
          message: `more than ${CUTBACK_MAX_GAP} weeks without a cutback`,
        });
      }
    }
    afterCutback = week.cutback;
    const runs = week.workouts.filter((w) => w.type !== 'race' && w.type !== 'rest');
    const sum = runs.reduce((s, w) => s + km(w), 0);
    if (Math.abs(sum - week.targetKm) > eps) {
      out.push({
        code: 'WEEK_VOLUME',
        week: week.index,
        message: `workouts add up to ${r1(sum)} km, the week says ${week.targetKm} km`,
      });
    }
    const long = runs.find((w) => w.type === 'long');
    const longest = runs.reduce((m, w) => Math.max(m, km(w)), 0);
    if (long) {
      const shareCap = Math.max(shareCapFraction * week.targetKm, EASY_MIN_KM);
      if (full && runs.length > 1 && km(long) > shareCap + eps) {
        out.push({
          code: 'LONG_RUN_SHARE',
          week: week.index,
          date: long.date,
          message: `long run ${km(long)} km > ${r1(shareCap)} km (share of week)`,
        });
      }
      if (longest > km(long) + eps) {
        out.push({
          code: 'LONG_RUN_LONGEST',
          week: week.index,
          date: long.date,
          message: 'another run is longer than the long run',
        });
      }
    }
    if (longest > longCap + eps) {
      out.push({
        code: 'LONG_RUN_MAX',
        week: week.index,
        message: `a ${r1(longest)} km run exceeds the ${r1(longCap)} km cap`,
      });
    }
    const quality = week.workouts.filter((w) => QUALITY_TYPES.has(w.type)).length;
    if (quality > QUALITY_MAX_PER_WEEK) {
      out.push({
        code: 'QUALITY_COUNT',
        week: week.index,
        message: `${quality} quality sessions > ${QUALITY_MAX_PER_WEEK}`,
      });
    }
  }
  checkTaper(plan, input, top || volumeReferenceKm(input), out);
}

/** Taper phases and volumes, measured back from race day in 7-day windows (Bosquet 2007). */
function checkTaper(plan: Plan, input: PlannerInput, top: number, out: Violation[]): void {
  const raceDay = toDayNumber(input.raceDate);
  const taperStart = raceDay - taperDays(input.goalDistanceKm);
  const n = plan.weeks.length;
  plan.weeks.forEach((week: Week, i) => {
    const start = parseIsoDate(week.startDate) ?? 0;
    const expected = i === n - 1 ? 'race' : start + 6 >= taperStart ? 'taper' : undefined;
    if (expected === undefined && (week.phase === 'taper' || week.phase === 'race')) {
      out.push({ code: 'TAPER', week: week.index, message: `unexpected ${week.phase} week` });
    }
    if (expected !== undefined && week.phase !== expected) {
      out.push({ code: 'TAPER', week: week.index, message: `week should be ${expected}, is ${week.phase}` });
    }
  });
  const windows = Math.ceil(taperDays(input.goalDistanceKm) / 7);
  const sums = new Array<number>(windows + 1).fill(0);
  const counts = new Array<number>(windows + 1).fill(0);
  for (const week of plan.weeks) {
    for (const w of week.workouts) {
      const day = parseIsoDate(w.date);
      if (day === undefined || w.type === 'race' || day >= raceDay) continue;
      const k = Math.ceil((raceDay - day) / 7);
      if (k <= windows && w.type !== 'rest') {
        sums[k]! += km(w);
        counts[k]!++;
      }
    }
  }
  for (let k = 1; k <= windows; k++) {
    // A partly tapered window (e.g. days 8–14 before a 10K, 9 taper days) allows its days' mean factor.
    const factor = taperWindowFactor(input.goalDistanceKm, k);
    // Runs already at the 2 km minimum cannot shrink further (one minimum run of slack).
    const max = Math.max(top * (factor + TAPER_TOLERANCE), counts[k]! * EASY_MIN_KM * 1.25) + EASY_MIN_KM;
    if (factor < 1 && sums[k]! > max + eps) {
      out.push({
        code: 'TAPER',
        message: `${r1(sums[k]!)} km in the ${ordinal(k)} 7 days before the race > ${r1(max)} km`,
      });
    }
  }
}

function ordinal(k: number): string {
  return k === 1 ? 'last' : k === 2 ? 'second-last' : 'third-last';
}

function checkWorkouts(plan: Plan, input: PlannerInput, out: Violation[]): void {
  const paces = planPaces(input, resolveVdot(input).vdot);
  const completeBeginner = isCompleteBeginner(input);
  let prevHard: number | undefined;
  for (const week of plan.weeks) {
    for (const w of week.workouts) {
      const day = parseIsoDate(w.date);
      if (HARD_TYPES.has(w.type) && day !== undefined) {
        if (prevHard === day - 1) {
          out.push({
            code: 'HARD_BACK_TO_BACK',
            week: week.index,
            date: w.date,
            message: 'hard day right after another hard day',
          });
        }
        prevHard = day;
      }
      if (completeBeginner && week.phase === 'base' && (w.type === 'intervals' || w.type === 'repetitions')) {
        out.push({
          code: 'BEGINNER_QUALITY',
          week: week.index,
          date: w.date,
          message: `${w.type} in base for a new runner`,
        });
      }
      const run = RUN_TYPES.has(w.type);
      if (run ? !(km(w) >= 1) : km(w) !== 0) {
        out.push({
          code: 'DISTANCE',
          week: week.index,
          date: w.date,
          message: `${w.type} with distance ${km(w)} km`,
        });
      }
      const zone = ZONE_OF_TYPE[w.type];
      if (w.pace?.zone !== zone) {
        out.push({
          code: 'PACE_ZONE',
          week: week.index,
          date: w.date,
          message: `${w.type} needs zone ${zone ?? 'none'}`,
        });
        continue;
      }
      if (!zone || !w.pace) continue;
      const b = paces[zone];
      if (
        w.pace.fast < b.fast - PACE_TOLERANCE_SEC ||
        w.pace.slow > b.slow + PACE_TOLERANCE_SEC ||
        w.pace.fast > w.pace.slow
      ) {
        out.push({
          code: 'PACE_BOUNDS',
          week: week.index,
          date: w.date,
          message: `${zone} pace outside ${b.fast}–${b.slow} s/km`,
        });
      }
    }
  }
}
