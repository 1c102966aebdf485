import { z } from 'zod';

/** Prefix of the coach's buttons (registered centrally with the other prefixes). */
export const COACH_CALLBACK_PREFIX = 'co1';

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
  return `${COACH_CALLBACK_PREFIX}:${action.kind === 'apply' ? 'a' : 'c'}:${action.proposalId}`;
}

const schema = z
  .string()
  .max(64)
  .regex(/^co1:[ac]:[1-9]\d{0,15}$/)
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
