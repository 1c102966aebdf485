/**
 * Public API of the training-science planner: a pure, deterministic plan engine (VDOT paces, periodisation,
 * rule checker, rendering) and the LLM personalisation layer that works inside its bounds.
 * @example
 * import { buildPlan, checkPlan, plannerInputSchema } from '../planner/index.js';
 * const input = plannerInputSchema.parse(raw);
 * const plan = buildPlan(input);
 * checkPlan(plan, input); // []
 */
export { buildPlan, longRunCapKm } from './build-plan.js';
export { checkPlan, type RuleCode, type Violation } from './check-plan.js';
export { daysBetween, fromDayNumber, isoWeekday, parseIsoDate, toDayNumber } from './dates.js';
export {
  cleanText,
  isAllowedSwap,
  LLM_MAX_DISTANCE_CHANGE,
  mergeAdjustments,
  repairPlan,
} from './llm-merge.js';
export {
  PersonalisationError,
  type PersonaliseArgs,
  type PersonaliseResult,
  type PersonaliseUsage,
  personalisePlan,
} from './llm-personalise.js';
export { buildUserMessage, SYSTEM_PROMPT } from './llm-prompt.js';
export { type LlmAdjustment, type LlmPersonalisation, llmPersonalisationSchema } from './llm-schema.js';
export {
  HARD_TYPES,
  type PaceRange,
  type PaceZone,
  type Phase,
  type Plan,
  phaseSchema,
  planSchema,
  QUALITY_TYPES,
  type Week,
  type Workout,
  type WorkoutType,
  weekSchema,
  workoutSchema,
  workoutTypeSchema,
} from './plan-schema.js';
export { type PlannerInput, plannerInputSchema } from './planner-input.js';
export {
  escapeHtml,
  formatShortDate,
  type RenderOptions,
  renderPlanSummary,
  renderWeek,
  renderWorkout,
} from './render.js';
export {
  estimateVdot,
  predictGoal,
  resolveVdot,
  type TrainingPaces,
  trainingPaces,
} from './training-paces.js';
export {
  formatDistance,
  formatDuration,
  formatPace,
  formatPaceRange,
  fromUnits,
  KM_PER_MILE,
  toUnits,
  type Units,
} from './units.js';
export {
  fractionOfVo2max,
  predictRaceSeconds,
  riegelPredictSeconds,
  vdotFromRace,
  velocityAtVo2,
  vo2AtVelocity,
} from './vdot.js';
