import {
  buildPlan,
  checkPlan,
  escapeHtml,
  formatDistance,
  formatDuration,
  formatPaceRange,
  formatShortDate,
  fromDayNumber,
  type Plan,
  type PlannerInput,
  plannerInputSchema,
  renderPlanSummary,
  renderWeek,
  renderWorkout,
  toDayNumber,
  type Units,
  type Violation,
} from '../planner/index.js';
import { goalLabelFor, type RunnerProfile, toPlannerInput } from '../profile/index.js';
import type { CoachIntent } from './intents.js';
import { lightenDays, moveWorkout, PlanEditError, plannedKm } from './plan-edits.js';
import type { ProposalPayload } from './proposal-schema.js';
import * as T from './texts.js';
import { type Tolerance, vetRevision } from './vet-plan.js';

/** A stored workout of the runner (from the plan's tracking rows). */
export interface TrackedDay {
  readonly id: number;
  readonly date: string;
  readonly type: string;
  readonly title: string;
  readonly status: string;
}

/** Everything the pure coach needs to answer: no I/O happens past this point. */
export interface CoachContext {
  readonly today: string;
  readonly profile: RunnerProfile;
  readonly active?: { readonly planId: number; readonly plan: Plan; readonly input: PlannerInput };
  /** The runner's stored workouts from a week ago on. */
  readonly workouts: readonly TrackedDay[];
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
const day = (iso: string) => formatShortDate(iso);

/**
 * Computes the answer or proposal for an intent against the current plan. Pure and deterministic.
 *
 * @example
 * computeReply({ tool: 'report_pain', args: { area: 'knee', severity: 'moderate' } }, ctx);
 * // { kind: 'proposal', text: '…', payload: { kind: 'revision', … } }
 */
export function computeReply(intent: CoachIntent, ctx: CoachContext): CoachOutcome {
  const units = ctx.profile.units;
  switch (intent.tool) {
    case 'log_run': {
      const { date, distanceKm, durationMin, rpe } = intent.args;
      if (date > ctx.today) return answer('That day is still ahead — log runs once you have done them.');
      if (toDayNumber(ctx.today) - toDayNumber(date) > 60)
        return answer('I can only log runs from the last 60 days.');
      const durationSec = durationMin === undefined ? undefined : Math.round(durationMin * 60);
      if (distanceKm && durationSec && (durationSec / distanceKm < 140 || durationSec / distanceKm > 1200))
        return answer('That pace is not humanly possible — please check the distance and the time.');
      const what = [
        distanceKm ? formatDistance(distanceKm, units) : '',
        durationSec ? `in ${formatDuration(durationSec)}` : '',
        rpe ? `(effort ${rpe}/10)` : '',
      ].filter(Boolean);
      return {
        kind: 'proposal',
        text: `📝 Log a run of <b>${escapeHtml(what.join(' '))}</b> on ${day(date)}?`,
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
      if (!ctx.active) return answer(T.NO_PLAN);
      const target = intent.args.week === 'next' ? fromDayNumber(toDayNumber(ctx.today) + 7) : ctx.today;
      const week = ctx.active.plan.weeks.find((w) => w.startDate <= target && target <= w.endDate);
      return answer(week ? renderWeek(week, { units, html: true }) : 'That week is outside your plan.');
    }
    case 'explain_workout':
      return explain(intent.args, ctx);
    case 'skip_workout': {
      const open = ctx.workouts.find(
        (w) => w.date === intent.args.date && w.status === 'planned' && w.type !== 'race',
      );
      if (!open) return answer(T.refused('skip it', [T.EDIT_REASONS['no-workout'](day(intent.args.date))]));
      if (open.date < ctx.today) return answer(T.refused('skip it', [T.EDIT_REASONS.past(day(open.date))]));
      return {
        kind: 'proposal',
        text: `⏭️ Skip <b>${escapeHtml(open.title)}</b> on ${day(open.date)}? The rest of the plan stays as it is.`,
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
        return answer(
          T.refused('pause over race day', ['your race falls in that stretch — change the goal instead']),
        );
      if (open.length === 0)
        return answer(`There are no open workouts from ${day(from)} to ${day(to)} — nothing to pause.`);
      return {
        kind: 'proposal',
        text: [
          `⏸️ Pause from ${day(from)} to ${day(to)}: skip these ${open.length} workouts?`,
          ...open.map((w) => `• ${day(w.date)} — ${escapeHtml(w.title)}`),
          intent.args.days >= 10
            ? 'After more than a week off, come back gently: tell me “reduce this week” or rebuild with /plan.'
            : 'When you are back, your plan continues as planned.',
        ].join('\n'),
        payload: { kind: 'cancel', workoutIds: open.map((w) => w.id), reason: 'other' },
      };
    }
    case 'move_workout':
      return revise(
        ctx,
        'move that run',
        (plan) => moveWorkout(plan, intent.args.from, intent.args.to, ctx.today),
        (active) => {
          const w = active.weeks
            .flatMap((x) => x.workouts)
            .find((x) => x.date === intent.args.from && x.type !== 'rest');
          return `🔀 Move <b>${escapeHtml(w?.title ?? 'the run')}</b> from ${day(intent.args.from)} to ${day(intent.args.to)}?`;
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
      if (ctx.active && !week) return answer('That week is outside your plan.');
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
          note: `Reduced ${intent.args.percent} % on request.`,
        },
        '🪶 A lighter week',
        undefined,
      );
    }
    case 'report_pain': {
      const factor = intent.args.severity === 'mild' ? 0.7 : 0.5;
      const to = fromDayNumber(toDayNumber(ctx.today) + 6);
      return lighten(
        ctx,
        { from: ctx.today, to, factor, easyOnly: true, note: `Lighter because of ${intent.args.area} pain.` },
        `🩹 Sorry about your ${escapeHtml(intent.args.area)}. Here is a lighter next 7 days: easy runs only, ${Math.round((1 - factor) * 100)} % shorter`,
        T.PAIN_ADVICE(intent.args.area),
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
  if (!ctx.active) return answer(advice ? `${advice}\n\n${T.NO_PLAN}` : T.NO_PLAN);
  const closed = new Set(ctx.workouts.filter((w) => w.status !== 'planned').map((w) => w.date));
  const units = ctx.profile.units;
  return revise(
    ctx,
    'lighten those days',
    (plan) => lightenDays(plan, { ...l, units, closed }),
    (current, next) => {
      const before = plannedKm(current, l.from, l.to);
      const after = plannedKm(next, l.from, l.to);
      const changed = next.weeks
        .flatMap((w) => w.workouts)
        .filter((w) => w.date >= l.from && w.date <= l.to && w.notes === l.note);
      return [
        `${heading} (${day(l.from)} – ${day(l.to)}): ${formatDistance(before, units)} → <b>${formatDistance(after, units)}</b>.`,
        ...changed.map(
          (w) => `• ${day(w.date)} — ${escapeHtml(w.title)}, ${formatDistance(w.distanceKm ?? 0, units)}`,
        ),
        ...(advice ? ['', advice] : []),
      ].join('\n');
    },
    // A shorter long run makes the next normal one look like a jump: that is the plan resuming.
    [{ code: 'LONG_RUN_PROGRESSION', afterWeek: weekIndexOf(ctx.active.plan, l.from) }],
    undefined,
    advice,
  );
}

function weekIndexOf(plan: Plan, date: string): number {
  return plan.weeks.find((w) => w.startDate <= date && date <= w.endDate)?.index ?? 0;
}

function revise(
  ctx: CoachContext,
  what: string,
  edit: (plan: Plan) => Plan,
  describe: (current: Plan, next: Plan) => string,
  tolerances: readonly Tolerance[],
  blocked?: (workouts: readonly TrackedDay[]) => TrackedDay | undefined,
  advice?: string,
): CoachOutcome {
  if (!ctx.active) return answer(T.NO_PLAN);
  const closed = blocked?.(ctx.workouts);
  if (closed)
    return answer(
      T.refused(what, [`that workout is already ${closed.status === 'done' ? 'done' : closed.status}`]),
    );
  let next: Plan;
  try {
    next = edit(ctx.active.plan);
  } catch (err) {
    if (!(err instanceof PlanEditError)) throw err;
    return answer(T.refused(what, [T.EDIT_REASONS[err.reason](day(err.date))]));
  }
  if (JSON.stringify(next) === JSON.stringify(ctx.active.plan))
    return answer(
      advice
        ? `${advice}\n\nThere is nothing left to lighten in those days.`
        : 'That changes nothing in your plan.',
    );
  const broken = vetRevision(ctx.active.plan, next, ctx.active.input, tolerances);
  if (broken.length > 0) return answer(T.refused(what, reasons(broken)));
  return {
    kind: 'proposal',
    text: [describe(ctx.active.plan, next), '', T.PROPOSAL_FOOTER].join('\n'),
    payload: { kind: 'revision', basePlanId: ctx.active.planId, fromDate: ctx.today, plan: next },
  };
}

function reasons(violations: readonly Violation[]): string[] {
  return violations.slice(0, 3).map((v) => T.RULE_REASONS[v.code] ?? escapeHtml(v.message));
}

function explain(args: { date?: string; type?: string }, ctx: CoachContext): CoachOutcome {
  const units = ctx.profile.units;
  const all = ctx.active?.plan.weeks.flatMap((w) => w.workouts).filter((w) => w.type !== 'rest') ?? [];
  const w = args.date
    ? all.find((x) => x.date === args.date)
    : all.find((x) => x.date >= ctx.today && (!args.type || x.type === args.type));
  if (args.date && !w) return answer(`There is no workout on ${day(args.date)} — a rest day.`);
  const type = w?.type ?? args.type;
  const lines: string[] = [];
  if (w) lines.push(renderWorkout(w, { units, html: true }), '');
  // A planned workout carries its own description; a type alone gets the general explanation.
  if (type && !w) lines.push(escapeHtml(T.ZONE_EXPLANATIONS[type] ?? ''));
  const zone = {
    easy: 'E',
    long: 'E',
    recovery: 'recovery',
    tempo: 'T',
    intervals: 'I',
    repetitions: 'R',
    'race-pace': 'race',
    race: 'race',
  }[type ?? ''] as keyof Plan['paces'] | undefined;
  if (zone && ctx.active)
    lines.push(
      `Your pace for it: <b>${escapeHtml(formatPaceRange(ctx.active.plan.paces[zone], units))}</b>.`,
    );
  if (lines.length === 0)
    return answer(
      ctx.active ? "Which workout? Try “explain tomorrow's run” or “how fast is my tempo?”." : T.NO_PLAN,
    );
  return answer(lines.join('\n').trim());
}

function changeGoal(args: { distanceKm?: number; raceDate?: string }, ctx: CoachContext): CoachOutcome {
  const units: Units = ctx.profile.units;
  const profile: RunnerProfile = {
    ...ctx.profile,
    ...(args.distanceKm
      ? { goalDistanceKm: args.distanceKm, goalLabel: goalLabelFor(args.distanceKm, units) }
      : {}),
    ...(args.raceDate ? { raceDate: args.raceDate } : {}),
  };
  const preview = previewGoalPlan(profile, ctx.today);
  if (!preview.ok) return answer(T.refused('change the goal like that', [preview.reason]));
  return {
    kind: 'proposal',
    text: [
      `🎯 New goal: <b>${escapeHtml(profile.goalLabel)}</b> on ${day(profile.raceDate)}. Your plan would be rebuilt from today:`,
      '',
      renderPlanSummary(preview.plan, { units, html: true }),
      '',
      'Done workouts stay in your history. Nothing changes until you press <b>Apply</b>.',
    ].join('\n'),
    payload: {
      kind: 'goal',
      ...(args.distanceKm ? { distanceKm: args.distanceKm } : {}),
      ...(args.raceDate ? { raceDate: args.raceDate } : {}),
    },
  };
}

/**
 * The plan a profile would get today, checked by the rule checker — the goal change's feasibility gate
 * until the planner has its own (a race too close or too far, or a plan that breaks a rule, is refused).
 *
 * @example
 * previewGoalPlan({ ...profile, raceDate: '2027-09-01' }, '2027-03-03'); // { ok: true, plan, input }
 */
export function previewGoalPlan(
  profile: RunnerProfile,
  today: string,
): { ok: true; plan: Plan; input: PlannerInput } | { ok: false; reason: string } {
  const parsed = plannerInputSchema.safeParse(toPlannerInput(profile, today));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason:
        issue?.path[0] === 'raceDate'
          ? `the race date must be after today and within two years`
          : (issue?.message ?? 'the goal is not valid'),
    };
  }
  const days = toDayNumber(profile.raceDate) - toDayNumber(today);
  if (days < 14)
    return { ok: false, reason: 'the race is less than two weeks away — too soon to build towards it' };
  const plan = buildPlan(parsed.data);
  const broken = checkPlan(plan, parsed.data);
  if (broken.length > 0) return { ok: false, reason: reasons(broken).join('; ') };
  return { ok: true, plan, input: parsed.data };
}
