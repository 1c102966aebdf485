import { z } from 'zod';
import { CALLBACK_PREFIXES, MAX_CALLBACK_BYTES, registerCallbackCodec } from '../callbacks/index.js';
import { STEP_IDS, type StepId } from './dialog-state.js';
import { STEPS } from './step-table.js';

/**
 * Prefix of every profile-dialog button, from the callback registry. The digit is the format version: a
 * change of format bumps it, so buttons from old messages are recognised as stale instead of being misread.
 *
 * @example
 * CALLBACK_PREFIX; // 'p1'
 */
export const CALLBACK_PREFIX = CALLBACK_PREFIXES.profile;

/** Telegram's limit for callback data, in bytes. @example MAX_CALLBACK_BYTES; // 64 */
export { MAX_CALLBACK_BYTES };

// Short codes (each step's `code` in the step table) keep the data compact and independent of
// internal step names.
const STEP_BY_CODE = new Map<string, StepId>(STEP_IDS.map((step) => [STEPS[step].code, step]));

/**
 * Zod schema of the raw callback data: `p1:<step code>:<value>`, ASCII only, ≤ 64 bytes. Anything
 * else (other bots' buttons, forged payloads, old formats) fails here.
 *
 * @example
 * callbackDataSchema.safeParse('p1:goal:full').success; // true
 * callbackDataSchema.safeParse('p0:goal:full').success; // false
 */
export const callbackDataSchema = z
  .string()
  .max(MAX_CALLBACK_BYTES)
  .regex(new RegExp(`^${CALLBACK_PREFIX}:[a-z]{2,8}:[a-z0-9.]{1,24}$`))
  .transform((data, ctx) => {
    const [, code, value] = data.split(':') as [string, string, string];
    const step = STEP_BY_CODE.get(code);
    if (!step) {
      ctx.addIssue({ code: 'custom', message: 'unknown step code' });
      return z.NEVER;
    }
    return { step, value };
  });

/** A decoded button press. @example const c: CallbackPayload = { step: 'goal', value: 'full' }; */
export type CallbackPayload = { readonly step: StepId; readonly value: string };

/**
 * Encodes a button's callback data.
 *
 * @example
 * encodeCallback('goal', 'full'); // 'p1:goal:full'
 */
export function encodeCallback(step: StepId, value: string): string {
  const data = `${CALLBACK_PREFIX}:${STEPS[step].code}:${value}`;
  if (!callbackDataSchema.safeParse(data).success) throw new Error(`invalid callback data: ${data}`);
  return data;
}

/**
 * Decodes and validates callback data; `undefined` for anything that is not a well-formed profile
 * button (the dialog then answers "I didn't recognise that button").
 *
 * @example
 * parseCallback('p1:days:t3');    // { step: 'trainingDays', value: 't3' }
 * parseCallback('p1:goal:<b>');   // undefined
 */
export function parseCallback(data: string): CallbackPayload | undefined {
  const parsed = callbackDataSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The profile-dialog buttons in the callback registry.
 *
 * @example
 * profileCallbacks.parse('p1:goal:full'); // { step: 'goal', value: 'full' }
 */
export const profileCallbacks = registerCallbackCodec<CallbackPayload>({
  names: ['profile'],
  encode: (c) => encodeCallback(c.step, c.value),
  parse: parseCallback,
  examples: [
    { step: 'units', value: 'km' },
    { step: 'gender', value: 'female' },
    { step: 'weeklyVolume', value: '20km' },
    { step: 'goal', value: 'full' },
    { step: 'trainingDays', value: 't3' },
    { step: 'recentRace', value: 'skip' },
    { step: 'reminderHour', value: '20' },
    { step: 'summary', value: 'ok' },
  ],
});
