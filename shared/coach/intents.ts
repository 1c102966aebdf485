import { z } from 'zod';

/** ISO calendar date, the only date form tools accept (the model is given today's date and the week). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'a real date',
  );

/**
 * Arguments of every coach tool, strict (unknown keys are rejected: a model that invents an argument is
 * refused rather than half-obeyed). The same schemas check the offline parser's output and the model's.
 *
 * @example
 * toolArgSchemas.move_workout.parse({ from: '2027-03-06', to: '2027-03-07' });
 */
export const toolArgSchemas = {
  log_run: z
    .object({
      date: isoDate,
      distanceKm: z.number().min(0.2).max(250).optional(),
      durationMin: z
        .number()
        .min(1)
        .max(48 * 60)
        .optional(),
      rpe: z.number().int().min(1).max(10).optional(),
    })
    .strict()
    .refine((a) => a.distanceKm !== undefined || a.durationMin !== undefined, 'a distance or a time'),
  move_workout: z.object({ from: isoDate, to: isoDate }).strict(),
  skip_workout: z
    .object({
      date: isoDate,
      reason: z.enum(['sick', 'injured', 'no_time', 'weather', 'other']).default('other'),
    })
    .strict(),
  reduce_week: z
    .object({
      week: z.enum(['this', 'next']).default('this'),
      /** How much lighter, in percent: a reduction only (an increase is not a tool). */
      percent: z.number().int().min(10).max(60).default(30),
    })
    .strict(),
  pause_plan: z.object({ from: isoDate, days: z.number().int().min(1).max(28) }).strict(),
  report_pain: z
    .object({
      area: z.string().trim().min(1).max(40).default('pain'),
      severity: z.enum(['mild', 'moderate', 'severe']).default('moderate'),
    })
    .strict(),
  explain_workout: z
    .object({
      date: isoDate.optional(),
      type: z
        .enum(['easy', 'long', 'tempo', 'intervals', 'repetitions', 'race-pace', 'recovery', 'race'])
        .optional(),
    })
    .strict(),
  show_week: z.object({ week: z.enum(['this', 'next']).default('this') }).strict(),
  change_goal: z
    .object({ distanceKm: z.number().min(1).max(250).optional(), raceDate: isoDate.optional() })
    .strict()
    .refine((a) => a.distanceKm !== undefined || a.raceDate !== undefined, 'a distance or a race date'),
} as const;

/** The names of the coach's tools. @example const n: ToolName = 'report_pain'; */
export type ToolName = keyof typeof toolArgSchemas;

/** Every tool name, in the order the model sees them. @example TOOL_NAMES.includes('show_week') // true */
export const TOOL_NAMES = Object.keys(toolArgSchemas) as ToolName[];

/**
 * One understood request: a tool with validated arguments.
 * @example const i: CoachIntent = { tool: 'show_week', args: { week: 'this' } };
 */
export type CoachIntent = {
  [K in ToolName]: { tool: K; args: z.output<(typeof toolArgSchemas)[K]> };
}[ToolName];

/** Why a tool call was refused before anything was computed. */
export class InvalidToolCallError extends Error {
  override readonly name = 'InvalidToolCallError';
  constructor(
    readonly tool: string,
    readonly reason: string,
  ) {
    super(`tool call ${tool} refused: ${reason}`);
  }
}

/**
 * Validates a tool call (from the model or the parser): the tool must exist and its arguments must match
 * its schema exactly. Throws {@link InvalidToolCallError} otherwise.
 *
 * @example
 * parseToolCall('skip_workout', { date: '2027-03-06' }); // { tool: 'skip_workout', args: { date, reason: 'other' } }
 */
export function parseToolCall(tool: string, args: unknown): CoachIntent {
  if (!Object.hasOwn(toolArgSchemas, tool)) throw new InvalidToolCallError(tool, 'no such tool');
  const schema = toolArgSchemas[tool as ToolName] as z.ZodType;
  const parsed = schema.safeParse(args);
  if (!parsed.success)
    throw new InvalidToolCallError(tool, parsed.error.issues.map((i) => i.message).join('; '));
  return { tool, args: parsed.data } as CoachIntent;
}

/**
 * Validates a stored intent (database JSON) the same way.
 * @example coachIntentSchema.parse({ tool: 'show_week', args: {} })
 */
export const coachIntentSchema = z.object({ tool: z.string(), args: z.unknown() }).transform((v, ctx) => {
  try {
    return parseToolCall(v.tool, v.args);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: String(err) });
    return z.NEVER;
  }
});
