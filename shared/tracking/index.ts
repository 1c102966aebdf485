export {
  LOG_HINT,
  MAX_LOG_DAYS_BACK,
  type ParsedRunLog,
  parseRunLog,
  type RunLogContext,
} from './parse-run-log.js';
export {
  type CompletedRun,
  type CompletionSource,
  type RecordOutcome,
  recordCompletion,
} from './record-completion.js';
export {
  computeStats,
  MIN_EFFORT_KM,
  type StatsRun,
  type StatsWorkout,
  type TrainingStats,
  type WeekStats,
} from './stats.js';
export { buildStatsChartSvg, CHART_HEIGHT, CHART_WIDTH, renderPng } from './stats-chart.js';
export {
  CANCEL_REASONS,
  type CancelReason,
  currentStreak,
  effectiveStatus,
  REPLAN_SETBACKS,
  REPLAN_WINDOW_DAYS,
  type ReplanTrigger,
  recentWeeklyKm,
  replanTrigger,
  type Setback,
  type WorkoutStatus,
} from './tracking-rules.js';
export {
  encodeWorkoutAction,
  parseWorkoutAction,
  WORKOUT_ACTION_PATTERN,
  type WorkoutAction,
} from './workout-actions.js';
