import type { BotContext } from '../../../shared/bot/index.js';
import { fromDayNumber, toDayNumber } from '../../../shared/planner/index.js';
import { hasActivePlan } from '../../../shared/plans/index.js';
import { loadProfile, localToday, type RunnerProfile } from '../../../shared/profile/index.js';
import {
  createReplanOffer,
  encodeTrackingAction,
  loadSetbacks,
  REPLAN_WINDOW_DAYS,
  replanTrigger,
} from '../../../shared/tracking/index.js';

/** The pressing/sending runner's profile and local date, or undefined (and a reply) without a profile. */
export interface TrackingScope {
  readonly userId: number;
  readonly profile: RunnerProfile;
  readonly today: string;
}

/**
 * Loads what every tracking handler needs; without a user or profile it answers and returns undefined.
 *
 * @example
 * const scope = await trackingScope(ctx); if (!scope) return;
 */
export async function trackingScope(ctx: BotContext): Promise<TrackingScope | undefined> {
  if (!ctx.user) return undefined;
  const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
  if (!profile) {
    ctx.out.answerCallback();
    ctx.out.html(ctx.t('tracking-no-profile'));
    return undefined;
  }
  return { userId: ctx.user.id, profile, today: localToday(new Date(), profile.timeZone) };
}

/**
 * Offers an adaptive re-plan (button) when the setbacks rule fires and no offer was made lately.
 *
 * @example
 * await maybeOfferReplan(ctx, scope);
 */
export async function maybeOfferReplan(ctx: BotContext, scope: TrackingScope): Promise<void> {
  const since = fromDayNumber(toDayNumber(scope.today) - (REPLAN_WINDOW_DAYS - 1));
  const trigger = replanTrigger(await loadSetbacks(ctx.tx, scope.userId, since), scope.today);
  if (!trigger) return;
  if (!(await hasActivePlan(ctx.tx, scope.userId))) return;
  const offerId = await createReplanOffer(ctx.tx, scope.userId, trigger);
  if (offerId === undefined) return;
  const why =
    trigger.kind === 'health'
      ? ctx.t('replan-why-health', { reason: trigger.reason === 'sick' ? 'sick' : 'injured' })
      : ctx.t('replan-why-missed', { count: trigger.count, days: REPLAN_WINDOW_DAYS });
  ctx.out.html(ctx.t('replan-offer', { why }), {
    inline_keyboard: [
      [
        {
          text: ctx.t('replan-adjust'),
          callback_data: encodeTrackingAction({ kind: 'replan', accept: true, offerId }),
        },
        {
          text: ctx.t('replan-keep'),
          callback_data: encodeTrackingAction({ kind: 'replan', accept: false, offerId }),
        },
      ],
    ],
  });
}
