export { createPlanJobHandler, PLAN_QUEUE, type PlanJobData, planJobSchema } from './plan-job.js';
export { loadActivePlan, type StoredPlan, saveActivePlan } from './plan-store.js';
