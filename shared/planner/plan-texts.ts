/**
 * Language-neutral descriptors of the texts the planner writes (issue 19). The planner is pure and never
 * reads the catalogs, so next to its English strings (kept for the CLI, the GPT prompt and plans stored
 * before descriptors existed) it records which catalog message (`shared/i18n/locales/<locale>/planner.ftl`)
 * each text is, with the raw numbers. Renderers translate them (`render-texts.ts`) and format the numbers
 * in the runner's units and language.
 *
 * Argument names carry their kind, so the renderer knows how to format a value:
 * - `km` or `…Km`: a distance in kilometres, written in the runner's units (`4.4 km`, `2,7 mi`, `4,4 км`);
 * - `…Meters`: metres, written without digit grouping (`1200`);
 * - `…Sec`: a duration in seconds (`3:29:10`);
 * - `…Date`: an ISO date (English keeps the ISO form it always had, other languages get a long date);
 * - `at`: a pace zone (`E`, `T`, `I`, `R`, `race`, `goal`): "at T pace", or the pace itself where a view
 *   writes the range inline;
 * - anything else: a number (Fluent formats it and selects plurals) or a selector string.
 */
import { z } from 'zod';

/**
 * One catalog message with its arguments.
 * @example messageTextSchema.parse({ id: 'planner-title-easy' })
 */
export const messageTextSchema = z.object({
  // Only the planner's own messages: a stored plan cannot make a renderer show another area's text.
  id: z.string().regex(/^planner-[a-z0-9-]+$/),
  args: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
/** @example const m: MessageText = { id: 'planner-main-recovery', args: { km: 5 } }; */
export type MessageText = z.infer<typeof messageTextSchema>;

/**
 * A text made of one or more messages, joined with a space (a description plus its run/walk advice).
 * @example textPartsSchema.parse([{ id: 'planner-desc-easy' }, { id: 'planner-run-walk', args: { minutes: 3 } }])
 */
export const textPartsSchema = z.array(messageTextSchema).min(1).max(8);
/** @example const parts: TextParts = [{ id: 'planner-desc-rest' }]; */
export type TextParts = z.infer<typeof textPartsSchema>;

/**
 * The descriptors of a workout's texts, one per English field (`title`, `structure.*`, `description`).
 * Optional on a workout: plans stored before them, and texts the model rewrote, render the English field.
 * @example workoutTextsSchema.parse({ title: [{ id: 'planner-title-rest' }], mainSet: [{ id: 'planner-main-rest' }],
 *   description: [{ id: 'planner-desc-rest' }] })
 */
export const workoutTextsSchema = z.object({
  title: textPartsSchema.optional(),
  warmUp: textPartsSchema.optional(),
  mainSet: textPartsSchema.optional(),
  coolDown: textPartsSchema.optional(),
  description: textPartsSchema.optional(),
});
/** @example const texts: WorkoutTexts = { title: [{ id: 'planner-title-long' }] }; */
export type WorkoutTexts = z.infer<typeof workoutTextsSchema>;

/**
 * Shorthand for one message as a text.
 * @example msg('planner-main-recovery', { km: 5 }) // [{ id: 'planner-main-recovery', args: { km: 5 } }]
 */
export function msg(id: string, args?: Record<string, string | number>): TextParts {
  return [args ? { id, args } : { id }];
}

/**
 * The arguments naming a race distance for `planner-race-name` (`Marathon`, `Half marathon`, `15K`,
 * `30 km race`), the descriptor twin of `raceName`.
 * @example raceNameArgs(15) // { raceKind: 'k', raceK: 15, raceKm: 15 }
 */
export function raceNameArgs(distanceKm: number): Record<string, string | number> {
  const near = (d: number) => Math.abs(distanceKm - d) < 0.05;
  const raceKind = near(42.195)
    ? 'marathon'
    : near(21.0975)
      ? 'half'
      : near(5) || near(10) || near(15)
        ? 'k'
        : 'other';
  return { raceKind, raceK: Math.round(distanceKm), raceKm: distanceKm };
}
