import { DRAFT_ONLY_KEYS, type DraftAnswers } from './dialog-state.js';
import { type RunnerProfile, runnerProfileSchema } from './profile.js';
import { QUESTION_STEPS } from './question-steps.js';
import type { Step } from './step-definition.js';

/**
 * Builds a full profile from the answers if every field is there and valid, else `undefined`.
 * Optional questions that were skipped simply leave their field out.
 *
 * @example
 * profileFromAnswers(state.answers)?.goalLabel; // 'Marathon'
 */
export function profileFromAnswers(answers: DraftAnswers): RunnerProfile | undefined {
  const fields: Record<string, unknown> = { ...answers };
  for (const key of DRAFT_ONLY_KEYS) delete fields[key];
  const parsed = runnerProfileSchema.safeParse({ reminderHour: 19, ...fields });
  return parsed.success ? parsed.data : undefined;
}

/**
 * The answers of a saved profile, for editing it: a deep copy, plus what each question sets when it
 * counts as answered (e.g. "recent race: skipped" for a profile without one).
 *
 * @example
 * profileAnswers(profile).recentRaceAnswered; // true
 */
export function profileAnswers(profile: RunnerProfile): DraftAnswers {
  let answers: DraftAnswers = structuredClone(profile);
  for (const step of Object.values(QUESTION_STEPS) as Step[]) {
    if (step.fromProfile) answers = { ...answers, ...step.fromProfile(profile) };
  }
  return answers;
}
