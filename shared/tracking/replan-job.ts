import { z } from 'zod';
import type { Sql } from '../db/index.js';
import { translator } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import { OutboxWriter } from '../outbox/index.js';
import { formatDistance, renderPlanSummary, renderWeek } from '../planner/index.js';
import { saveActivePlan } from '../plans/index.js';
import { hasClosedWorkoutOn, markMissedWorkouts } from '../plans/workout-store.js';
import { loadProfile, localToday } from '../profile/index.js';
import type { Job } from '../queue/index.js';
import { loadUserLocale } from '../users/index.js';
import { buildReplan } from './replan.js';
import { REPLAN_WINDOW_DAYS, type ReplanTrigger, recentWeeklyKm } from './tracking-rules.js';
import { loadPlannerHistory } from './tracking-store.js';

/** Queue of adaptive re-plan jobs (a job kind of its own: it builds from actual volume, not the profile). */
export const REPLAN_QUEUE = 'replan';

/** What accepting a re-plan offer enqueues. @example replanJobSchema.parse({ userId: 1, chatId: 1, offerId: 7 }) */
export const replanJobSchema = z.object({
  userId: z.number().int(),
  chatId: z.number().int(),
  offerId: z.number().int(),
});
/** @example const data: ReplanJobData = { userId: 1, chatId: 1, offerId: 7 }; */
export type ReplanJobData = z.infer<typeof replanJobSchema>;

/**
 * The `replan` queue's handler: in one transaction it marks missed workouts (so none is lost when the old
 * plan's open workouts are replaced), measures the volume actually run in the last 14 days, rebuilds
 * the remaining weeks with the engine ({@link buildReplan}), stores the plan only when `checkPlan` finds
 * nothing, marks the offer done and queues the announcement. Done, cancelled and missed workouts are
 * never rewritten (`saveActivePlan` replaces only still-planned ones). Idempotent: the offer row is
 * locked and must still be `accepted`; `jobId` makes the plan insert idempotent too.
 *
 * @example
 * new Worker(sql, REPLAN_QUEUE, createReplanJobHandler({ sql, log }), { schema: replanJobSchema });
 */
export function createReplanJobHandler(deps: { sql: Sql; log: Logger; now?: () => Date }) {
  return async (job: Job<ReplanJobData>) => {
    const { userId, chatId, offerId } = job.data;
    return deps.sql.begin(async (tx) => {
      const out = new OutboxWriter(tx);
      const say = async (text: string) => {
        out.send(chatId, 'sendMessage', { chat_id: chatId, text: text.slice(0, 4096), parse_mode: 'HTML' });
        await out.flush();
      };
      const [offer] = await tx<{ status: string; trigger: ReplanTrigger }[]>`
        select status, trigger from replan_offers where id = ${offerId} and user_id = ${userId} for update`;
      if (offer?.status !== 'accepted') return { skipped: `offer ${offer?.status ?? 'missing'}` };
      const finish = async (status: 'done' | 'failed', result: object, text: string) => {
        await tx`update replan_offers set status = ${status}, result = ${tx.json(result as never)} where id = ${offerId}`;
        await say(text);
        return result;
      };
      const tr = translator(await loadUserLocale(tx, userId));
      const profile = await loadProfile(tx, userId, deps.log);
      if (!profile) return finish('failed', { error: 'no profile' }, tr('replan-no-profile'));
      await markMissedWorkouts(tx, userId);
      const today = localToday(deps.now?.() ?? new Date(), profile.timeZone);
      const runs = await tx<{ date: string; distanceKm: number | null }[]>`
        select completed_on::text as date, distance_km::float8 as "distanceKm" from workout_completions
        where user_id = ${userId} and completed_on > ${today}::date - ${REPLAN_WINDOW_DAYS}::int`;
      const closedToday = await hasClosedWorkoutOn(tx, userId, today);
      const weeklyKm = recentWeeklyKm(runs, today);
      const history = await loadPlannerHistory(tx, userId, today);
      const result = buildReplan({
        history,
        profile,
        today,
        recentWeeklyKm: weeklyKm,
        trigger: offer.trigger,
        startToday: !closedToday,
      });
      if (!result.ok)
        return finish(
          'failed',
          { error: result.reason },
          tr(result.reason === 'race-passed' ? 'replan-race-passed' : 'replan-failed'),
        );
      if (result.violations.length > 0) {
        deps.log.error('re-plan failed the rule checker', {
          userId,
          violations: result.violations.slice(0, 5),
        });
        return finish(
          'failed',
          { error: 'rules', violations: result.violations.length },
          tr('replan-unsafe'),
        );
      }
      await saveActivePlan(tx, {
        userId,
        input: result.input,
        plan: result.plan,
        source: 'deterministic',
        jobId: job.id,
        meta: { replan: { offerId, recentWeeklyKm: weeklyKm, trigger: offer.trigger } },
      });
      const units = profile.units;
      const first = result.plan.weeks[0];
      return finish(
        'done',
        {
          weeks: result.plan.weeks.length,
          recentWeeklyKm: weeklyKm,
          startVolumeKm: result.input.weeklyVolumeKm,
        },
        [
          tr('replan-done', {
            volume: formatDistance(weeklyKm, units).replace(
              / (km|mi)$/,
              (_m, u: string) => ` ${tr(`unit-name-${u}`)}`,
            ),
          }),
          '',
          renderPlanSummary(result.plan, { units, html: true, t: tr }),
          '',
          first ? renderWeek(first, { units, html: true, t: tr }) : '',
        ].join('\n'),
      );
    });
  };
}
