import { z } from 'zod';
import { CALLBACK_PREFIXES, callbackData, registerCallbackCodec } from '../callbacks/index.js';

/**
 * Buttons on workout messages (plan, /pending, reminders), shared by every feature that shows a workout:
 * `w1:<action>:<planned workout id>` (prefix from the callback registry). The digit is the format version;
 * anything else is stale or forged.
 *
 * - `done`  — record as done (then ask for numbers / "as planned")
 * - `skip`  — cancel (then ask for the reason)
 * - `week`  — show the week around that workout
 *
 * Handlers must still check that the workout belongs to the presser (`user_id = ctx.user.id`): callback
 * data is client-controlled.
 *
 * @example
 * encodeWorkoutAction('done', 42); // 'w1:done:42'
 * parseWorkoutAction('w1:done:42'); // { action: 'done', workoutId: 42 }
 */
export type WorkoutAction = 'done' | 'skip' | 'week';

const W = CALLBACK_PREFIXES.workout;

const workoutActionSchema = z
  .string()
  .max(64)
  .regex(new RegExp(`^${W}:(done|skip|week):[1-9]\\d{0,15}$`))
  .transform((data) => {
    const [, action, id] = data.split(':') as [string, WorkoutAction, string];
    return { action, workoutId: Number(id) };
  })
  .refine((value) => Number.isSafeInteger(value.workoutId));

/** Encodes a workout button. @example encodeWorkoutAction('skip', 7) // 'w1:skip:7' */
export function encodeWorkoutAction(action: WorkoutAction, workoutId: number): string {
  return callbackData('workout', `${action}:${workoutId}`);
}

/** Parses a workout button, or undefined for anything else. @example parseWorkoutAction('x') // undefined */
export function parseWorkoutAction(data: string): { action: WorkoutAction; workoutId: number } | undefined {
  const parsed = workoutActionSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** Matches any workout-button callback data (for telegraf's `action()`). */
export const WORKOUT_ACTION_PATTERN = new RegExp(`^${W}:(done|skip|week):\\d+$`);

/**
 * The workout buttons in the callback registry.
 *
 * @example
 * workoutCallbacks.parse('w1:week:7'); // { action: 'week', workoutId: 7 }
 */
export const workoutCallbacks = registerCallbackCodec<{ action: WorkoutAction; workoutId: number }>({
  names: ['workout'],
  encode: (a) => encodeWorkoutAction(a.action, a.workoutId),
  parse: parseWorkoutAction,
  examples: [
    { action: 'done', workoutId: 42 },
    { action: 'skip', workoutId: 1 },
    { action: 'week', workoutId: 9007199254740991 },
  ],
});
