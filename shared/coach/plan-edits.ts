import {
  formatDistance,
  isoWeekday,
  type Plan,
  QUALITY_TYPES,
  msg as textMsg,
  toDayNumber,
  type Units,
  type Workout,
  type WorkoutTexts,
} from '../planner/index.js';

/** Why a plan edit could not even be tried (the rule checker judges the rest). */
export class PlanEditError extends Error {
  override readonly name = 'PlanEditError';
  constructor(
    readonly reason: 'no-workout' | 'past' | 'race' | 'outside-plan' | 'same-day',
    readonly date: string,
  ) {
    super(`cannot edit the plan on ${date}: ${reason}`);
  }
}

/**
 * The plan with the workout of `from` moved to `to` (into the week that holds `to`, dates kept sorted).
 * Pure; throws {@link PlanEditError} when there is nothing to move or the target is outside the plan.
 *
 * @example
 * const moved = moveWorkout(plan, '2027-03-06', '2027-03-07', '2027-03-03');
 */
export function moveWorkout(plan: Plan, from: string, to: string, today: string): Plan {
  if (from === to) throw new PlanEditError('same-day', to);
  if (from < today) throw new PlanEditError('past', from);
  if (to < today) throw new PlanEditError('past', to);
  const source = plan.weeks.find((w) => w.workouts.some((x) => x.date === from && x.type !== 'rest'));
  const workout = source?.workouts.find((x) => x.date === from && x.type !== 'rest');
  if (!source || !workout) throw new PlanEditError('no-workout', from);
  if (workout.type === 'race') throw new PlanEditError('race', from);
  const target = plan.weeks.find((w) => w.startDate <= to && to <= w.endDate);
  if (!target) throw new PlanEditError('outside-plan', to);
  const moved: Workout = { ...workout, date: to, weekday: isoWeekday(toDayNumber(to)) };
  return {
    ...plan,
    weeks: plan.weeks.map((week) => {
      let workouts = week.workouts;
      if (week === source) workouts = workouts.filter((x) => x !== workout);
      if (week === target) workouts = [...workouts, moved].sort((a, b) => a.date.localeCompare(b.date));
      return workouts === week.workouts ? week : { ...week, workouts };
    }),
  };
}

/** How a stretch of days is lightened. */
export interface Lightening {
  /** First and last day (inclusive) whose workouts change; never before today. */
  readonly from: string;
  readonly to: string;
  /** Distance factor, 0.3–0.9. */
  readonly factor: number;
  /** Quality sessions become easy runs (after pain, or on a big cut). */
  readonly easyOnly: boolean;
  readonly units: Units;
  /** Dates whose workout is already done or cancelled: left as they are. */
  readonly closed?: ReadonlySet<string>;
  readonly note: string;
}

const MIN_RUN_KM = 2;
const MIN_LONG_KM = 3;
const roundHalf = (km: number) => Math.round(km * 2) / 2;

/**
 * The plan with every run between `from` and `to` shortened by `factor` (races untouched; quality
 * sessions turned into easy runs with `easyOnly`). Week targets stay: they are caps (runs only get
 * shorter, so a changed week schedules less than its target, which `vetRevision` is told to accept),
 * and lowering one would make the sessions kept look over Daniels' share of the week. Pure.
 *
 * @example
 * const lighter = lightenDays(plan, { from: '2027-03-03', to: '2027-03-09', factor: 0.5, easyOnly: true, units: 'km', note: 'Lighter after knee pain.' });
 */
export function lightenDays(plan: Plan, l: Lightening): Plan {
  const easy = plan.paces.E;
  return {
    ...plan,
    weeks: plan.weeks.map((week) => {
      if (week.endDate < l.from || week.startDate > l.to) return week;
      const changed = week.workouts.map((w) => {
        if (w.date < l.from || w.date > l.to || w.type === 'race' || w.type === 'rest') return w;
        if (l.closed?.has(w.date) || !w.distanceKm) return w;
        const toEasy = l.easyOnly && QUALITY_TYPES.has(w.type);
        const cut = QUALITY_TYPES.has(w.type) && !toEasy ? w.distanceKm : w.distanceKm * l.factor;
        const km = Math.min(
          w.distanceKm,
          Math.max(w.type === 'long' ? MIN_LONG_KM : MIN_RUN_KM, roundHalf(cut)),
        );
        if (km === w.distanceKm && !toEasy) return w;
        const pace = toEasy || !w.pace ? { zone: 'E' as const, fast: easy.fast, slow: easy.slow } : w.pace;
        const secPerKm = (pace.fast + pace.slow) / 2;
        const dist = formatDistance(km, l.units);
        return {
          ...w,
          ...(toEasy ? { type: 'easy' as const, title: 'Easy run', work: undefined } : {}),
          distanceKm: km,
          durationMin: Math.round((km * secPerKm) / 60),
          pace,
          structure: QUALITY_TYPES.has(w.type) && !toEasy ? w.structure : { mainSet: `${dist} easy` },
          description: toEasy ? 'Easy and conversational — only if it feels fine.' : w.description,
          notes: l.note,
          texts: easedTexts(w, km, toEasy),
        };
      });
      // The long run stays the longest run of its week (rounding could tip an easy run over it).
      const long = changed.find((w) => w.type === 'long')?.distanceKm;
      const workouts =
        long === undefined
          ? changed
          : changed.map((w) =>
              w.type !== 'long' && w.type !== 'race' && (w.distanceKm ?? 0) > long
                ? { ...w, distanceKm: long }
                : w,
            );
      return { ...week, workouts };
    }),
  };
}

/**
 * The descriptors of an eased workout, matching the English fields set beside them: an easy run's title
 * and description when a quality session turns easy, the shortened main set whenever it is rewritten.
 * Without descriptors (an older plan, a model's text) none are invented: the English is shown.
 */
function easedTexts(w: Workout, km: number, toEasy: boolean): WorkoutTexts | undefined {
  if (!w.texts) return undefined;
  const structureKept = QUALITY_TYPES.has(w.type) && !toEasy;
  const { warmUp, coolDown, ...kept } = w.texts;
  return {
    ...(structureKept ? w.texts : kept),
    ...(toEasy ? { title: textMsg('planner-title-easy'), description: textMsg('planner-desc-eased') } : {}),
    ...(structureKept ? {} : { mainSet: textMsg('planner-km-easy', { km }) }),
  };
}

/**
 * Kilometres of runs (races excluded) between two dates, inclusive.
 * @example plannedKm(plan, '2027-03-01', '2027-03-07') // 32
 */
export function plannedKm(plan: Plan, from: string, to: string): number {
  return plan.weeks
    .flatMap((w) => w.workouts)
    .filter((w) => w.date >= from && w.date <= to && w.type !== 'race')
    .reduce((s, w) => s + (w.distanceKm ?? 0), 0);
}
