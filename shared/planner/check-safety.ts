/**
 * The checker's safety rules beyond volumes and calendar: the single-run spike rule (Frandsen, Nielsen et al.
 * 2025), Daniels' per-session caps, masters' hard days, novices' run days, a rest day every week, recovery runs
 * that stay short, and no predicted time where none is honest (ultras, "finish comfortably").
 */
import type { Violation } from './check-plan.js';
import { sessionWorkCapKm } from './daniels-caps.js';
import { isoWeekday, parseIsoDate, toDayNumber } from './dates.js';
import { HARD_TYPES, type Plan, QUALITY_TYPES, type Workout } from './plan-schema.js';
import type { PlannerInput } from './planner-input.js';
import {
  NOVICE_FROM_ZERO_KM,
  NOVICE_MAX_RUN_DAYS,
  SENIOR_AGE,
  SENIOR_MAX_HARD_DAYS,
  SENIOR_MIN_HARD_GAP,
  VOLUME_EPSILON_KM,
} from './rules.js';
import { SpikeWindow, startLongestKm } from './spike-rule.js';
import { isUltra } from './ultra.js';

const eps = VOLUME_EPSILON_KM;
const km = (w: Workout) => w.distanceKm ?? 0;
const r1 = (x: number) => Math.round(x * 10) / 10;
const isRun = (w: Workout) => w.type !== 'rest';

/**
 * Appends the safety rules' violations for `plan` to `out` (called by `checkPlan`).
 * @example const out: Violation[] = []; checkSafety(plan, input, out); out // []
 */
export function checkSafety(plan: Plan, input: PlannerInput, out: Violation[]): void {
  const today = toDayNumber(input.today);
  const spike = new SpikeWindow(today, startLongestKm(input));
  const senior = input.age >= SENIOR_AGE;
  const novice = input.experience === 'beginner' && input.weeklyVolumeKm < NOVICE_FROM_ZERO_KM;
  const fewDays = input.trainingDays.length <= 3;
  let prevHard: number | undefined;
  if (plan.prediction && (isUltra(input.goalDistanceKm) || input.goalMode === 'finish')) {
    out.push({
      code: 'NO_PREDICTION',
      message: 'a finish time is predicted where no honest prediction exists',
    });
  }
  for (const week of plan.weeks) {
    const start = parseIsoDate(week.startDate);
    const runs = week.workouts.filter(isRun);
    const weekKm = week.targetKm;
    let hardDays = 0;
    const easyMax = runs.filter((w) => w.type === 'easy').reduce((m, w) => Math.max(m, km(w)), -1);
    for (const w of runs) {
      const day = parseIsoDate(w.date);
      if (day === undefined) continue;
      if (w.type !== 'race') {
        const cap = spike.capKm(day);
        if (km(w) > cap + eps) {
          out.push({
            code: 'SPIKE',
            week: week.index,
            date: w.date,
            message: `${km(w)} km > 110 % of the longest run of the last 30 days (${r1(cap)} km allowed)`,
          });
        }
        spike.add(day, km(w));
      }
      checkCaps(w, week.index, weekKm, input, out);
      if (w.type === 'recovery' && (fewDays || km(w) > easyMax + eps)) {
        out.push({
          code: 'RECOVERY_LENGTH',
          week: week.index,
          date: w.date,
          message: fewDays
            ? 'a 2–3-day week has quality, easy and long runs, no recovery run'
            : `recovery run ${km(w)} km is longer than the week's easy runs`,
        });
      }
      if (HARD_TYPES.has(w.type)) {
        hardDays++;
        if (senior && prevHard !== undefined && day - prevHard < SENIOR_MIN_HARD_GAP) {
          out.push({
            code: 'SENIOR_HARD_DAYS',
            week: week.index,
            date: w.date,
            message: 'runners 60+ need two easy days between hard days',
          });
        }
        prevHard = day;
      }
    }
    if (senior && hardDays > SENIOR_MAX_HARD_DAYS) {
      out.push({
        code: 'SENIOR_HARD_DAYS',
        week: week.index,
        message: `${hardDays} hard days (60+: at most 2)`,
      });
    }
    if (novice && runs.length > NOVICE_MAX_RUN_DAYS) {
      out.push({
        code: 'NOVICE_RUN_DAYS',
        week: week.index,
        message: `${runs.length} run days for a runner starting from zero (at most ${NOVICE_MAX_RUN_DAYS})`,
      });
    }
    if (start !== undefined && start > today) {
      const runDays = new Set(runs.map((w) => isoWeekday(parseIsoDate(w.date) ?? 0)));
      if (runDays.size >= 7)
        out.push({ code: 'REST_DAY', week: week.index, message: 'no rest day this week' });
    }
  }
}

/** Daniels' caps on one workout's work km (quality types must say how much work they hold). */
function checkCaps(w: Workout, week: number, weekKm: number, input: PlannerInput, out: Violation[]): void {
  const quality = QUALITY_TYPES.has(w.type);
  if (!quality && !(w.type === 'long' && w.work)) return;
  if (!w.work) {
    out.push({ code: 'DANIELS_CAP', week, date: w.date, message: `${w.type} without its work volume` });
    return;
  }
  const cap = sessionWorkCapKm(w.type, weekKm, input.goalDistanceKm);
  if (w.work.km > cap + eps) {
    out.push({
      code: 'DANIELS_CAP',
      week,
      date: w.date,
      message: `${w.work.km} km at ${w.work.zone} pace > ${r1(cap)} km (Daniels' cap for a ${weekKm} km week)`,
    });
  }
  if (w.work.km > km(w) + eps) {
    out.push({ code: 'DANIELS_CAP', week, date: w.date, message: 'more work than the workout distance' });
  }
  if ((isUltra(input.goalDistanceKm) || input.goalMode === 'finish') && w.type === 'race-pace') {
    out.push({ code: 'DANIELS_CAP', week, date: w.date, message: 'race-pace work without a time goal' });
  }
}
