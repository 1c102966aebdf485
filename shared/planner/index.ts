/**
 * Public API of the training-science planner: a pure, deterministic plan engine (VDOT paces, periodisation,
 * rule checker, rendering). Pure: no I/O, no LLM — the GPT layer lives in `shared/personalise` and uses this
 * module, never the other way round.
 * @example
 * import { buildPlan, checkPlan, plannerInputSchema } from '../planner/index.js';
 * const input = plannerInputSchema.parse(raw);
 * const plan = buildPlan(input);
 * checkPlan(plan, input); // []
 */
export { buildPlan, longRunCapKm } from './build-plan.js';
export { checkPlan, type RuleCode, type Violation } from './check-plan.js';
export { sessionWorkCapKm } from './daniels-caps.js';
export { daysBetween, fromDayNumber, isoWeekday, parseIsoDate, toDayNumber } from './dates.js';
export {
  assessFeasibility,
  earliestFeasibleDate,
  type Feasibility,
  type FeasibilityOption,
  feasibilityOptions,
  feasibilityVerdict,
  longRunReadiness,
  minimumLeadWeeks,
  type PlanOrGate,
  planOrGate,
} from './feasibility.js';
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
export {
  type MessageText,
  messageTextSchema,
  msg,
  raceNameArgs,
  type TextParts,
  textPartsSchema,
  type WorkoutTexts,
  workoutTextsSchema,
} from './plan-texts.js';
export { type PlannerInput, plannerInputSchema, type RunEntry, runEntrySchema } from './planner-input.js';
export {
  escapeHtml,
  formatShortDate,
  type RenderOptions,
  renderPlanSummary,
  renderWeek,
  renderWorkout,
} from './render.js';
export {
  gateText,
  localDistance,
  localPaces,
  planWarningTexts,
  renderText,
  storedTitle,
  type TextFormat,
  textOr,
  workoutTexts,
  workoutTitle,
} from './render-texts.js';
export {
  estimateVdot,
  predictGoal,
  resolveVdot,
  type TrainingPaces,
  trainingPaces,
} from './training-paces.js';
export { isUltra, ULTRA_MIN_KM } from './ultra.js';
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
export { buildWorkout, roundHalf, type WorkoutContext, ZONE_OF_TYPE } from './workout-factory.js';
