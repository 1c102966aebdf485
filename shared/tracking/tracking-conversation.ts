import { z } from 'zod';

/** `conversation_state.kind` of the tracking forms. @example TRACKING_KIND // 'tracking' */
export const TRACKING_KIND = 'tracking';

const runSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  distanceKm: z.number().positive().max(250).optional(),
  durationSec: z.number().int().positive().optional(),
  avgHr: z.number().int().optional(),
  rpe: z.number().int().min(1).max(10).optional(),
  notes: z.string().max(200).optional(),
});

/**
 * Where a runner is in a tracking form: typing the numbers of a done workout, the note of an "other"
 * cancellation, or choosing which planned workout a logged run was.
 *
 * @example
 * trackingConversationSchema.parse({ step: 'numbers', workoutId: 42 });
 */
export const trackingConversationSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('numbers'), workoutId: z.number().int().positive() }),
  z.object({ step: z.literal('note'), workoutId: z.number().int().positive() }),
  z.object({
    step: z.literal('pick'),
    run: runSchema,
    candidateIds: z.array(z.number().int().positive()).max(5),
  }),
]);
/** @example const s: TrackingConversation = { step: 'note', workoutId: 42 }; */
export type TrackingConversation = z.infer<typeof trackingConversationSchema>;
