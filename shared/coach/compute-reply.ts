import { type Locale, t, translator } from '../i18n/index.js';
import {
  escapeHtml,
  formatDuration,
  formatPaceRange,
  fromDayNumber,
  type Plan,
  type PlannerInput,
  type RunEntry,
  renderPlanSummary,
  renderWeek,
  renderWorkout,
  storedTitle,
  toDayNumber,
  type Units,
  type WorkoutType,
  workoutTitle,
  ZONE_OF_TYPE,
} from '../planner/index.js';
import { renderRebuildPreview } from '../plans/render-rebuild-preview.js';
import { goalLabelFor, type RunnerProfile } from '../profile/index.js';
import type { CoachIntent } from './intents.js';
import { lightenDays, moveWorkout, PlanEditError, plannedKm } from './plan-edits.js';
import { previewGoalPlan } from './preview-goal-plan.js';
import type { ProposalPayload } from './proposal-schema.js';
import * as T from './texts.js';
import { type Tolerance, vetRevision } from './vet-plan.js';

/** A stored workout of the runner (from the plan's tracking rows). */
export interface TrackedDay {
  readonly id: number;
  readonly date: string;
  readonly type: string;
  readonly title: string;
  /** The title's catalog descriptor (unchecked JSON: rendered with `storedTitle`). */
  readonly titleText?: unknown;
  readonly status: string;
}

/** Everything the pure coach needs to answer: no I/O happens past this point. */
export interface CoachContext {
  readonly today: string;
  readonly profile: RunnerProfile;
  readonly active?: { readonly planId: number; readonly plan: Plan; readonly input: PlannerInput };
  /** The runner's stored workouts from a week ago on. */
  readonly workouts: readonly TrackedDay[];
  /** The runs really done lately (`loadPlannerHistory`): a new goal is gated against them. Default: none. */
  readonly history?: readonly RunEntry[];
  /** The runner's language for every text of the answer (English when absent). */
  readonly locale?: Locale;
}

/**
 * The coach's answer to one understood request: plain text, or a proposal (text plus what Apply would
 * write). Proposals are vetted by the rule checker here; a change that breaks a rule is answered with
 * the reason instead.
 * @example const o: CoachOutcome = { kind: 'answer', text: 'Okay.' };
 */
export type CoachOutcome =
  | { kind: 'answer'; text: string }
  | { kind: 'proposal'; text: string; payload: ProposalPayload };

const answer = (text: string): CoachOutcome => ({ kind: 'answer', text });

/**
 * Computes the answer or proposal for an intent against the current plan. Pure and deterministic.
 *
 * @example
 * computeReply({ tool: 'report_pain', args: { area: 'knee', severity: 'moderate' } }, ctx);
 * // { kind: 'proposal', text: '…', payload: { kind: 'revision', … } }
 */
export function computeReply(intent: CoachIntent, ctx: CoachContext): CoachOutcome {
  const units = ctx.profile.units;
  const locale = ctx.locale ?? 'en';
  const day = (iso: string) => T.coachDay(locale, iso);
  const tr = (id: string, args?: Parameters<typeof t>[2]) => t(locale, id, args);
  const lang = translator(locale);
  switch (intent.tool) {
    case 'log_run': {
      const { date, distanceKm, durationMin, rpe } = intent.args;
      if (date > ctx.today) return answer(tr('coach-log-future'));
      if (toDayNumber(ctx.today) - toDayNumber(date) > 60) return answer(tr('coach-log-too-old'));
      const durationSec = durationMin === undefined ? undefined : Math.round(durationMin * 60);
      if (distanceKm && durationSec && (durationSec / distanceKm < 140 || durationSec / distanceKm > 1200))
        return answer(tr('coach-log-impossible-pace'));
      const what = [
        distanceKm ? T.coachDistance(locale, distanceKm, units) : '',
        durationSec ? tr('coach-log-in', { duration: formatDuration(durationSec) }) : '',
        rpe ? tr('coach-log-effort', { rpe }) : '',
      ].filter(Boolean);
      return {
        kind: 'proposal',
        text: tr('coach-log-proposal', { what: escapeHtml(what.join(' ')), day: day(date) }),
        payload: {
          kind: 'log',
          run: {
            date,
            ...(distanceKm ? { distanceKm } : {}),
            ...(durationSec ? { durationSec } : {}),
            ...(rpe ? { rpe } : {}),
          },
        },
      };
    }
    case 'show_week': {
      if (!ctx.active) return answer(tr('coach-no-plan'));
      const target = intent.args.week === 'next' ? fromDayNumber(toDayNumber(ctx.today) + 7) : ctx.today;
      const week = ctx.active.plan.weeks.find((w) => w.startDate <= target && target <= w.endDate);
      return answer(
        week ? renderWeek(week, { units, html: true, t: translator(locale) }) : tr('coach-week-outside'),
      );
    }
    case 'explain_workout':
      return explain(intent.args, ctx);
    case 'skip_workout': {
      const open = ctx.workouts.find(
        (w) => w.date === intent.args.date && w.status === 'planned' && w.type !== 'race',
      );
      if (!open)
        return answer(T.refused(locale, 'skip', [T.editReason(locale, 'no-workout', day(intent.args.date))]));
      if (open.date < ctx.today)
        return answer(T.refused(locale, 'skip', [T.editReason(locale, 'past', day(open.date))]));
      return {
        kind: 'proposal',
        text: tr('coach-skip-proposal', {
          title: escapeHtml(storedTitle(open, lang, units)),
          day: day(open.date),
        }),
        payload: { kind: 'cancel', workoutIds: [open.id], reason: intent.args.reason },
      };
    }
    case 'pause_plan': {
      // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers
      const from = intent.args.from < ctx.today ? ctx.today : intent.args.from;
      const to = fromDayNumber(toDayNumber(from) + intent.args.days - 1);
      const open = ctx.workouts.filter(
        (w) => w.date >= from && w.date <= to && w.status === 'planned' && w.type !== 'race',
      );
      if (ctx.workouts.some((w) => w.type === 'race' && w.date >= from && w.date <= to))
        return answer(T.refused(locale, 'pause', [tr('coach-pause-race')]));
      if (open.length === 0) return answer(tr('coach-pause-nothing', { from: day(from), to: day(to) }));
      return {
        kind: 'proposal',
        text: [
          tr('coach-pause-proposal', { from: day(from), to: day(to), count: open.length }),
          ...open.map((w) =>
            tr('coach-workout-line', { day: day(w.date), title: escapeHtml(storedTitle(w, lang, units)) }),
          ),
          tr(intent.args.days >= 10 ? 'coach-pause-long-break' : 'coach-pause-resume'),
        ].join('\n'),
        payload: { kind: 'cancel', workoutIds: open.map((w) => w.id), reason: 'other' },
      };
    }
    case 'move_workout':
      return revise(
        ctx,
        'move',
        (plan) => moveWorkout(plan, intent.args.from, intent.args.to, ctx.today),
        (active) => {
          const w = active.weeks
            .flatMap((x) => x.workouts)
            .find((x) => x.date === intent.args.from && x.type !== 'rest');
          return tr('coach-move-proposal', {
            title: escapeHtml(w ? workoutTitle(w, lang, units) : tr('coach-the-run')),
            from: day(intent.args.from),
            to: day(intent.args.to),
          });
        },
        [
          // The runner chose the day: a day off their usual ones, or the long run off its usual day, is fine.
          { code: 'NON_TRAINING_DAY', date: intent.args.to },
          { code: 'LONG_RUN_DAY', date: intent.args.to, message: 'long run not on the long-run day' },
        ],
        (open) =>
          open.find((w) => w.date === intent.args.from && w.status !== 'planned' && w.type !== 'rest'),
      );
    case 'reduce_week': {
      const anchor = intent.args.week === 'next' ? fromDayNumber(toDayNumber(ctx.today) + 7) : ctx.today;
      const week = ctx.active?.plan.weeks.find((w) => w.startDate <= anchor && anchor <= w.endDate);
      if (ctx.active && !week) return answer(tr('coach-week-outside'));
      const from = week && week.startDate > ctx.today ? week.startDate : ctx.today;
      const to = week?.endDate ?? ctx.today;
      const factor = 1 - intent.args.percent / 100;
      return lighten(
        ctx,
        {
          from,
          to,
          factor,
          easyOnly: intent.args.percent >= 40,
          note: tr('coach-reduce-note', { percent: intent.args.percent }),
        },
        tr('coach-reduce-heading'),
        undefined,
      );
    }
    case 'report_pain': {
      const factor = intent.args.severity === 'mild' ? 0.7 : 0.5;
      const to = fromDayNumber(toDayNumber(ctx.today) + 6);
      return lighten(
        ctx,
        {
          from: ctx.today,
          to,
          factor,
          easyOnly: true,
          note: tr('coach-pain-note', { area: intent.args.area }),
        },
        tr('coach-pain-heading', {
          area: escapeHtml(intent.args.area),
          percent: Math.round((1 - factor) * 100),
        }),
        T.PAIN_ADVICE(locale, intent.args.area),
      );
    }
    case 'change_goal':
      return changeGoal(intent.args, ctx);
  }
}

function lighten(
  ctx: CoachContext,
  l: { from: string; to: string; factor: number; easyOnly: boolean; note: string },
  heading: string,
  advice: string | undefined,
): CoachOutcome {
  const locale = ctx.locale ?? 'en';
  const noPlan = t(locale, 'coach-no-plan');
  if (!ctx.active) return answer(advice ? `${advice}\n\n${noPlan}` : noPlan);
  const closed = new Set(ctx.workouts.filter((w) => w.status !== 'planned').map((w) => w.date));
  const units = ctx.profile.units;
  const day = (iso: string) => T.coachDay(locale, iso);
  const distance = (km: number) => T.coachDistance(locale, km, units);
  return revise(
    ctx,
    'lighten',
    (plan) => lightenDays(plan, { ...l, units, closed }),
    (current, next) => {
      const before = plannedKm(current, l.from, l.to);
      const after = plannedKm(next, l.from, l.to);
      const changed = next.weeks
        .flatMap((w) => w.workouts)
        .filter((w) => w.date >= l.from && w.date <= l.to && w.notes === l.note);
      return [
        t(locale, 'coach-lighten-summary', {
          heading,
          from: day(l.from),
          to: day(l.to),
          before: distance(before),
          after: distance(after),
        }),
        ...changed.map((w) =>
          t(locale, 'coach-lighten-line', {
            day: day(w.date),
            title: escapeHtml(workoutTitle(w, translator(locale), units)),
            distance: distance(w.distanceKm ?? 0),
          }),
        ),
        ...(advice ? ['', advice] : []),
      ].join('\n');
    },
    // A shorter long run makes the next normal one look like a spike: that is the plan resuming at its pre-cutback level (the same allowance the checker gives a cutback week).
    [
      { code: 'SPIKE', afterWeek: weekIndexOf(ctx.active.plan, l.from) },
      // Runs only get shorter: a lighter week schedules less than its target, never more.
      ...lightenedWeeks(ctx.active.plan, l.from, l.to).map((week) => ({
        code: 'WEEK_VOLUME' as const,
        week,
      })),
    ],
    undefined,
    advice,
  );
}

function lightenedWeeks(plan: Plan, from: string, to: string): number[] {
  return plan.weeks.filter((w) => w.endDate >= from && w.startDate <= to).map((w) => w.index);
}

function weekIndexOf(plan: Plan, date: string): number {
  return plan.weeks.find((w) => w.startDate <= date && date <= w.endDate)?.index ?? 0;
}

function revise(
  ctx: CoachContext,
  what: T.RefusedAction,
  edit: (plan: Plan) => Plan,
  describe: (current: Plan, next: Plan) => string,
  tolerances: readonly Tolerance[],
  blocked?: (workouts: readonly TrackedDay[]) => TrackedDay | undefined,
  advice?: string,
): CoachOutcome {
  const locale = ctx.locale ?? 'en';
  if (!ctx.active) return answer(t(locale, 'coach-no-plan'));
  const closed = blocked?.(ctx.workouts);
  if (closed)
    return answer(T.refused(locale, what, [t(locale, 'coach-closed-workout', { status: closed.status })]));
  let next: Plan;
  try {
    next = edit(ctx.active.plan);
  } catch (err) {
    if (!(err instanceof PlanEditError)) throw err;
    return answer(T.refused(locale, what, [T.editReason(locale, err.reason, T.coachDay(locale, err.date))]));
  }
  if (JSON.stringify(next) === JSON.stringify(ctx.active.plan))
    return answer(
      advice ? `${advice}\n\n${t(locale, 'coach-nothing-to-lighten')}` : t(locale, 'coach-no-change'),
    );
  const broken = vetRevision(ctx.active.plan, next, ctx.active.input, tolerances);
  if (broken.length > 0) return answer(T.refused(locale, what, T.ruleReasons(locale, broken)));
  return {
    kind: 'proposal',
    text: [describe(ctx.active.plan, next), '', t(locale, 'coach-proposal-footer')].join('\n'),
    payload: { kind: 'revision', basePlanId: ctx.active.planId, fromDate: ctx.today, plan: next },
  };
}

function explain(args: { date?: string; type?: string }, ctx: CoachContext): CoachOutcome {
  const units = ctx.profile.units;
  const locale = ctx.locale ?? 'en';
  const all = ctx.active?.plan.weeks.flatMap((w) => w.workouts).filter((w) => w.type !== 'rest') ?? [];
  const w = args.date
    ? all.find((x) => x.date === args.date)
    : all.find((x) => x.date >= ctx.today && (!args.type || x.type === args.type));
  if (args.date && !w) return answer(t(locale, 'coach-rest-day', { day: T.coachDay(locale, args.date) }));
  const type = w?.type ?? args.type;
  const lines: string[] = [];
  if (w) lines.push(renderWorkout(w, { units, html: true, t: translator(locale) }), '');
  // A planned workout carries its own description; a type alone gets the general explanation.
  if (type && !w) lines.push(escapeHtml(T.zoneExplanation(locale, type)));
  const zone = (type ? ZONE_OF_TYPE[type as WorkoutType] : undefined) as keyof Plan['paces'] | undefined;
  if (zone && ctx.active)
    lines.push(
      t(locale, 'coach-your-pace', {
        pace: escapeHtml(formatPaceRange(ctx.active.plan.paces[zone], units)),
      }),
    );
  if (lines.length === 0) return answer(t(locale, ctx.active ? 'coach-which-workout' : 'coach-no-plan'));
  return answer(lines.join('\n').trim());
}

function changeGoal(args: { distanceKm?: number; raceDate?: string }, ctx: CoachContext): CoachOutcome {
  const units: Units = ctx.profile.units;
  const locale = ctx.locale ?? 'en';
  const profile: RunnerProfile = {
    ...ctx.profile,
    ...(args.distanceKm
      ? { goalDistanceKm: args.distanceKm, goalLabel: goalLabelFor(args.distanceKm, units) }
      : {}),
    ...(args.raceDate ? { raceDate: args.raceDate } : {}),
  };
  const preview = previewGoalPlan(profile, ctx.today, locale, { history: ctx.history ?? [] });
  if (!preview.ok) return answer(T.refused(locale, 'goal', [preview.reason]));
  return {
    kind: 'proposal',
    text: [
      t(locale, 'coach-goal-proposal', {
        goal: escapeHtml(profile.goalLabel),
        day: T.coachDay(locale, profile.raceDate),
      }),
      '',
      // Against a current plan: what the rebuild would change (as /plan's Rebuild shows it); else the new plan.
      ctx.active
        ? renderRebuildPreview(locale, ctx.active.plan, preview.plan, units, ctx.today).text
        : renderPlanSummary(preview.plan, { units, html: true, t: translator(locale) }),
      '',
      t(locale, 'coach-goal-footer'),
    ].join('\n'),
    payload: {
      kind: 'goal',
      ...(args.distanceKm ? { distanceKm: args.distanceKm } : {}),
      ...(args.raceDate ? { raceDate: args.raceDate } : {}),
    },
  };
}
