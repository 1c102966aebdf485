import { z } from 'zod';
import { planSchema } from '../planner/index.js';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What Apply writes, computed and checked when the proposal was made (database JSON, validated on read).
 * - `revision`: a new version of the active plan `basePlanId` (refused at Apply when the plan changed since)
 * - `cancel`: skip these workouts with a reason (skip_workout, pause_plan)
 * - `log`: record a run (log_run)
 * - `goal`: new goal distance and/or race date, then a rebuilt plan (change_goal)
 *
 * @example proposalPayloadSchema.parse({ kind: 'cancel', workoutIds: [42], reason: 'weather' })
 */
export const proposalPayloadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('revision'), basePlanId: id, fromDate: isoDate, plan: planSchema }),
  z.object({
    kind: z.literal('cancel'),
    workoutIds: z.array(id).min(1).max(60),
    reason: z.enum(['sick', 'injured', 'no_time', 'weather', 'other']),
  }),
  z.object({
    kind: z.literal('log'),
    run: z.object({
      date: isoDate,
      distanceKm: z.number().positive().optional(),
      durationSec: z.number().int().positive().optional(),
      rpe: z.number().int().min(1).max(10).optional(),
    }),
  }),
  z.object({
    kind: z.literal('goal'),
    distanceKm: z.number().positive().optional(),
    raceDate: isoDate.optional(),
  }),
]);
/** @example const p: ProposalPayload = { kind: 'log', run: { date: '2027-03-03', distanceKm: 10 } }; */
export type ProposalPayload = z.infer<typeof proposalPayloadSchema>;
