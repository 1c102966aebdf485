import { z } from 'zod';
import { CALLBACK_PREFIXES, callbackData, registerCallbackCodec } from '../callbacks/index.js';

/** Prefix of the coach's buttons, from the callback registry. @example COACH_CALLBACK_PREFIX; // 'co1' */
export const COACH_CALLBACK_PREFIX = CALLBACK_PREFIXES.coach;

/**
 * A coach button: Apply or Cancel of proposal `proposalId`.
 * @example const a: CoachAction = { kind: 'apply', proposalId: 5 };
 */
export type CoachAction = { kind: 'apply' | 'cancel'; proposalId: number };

/**
 * `co1:a:<id>` / `co1:c:<id>`.
 * @example encodeCoachAction({ kind: 'apply', proposalId: 5 }) // 'co1:a:5'
 */
export function encodeCoachAction(action: CoachAction): string {
  return callbackData('coach', `${action.kind === 'apply' ? 'a' : 'c'}:${action.proposalId}`);
}

const schema = z
  .string()
  .max(64)
  .regex(new RegExp(`^${COACH_CALLBACK_PREFIX}:[ac]:[1-9]\\d{0,15}$`))
  .transform((s): CoachAction => {
    const [, k, id] = s.split(':');
    return { kind: k === 'a' ? 'apply' : 'cancel', proposalId: Number(id) };
  })
  .refine((a) => Number.isSafeInteger(a.proposalId));

/**
 * Parses a coach button's data, or undefined for anything forged or malformed (the id must still be
 * checked against the pressing user).
 *
 * @example
 * parseCoachAction('co1:c:7'); // { kind: 'cancel', proposalId: 7 }
 * parseCoachAction('co1:x:7'); // undefined
 */
export function parseCoachAction(data: unknown): CoachAction | undefined {
  const r = schema.safeParse(data);
  return r.success ? r.data : undefined;
}

/**
 * The coach's buttons in the callback registry.
 *
 * @example
 * coachCallbacks.parse('co1:a:5'); // { kind: 'apply', proposalId: 5 }
 */
export const coachCallbacks = registerCallbackCodec<CoachAction>({
  names: ['coach'],
  encode: encodeCoachAction,
  parse: parseCoachAction,
  examples: [
    { kind: 'apply', proposalId: 5 },
    { kind: 'cancel', proposalId: 123456 },
  ],
});
