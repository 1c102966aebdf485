/**
 * GPT personalisation of a deterministic plan, held in code: the model's answer is validated, bounded
 * (easier-only changes, long runs and the race fixed, ±10 % distances, checked free text) and re-checked by
 * the planner's rule checker. Uses the pure planner; the planner never imports this module.
 * @example
 * import { personalisePlan } from '../personalise/index.js';
 * const r = await personalisePlan({ client, model: 'gpt-4o', input, basePlan: buildPlan(input) });
 */
export {
  cleanText,
  HARDNESS,
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
export { dismissesPain, textFitsWorkout } from './text-guard.js';
