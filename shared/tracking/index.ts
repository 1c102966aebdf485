// The planned-workout reads the tracking features use: `planned_workouts` belongs to shared/plans, which
// holds their SQL; re-exported so the features keep one import for tracking.
export {
  loadOwnedWorkout,
  loadPendingWorkouts,
  loadWeekWorkouts,
  loadWorkoutsFrom,
  markMissedWorkouts,
  type TrackedWorkout,
  type WorkoutRow,
} from '../plans/workout-store.js';
export {
  encodeTrackingAction,
  parseTrackingAction,
  REPLAN_ACTION_PATTERN,
  TRACKING_ACTION_PATTERN,
  type TrackingAction,
  trackingActionPattern,
  trackingCallbacks,
} from './callback-data.js';
export {
  type CurrentPrediction,
  currentPrediction,
  loadCurrentPrediction,
  PREDICTION_WEEKS,
  predictsFinishTime,
} from './current-prediction.js';
export { type HistoryAction, historyCallbacks } from './history-callbacks.js';
export { HISTORY_KIND, type HistoryConversation, historyConversationSchema } from './history-conversation.js';
export {
  EDIT_WINDOW_DAYS,
  editCompletion,
  editSkipReason,
  type HistoryEntry,
  type HistoryOutcome,
  loadCompletion,
  loadHistory,
  undoCompletion,
  undoSkip,
} from './history-store.js';
export {
  MAX_LOG_DAYS_BACK,
  type ParsedRunLog,
  parseRunLog,
  type RunLogContext,
} from './parse-run-log.js';
export {
  type CompletedRun,
  type CompletionSource,
  findSameRun,
  type RecordOutcome,
  recordCompletion,
} from './record-completion.js';
export { doneKeyboard, renderHistory, runNumbers, skipKeyboard } from './render-history.js';
export { renderPrediction } from './render-prediction.js';
export {
  askHowItWent,
  askWhySkip,
  CANCEL_LABELS,
  cancelLabel,
  describeRun,
  type InlineKeyboard,
  PENDING_PAGE_SIZE,
  renderPendingPage,
  renderStats,
  workoutButtonRows,
  workoutLine,
} from './render-tracking.js';
export { buildReplan, HEALTH_VOLUME_FACTOR, type ReplanResult } from './replan.js';
export { createReplanJobHandler, REPLAN_QUEUE, type ReplanJobData, replanJobSchema } from './replan-job.js';
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
  TRACKING_KIND,
  type TrackingConversation,
  trackingConversationSchema,
} from './tracking-conversation.js';
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
  type CancelOutcome,
  cancelWorkout,
  createReplanOffer,
  decideReplanOffer,
  loadPlannerHistory,
  loadRunHistory,
  loadSetbacks,
  loadStatsData,
  REPLAN_OFFER_QUIET_DAYS,
  type ReplanDecision,
  RUN_HISTORY_DAYS,
  setCancellationNote,
  trackingUserData,
} from './tracking-store.js';
export {
  encodeWorkoutAction,
  parseWorkoutAction,
  WORKOUT_ACTION_PATTERN,
  type WorkoutAction,
  workoutCallbacks,
} from './workout-actions.js';
