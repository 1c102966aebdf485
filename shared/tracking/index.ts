export {
  type CompletedRun,
  type CompletionSource,
  type RecordOutcome,
  recordCompletion,
} from './record-completion.js';
export {
  encodeWorkoutAction,
  parseWorkoutAction,
  WORKOUT_ACTION_PATTERN,
  type WorkoutAction,
} from './workout-actions.js';
