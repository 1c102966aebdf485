import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { fromDayNumber, isoWeekday, toDayNumber } from '../../../shared/planner/index.js';
import { loadActivePlan, planEstimate } from '../../../shared/plans/index.js';
import { localGoalName } from '../../../shared/profile/index.js';
import {
  buildStatsChartSvg,
  computeStats,
  currentPrediction,
  loadStatsData,
  markMissedWorkouts,
  predictsFinishTime,
  renderPng,
  renderPrediction,
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
    ctx.out.html(ctx.t('stats-empty'));
    return;
  }
  // English shows the stored goal label; other languages name the distance in their words.
  const goal =
    ctx.locale === 'en'
      ? scope.profile.goalLabel
      : localGoalName(ctx.t, scope.profile.goalDistanceKm, scope.profile.units);
  // One prediction everywhere: the same choice and line as /plan (the stats text's own last line, its
  // prediction, is replaced by the shared one).
  const active = await loadActivePlan(ctx.tx, scope.userId);
  const estimate = active ? planEstimate(active.plan) : undefined;
  const prediction = currentPrediction({
    ...(stats.prediction ? { effort: stats.prediction } : {}),
    ...(scope.profile.recentRace ? { recentRace: scope.profile.recentRace } : {}),
    goalDistanceKm: scope.profile.goalDistanceKm,
    ...(scope.profile.goalMode ? { goalMode: scope.profile.goalMode } : {}),
    ...(estimate ? { planEstimate: estimate } : {}),
  });
  const text = renderStats(stats, units, goal, ctx.t).split('\n').slice(0, -1);
  text.push(renderPrediction(ctx.locale, prediction, goal, units, predictsFinishTime(scope.profile)));
  ctx.out.html(text.join('\n'));
  ctx.out.photo(
    renderPng(buildStatsChartSvg(stats, units, ctx.t)),
    ctx.t('stats-chart-caption', { weeks: WEEKS }),
    'stats.png',
  );
});
