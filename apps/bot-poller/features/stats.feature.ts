import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { fromDayNumber, isoWeekday, toDayNumber } from '../../../shared/planner/index.js';
import {
  buildStatsChartSvg,
  computeStats,
  loadStatsData,
  markMissedWorkouts,
  renderPng,
  renderStats,
} from '../../../shared/tracking/index.js';
import { trackingScope } from './tracking-context.js';

/** Weeks /stats covers. */
const WEEKS = 8;

/**
 * /stats: the last 8 weeks' planned vs done volume, completion rate, streak, longest run, easy pace trend
 * and goal prediction as text, and the volume chart as a photo (SVG rendered to PNG).
 */
export const statsFeature = new Composer<BotContext>();

statsFeature.command('stats', async (ctx) => {
  const scope = await trackingScope(ctx);
  if (!scope) return;
  await markMissedWorkouts(ctx.tx, scope.userId);
  const today = toDayNumber(scope.today);
  // From the first Monday of the window; the streak looks back further, up to a year.
  const since = fromDayNumber(Math.min(today - (isoWeekday(today) - 1) - 7 * (WEEKS - 1), today - 365));
  const { workouts, runs } = await loadStatsData(ctx.tx, scope.userId, since);
  const stats = computeStats({
    workouts,
    runs,
    today: scope.today,
    goalDistanceKm: scope.profile.goalDistanceKm,
    weeks: WEEKS,
  });
  const units = scope.profile.units;
  if (workouts.length === 0 && runs.length === 0) {
    ctx.out.html('No workouts yet: send /plan for a training plan, or /log a run you did.');
    return;
  }
  ctx.out.html(renderStats(stats, units, scope.profile.goalLabel));
  ctx.out.photo(
    renderPng(buildStatsChartSvg(stats, units)),
    `Planned vs done, last ${WEEKS} weeks`,
    'stats.png',
  );
});
