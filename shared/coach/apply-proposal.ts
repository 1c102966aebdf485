import type { TransactionSql } from '../db/index.js';
import { type Locale, t } from '../i18n/index.js';
import { toDayNumber } from '../planner/index.js';
import { saveActivePlan, saveRevisedPlan } from '../plans/index.js';
import { goalLabelFor } from '../profile/index.js';
import { cancelWorkout, loadOwnedWorkout, loadPlannerHistory, recordCompletion } from '../tracking/index.js';
import { lockProposal, type StoredProposal, setProposalStatus } from './coach-store.js';
import { previewGoalPlan } from './preview-goal-plan.js';
import { loadRunnerProfile, saveGoal } from './profile-access.js';
import { proposalPayloadSchema } from './proposal-schema.js';
import { refused } from './texts.js';

/** A proposal older than this is not applied: the plan and the runner's week have moved on. */
export const PROPOSAL_MAX_AGE_DAYS = 3;

/**
 * What pressing Apply (or saying "yes") did. `text` is the reply for the runner.
 * @example const o: ApplyOutcome = { kind: 'applied', text: '✅ Done — your plan is updated.' };
 */
export type ApplyOutcome = {
  kind: 'applied' | 'already' | 'not-found' | 'stale' | 'expired' | 'failed';
  text: string;
};

/**
 * Applies proposal `proposalId` of `userId` in the caller's transaction — the only place the coach
 * writes to the plan or the training log. Idempotent: the proposal row is locked and must still be
 * pending, so a second Apply (double tap, retried update) changes nothing. The reply is in `locale`
 * (English when absent).
 *
 * @example
 * const outcome = await applyProposal(ctx.tx, { userId, proposalId: 5, today: '2027-03-03', locale: 'ru' });
 */
export async function applyProposal(
  tx: TransactionSql,
  args: { userId: number; proposalId: number; today: string; now?: Date; locale?: Locale },
): Promise<ApplyOutcome> {
  const locale = args.locale ?? 'en';
  const p = await lockProposal(tx, args.userId, args.proposalId);
  if (!p) return { kind: 'not-found', text: t(locale, 'coach-not-yours') };
  return applyLocked(tx, p, args.today, args.now ?? new Date(), locale);
}

/**
 * Applies an already locked proposal (see {@link applyProposal}); used by "yes, do that".
 *
 * @example
 * const last = await lockLatestProposal(tx, userId); if (last) await applyLocked(tx, last, today, new Date(), 'en');
 */
export async function applyLocked(
  tx: TransactionSql,
  p: StoredProposal,
  today: string,
  now: Date,
  locale: Locale = 'en',
): Promise<ApplyOutcome> {
  const tr = (id: string) => t(locale, id);
  if (p.status !== 'pending') return { kind: 'already', text: tr('coach-already-decided') };
  if (now.getTime() - p.createdAt.getTime() > PROPOSAL_MAX_AGE_DAYS * 86_400_000) {
    await setProposalStatus(tx, p.id, 'expired');
    return { kind: 'expired', text: tr('coach-expired') };
  }
  const parsed = proposalPayloadSchema.safeParse(p.payload);
  if (!parsed.success) {
    await setProposalStatus(tx, p.id, 'failed', { error: 'unreadable payload' });
    return { kind: 'failed', text: tr('coach-thinking-failed') };
  }
  const payload = parsed.data;
  const done = async (result: object, text = tr('coach-applied')): Promise<ApplyOutcome> => {
    await setProposalStatus(tx, p.id, 'applied', result);
    return { kind: 'applied', text };
  };
  switch (payload.kind) {
    case 'revision': {
      const saved = await saveRevisedPlan(tx, {
        userId: p.userId,
        basePlanId: payload.basePlanId,
        plan: payload.plan,
        fromDate: payload.fromDate > today ? payload.fromDate : today,
        meta: { coachProposal: p.id },
      });
      if (saved.kind === 'stale') {
        await setProposalStatus(tx, p.id, 'stale', saved);
        return { kind: 'stale', text: tr('coach-stale') };
      }
      return done(saved, tr('coach-applied-see-plan'));
    }
    case 'cancel': {
      const outcomes: string[] = [];
      for (const workoutId of payload.workoutIds) {
        const w = await loadOwnedWorkout(tx, p.userId, workoutId);
        if (w?.status !== 'planned') {
          outcomes.push('unchanged');
          continue;
        }
        outcomes.push(
          await cancelWorkout(tx, {
            userId: p.userId,
            workoutId,
            reason: payload.reason,
            note: 'via the coach',
          }),
        );
      }
      const n = outcomes.filter((o) => o === 'cancelled').length;
      return done(
        { outcomes },
        n === 0 ? tr('coach-skip-nothing-left') : t(locale, 'coach-skipped', { count: n }),
      );
    }
    case 'log': {
      if (toDayNumber(payload.run.date) > toDayNumber(today)) {
        await setProposalStatus(tx, p.id, 'failed', { error: 'future run' });
        return { kind: 'failed', text: tr('coach-log-future') };
      }
      let outcome = await recordCompletion(tx, { userId: p.userId, run: payload.run, source: 'log' });
      if (outcome.kind === 'ambiguous') {
        const pick = outcome.candidates.find((c) => c.date === payload.run.date) ?? outcome.candidates[0]!;
        outcome = await recordCompletion(tx, {
          userId: p.userId,
          run: payload.run,
          source: 'log',
          plannedWorkoutId: pick.id,
        });
      }
      return done(outcome, tr(outcome.kind === 'duplicate' ? 'coach-run-duplicate' : 'coach-run-recorded'));
    }
    case 'goal': {
      const profile = await loadRunnerProfile(tx, p.userId);
      if (!profile) {
        await setProposalStatus(tx, p.id, 'failed', { error: 'no profile' });
        return { kind: 'failed', text: tr('coach-no-profile') };
      }
      const next = {
        ...profile,
        ...(payload.distanceKm
          ? { goalDistanceKm: payload.distanceKm, goalLabel: goalLabelFor(payload.distanceKm, profile.units) }
          : {}),
        ...(payload.raceDate ? { raceDate: payload.raceDate } : {}),
      };
      // Rebuilt and re-checked now: the preview was for the day it was shown.
      const history = await loadPlannerHistory(tx, p.userId, today);
      const preview = previewGoalPlan(next, today, locale, { history });
      if (!preview.ok) {
        await setProposalStatus(tx, p.id, 'failed', { error: preview.reason });
        return { kind: 'failed', text: refused(locale, 'goal-now', [preview.reason]) };
      }
      await saveGoal(tx, p.userId, next);
      // A negative id cannot collide with a plan job's id (saveActivePlan's idempotency key).
      const saved = await saveActivePlan(tx, {
        userId: p.userId,
        input: preview.input,
        plan: preview.plan,
        source: 'deterministic',
        jobId: -p.id,
        meta: { coachProposal: p.id },
      });
      return done(saved, tr('coach-goal-saved'));
    }
  }
}

/**
 * Cancels a pending proposal (the Cancel button, or "no"). Idempotent like {@link applyProposal}; the
 * reply is in `locale` (English when absent).
 *
 * @example
 * await cancelProposal(ctx.tx, { userId, proposalId: 5 }); // { kind: 'cancelled', text: 'Cancelled — nothing changed.' }
 */
export async function cancelProposal(
  tx: TransactionSql,
  args: { userId: number; proposalId: number; locale?: Locale },
): Promise<{ kind: 'cancelled' | 'already' | 'not-found'; text: string }> {
  const locale = args.locale ?? 'en';
  const p = await lockProposal(tx, args.userId, args.proposalId);
  if (!p) return { kind: 'not-found', text: t(locale, 'coach-not-yours') };
  if (p.status !== 'pending') return { kind: 'already', text: t(locale, 'coach-already-decided') };
  await setProposalStatus(tx, p.id, 'cancelled');
  return { kind: 'cancelled', text: t(locale, 'coach-cancelled') };
}
