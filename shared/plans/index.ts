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
