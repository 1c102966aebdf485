/**
 * Free text from the model is checked in code, not trusted to the prompt: a title, description or note may
 * not state distances, paces, durations or repetitions the workout itself does not have, and may not tell
 * the runner to ignore pain. Text that fails keeps the engine's own wording.
 */
import type { Workout } from '../planner/index.js';

/** Numbers with a running unit ("12 km", "5:30", "8 × 1200 m", "45 min", "6 reps"): the facts text can state. */
const FACT =
  /(\d+(?:[.,]\d+)?)\s*(?:[x×]\s*\d+(?:[.,]\d+)?\s*(?:m|km|mi)?|km|k\b|mi\b|miles?|m\b|min\b|minutes?|mins?|sec\b|s\b|reps?|:\d\d)/gi;

/** Dismissing pain (or telling the runner to override the body's warning) is never coaching. */
const PAIN =
  /\b(?:ignore|ignoring|push(?:ing)?\s+through|run(?:ning)?\s+through|through\s+the|don'?t\s+(?:worry|mind)\s+about|no\s+matter|regardless\s+of|despite(?:\s+any)?)\b[^.!?\n]{0,30}\b(?:pain|hurt|hurts|injur\w*|ache\w*|sore\w*|discomfort)/i;
const PAIN_AFTER =
  /\b(?:pain|hurt\w*|injur\w*|ache\w*)\b[^.!?\n]{0,25}\b(?:is\s+(?:fine|normal|ok|okay|weakness)|doesn'?t\s+matter|means\s+progress|is\s+gain)/i;
/** All-out efforts contradict an easy, recovery or long run. */
const ALL_OUT =
  /\b(?:sprint\w*|all[-\s]?out|max(?:imum|imal)?\s+effort|as\s+fast\s+as\s+(?:you\s+)?can|flat[-\s]?out|race\s+it)\b/i;
const EASY_TYPES: ReadonlySet<Workout['type']> = new Set(['easy', 'recovery', 'long', 'rest']);

function facts(text: string): string[] {
  return [...text.matchAll(FACT)].map((m) => m[0].toLowerCase().replace(/\s+/g, '').replace(',', '.'));
}

/**
 * Whether text dismisses pain ("ignore any pain", "push through the hurt", "pain is weakness").
 * @example dismissesPain('Sprint the last km and ignore any pain') // true
 * @example dismissesPain('Stop if your knee hurts') // false
 */
export function dismissesPain(text: string): boolean {
  return PAIN.test(text) || PAIN_AFTER.test(text);
}

/**
 * Whether the model's text may stand for this workout: no pain dismissal, no all-out effort on an easy day,
 * and every number-with-a-unit it states also appears in the engine's own text for the workout (title,
 * structure, description), so it cannot contradict the distances, paces or repetitions actually planned.
 * @example textFitsWorkout('Relaxed 8 km on soft ground.', workout) // true when the workout is 8 km
 * @example textFitsWorkout('8 × 1200 m at I pace', easyWorkout) // false
 */
export function textFitsWorkout(text: string, workout: Workout): boolean {
  if (dismissesPain(text)) return false;
  if (EASY_TYPES.has(workout.type) && ALL_OUT.test(text)) return false;
  const own = [
    workout.title,
    workout.structure.warmUp ?? '',
    workout.structure.mainSet,
    workout.structure.coolDown ?? '',
    workout.description,
    workout.distanceKm !== undefined ? `${workout.distanceKm} km` : '',
    workout.durationMin !== undefined ? `${Math.round(workout.durationMin)} min` : '',
  ].join(' \n ');
  const allowed = new Set(facts(own));
  return facts(text).every((f) => allowed.has(f));
}
