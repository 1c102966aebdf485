export {
  type BrowseAction,
  browseCallbacks,
  encodeBrowseAction,
  parseBrowseAction,
  type RebuildAction,
  rebuildCallbacks,
} from './browse-callbacks.js';
export { fullPlanKeyboard, weekKeyboard } from './browse-keyboard.js';
export { loadFullPlanView, loadWeekView, type PlanView, type Viewer } from './browse-view.js';
export {
  applyFeasibilityChoice,
  choiceOf,
  type FeasibilityChoice,
  feasibilityButtons,
} from './feasibility-buttons.js';
export { createPlanJobHandler, PLAN_QUEUE, type PlanJobData, planJobSchema } from './plan-job.js';
export {
  type ActivePlanWithInput,
  loadActivePlanWithInput,
  type RevisionOutcome,
  saveRevisedPlan,
} from './plan-revision-store.js';
export {
  hasActivePlan,
  loadActivePlan,
  loadWorkoutTitle,
  plansUserData,
  type StoredPlan,
  saveActivePlan,
  setWorkoutStatus,
} from './plan-store.js';
export {
  loadActivePause,
  loadPlanWorkout,
  loadPlanWorkouts,
  loadWorkoutSummaries,
  lockWorkoutForHistory,
  type PlanWorkoutRow,
  reopenWorkout,
  type WorkoutSummary,
} from './plan-workouts-store.js';
export {
  currentWeekIndex,
  distanceText,
  fullPlanPages,
  planEstimate,
  renderWeekView,
  renderWorkoutDetail,
  workoutDescription,
  workoutDetailParts,
  workoutLine,
} from './render-browse.js';
export { renderRebuildPreview } from './render-rebuild-preview.js';
