import { z } from 'zod';

/**
 * Types the LLM may choose in an adjustment (never 'long' or 'race': those are fixed by the engine).
 * @example llmWorkoutTypeSchema.parse('recovery')
 */
export const llmWorkoutTypeSchema = z.enum([
  'easy',
  'recovery',
  'rest',
  'tempo',
  'intervals',
  'repetitions',
  'race-pace',
]);

/**
 * One requested change to the workout on `date`; `null` means "keep the engine's value".
 * All fields are required-but-nullable because OpenAI strict structured outputs need every key present.
 * @example llmAdjustmentSchema.parse({ date: '2025-03-04', type: null, title: 'Hill-friendly easy run',
 *   distanceKm: null, description: null, note: 'Your knee: keep it flat.' })
 */
export const llmAdjustmentSchema = z.object({
  date: z.string(),
  type: llmWorkoutTypeSchema.nullable(),
  title: z.string().nullable(),
  distanceKm: z.number().nullable(),
  description: z.string().nullable(),
  note: z.string().nullable(),
});
/** @example const a: LlmAdjustment = { date: '2025-03-04', type: null, title: null, distanceKm: 7, description: null, note: null }; */
export type LlmAdjustment = z.infer<typeof llmAdjustmentSchema>;

/**
 * The whole structured answer of the model: a short coach note plus adjustments.
 * @example llmPersonalisationSchema.parse({ coachNote: 'Welcome!', adjustments: [] })
 */
export const llmPersonalisationSchema = z.object({
  coachNote: z.string(),
  adjustments: z.array(llmAdjustmentSchema),
});
/** @example const p: LlmPersonalisation = { coachNote: 'Welcome!', adjustments: [] }; */
export type LlmPersonalisation = z.infer<typeof llmPersonalisationSchema>;

/** Structured-output schema name sent to the API. @example LLM_SCHEMA_NAME // 'plan_personalisation' */
export const LLM_SCHEMA_NAME = 'plan_personalisation';
