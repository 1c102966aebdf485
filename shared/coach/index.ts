/**
 * Public API of the coach: a runner's own words become answers or safe plan changes. The offline
 * parser and the GPT-4o tool calls both produce validated tool intents; pure code computes each change
 * against the current plan, the rule checker vets it, and it is written only when the runner applies it.
 *
 * @example
 * import { COACH_QUEUE, createCoachJobHandler, coachJobSchema } from '../coach/index.js';
 */
export {
  type ApplyOutcome,
  applyLocked,
  applyProposal,
  cancelProposal,
  PROPOSAL_MAX_AGE_DAYS,
} from './apply-proposal.js';
export {
  COACH_CALLBACK_PREFIX,
  type CoachAction,
  coachCallbacks,
  encodeCoachAction,
  parseCoachAction,
} from './callback-data.js';
export {
  COACH_DAILY_MODEL_CALLS,
  COACH_MODEL_TIMEOUT_MS,
  COACH_QUEUE,
  type CoachJobData,
  type CoachJobDeps,
  coachJobSchema,
  createCoachJobHandler,
} from './coach-job.js';
export {
  type CoachTurn,
  deleteForUser,
  exportForUser,
  loadTurns,
  MEMORY_TURNS,
  modelCallsToday,
  recordExchange,
} from './coach-store.js';
export {
  type CoachContext,
  type CoachOutcome,
  computeReply,
  type TrackedDay,
} from './compute-reply.js';
export {
  type CoachIntent,
  coachIntentSchema,
  InvalidToolCallError,
  parseToolCall,
  TOOL_NAMES,
  type ToolName,
  toolArgSchemas,
} from './intents.js';
export {
  askCoachModel,
  coachSystemPrompt,
  coachTools,
  type ModelCallStats,
  type ModelResult,
} from './llm-coach.js';
export { type MoveOption, moveOptions, vetMove } from './move-options.js';
export { type DayMention, findDays } from './parse-day.js';
export {
  type ParseContext,
  type ParsedMessage,
  parseLocalRunLog,
  parseMessage,
  prepareRunLog,
} from './parse-intent.js';
export { MAX_PAUSE_DAYS, pausePlan } from './pause-plan.js';
export { type Lightening, lightenDays, moveWorkout, PlanEditError, plannedKm } from './plan-edits.js';
export { type PreviewOptions, previewGoalPlan } from './preview-goal-plan.js';
export { loadRunnerProfile } from './profile-access.js';
export { type ProposalPayload, proposalPayloadSchema } from './proposal-schema.js';
export { detectRedFlag } from './red-flags.js';
export { coachDay, coachDistance, EXAMPLES, notUnderstood, RED_FLAG_REPLY } from './texts.js';
export { type Tolerance, vetRevision } from './vet-plan.js';
