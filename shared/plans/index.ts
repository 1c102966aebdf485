export { createPlanJobHandler, PLAN_QUEUE, type PlanJobData, planJobSchema } from './plan-job.js';
export {
  type ActivePlanWithInput,
  loadActivePlanWithInput,
  type RevisionOutcome,
  saveRevisedPlan,
} from './plan-revision-store.js';
export { loadActivePlan, type StoredPlan, saveActivePlan } from './plan-store.js';
