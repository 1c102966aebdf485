import { z } from 'zod';
import {
  isoDateSchema,
  isoWeekdaySchema,
  isValidTimeZone,
  longestRunKmSchema,
  notesSchema,
  recentRaceSchema,
} from './profile.js';

/**
 * Every question (and the three non-question screens) of the profile dialog, in the order they are
 * asked. `goalCustom` and `recentRaceTime` are follow-ups that only appear after certain answers.
 * Everything else about a step (question, buttons, parsing, next step, labels) is its row in
 * `step-table.ts`; a new question adds its id here, its row there and its field to the schemas.
 *
 * @example
 * STEP_IDS[0]; // 'units'
 */
export const STEP_IDS = [
  'units',
  'timeZone',
  'goal',
  'goalCustom',
  'raceDate',
  'gender',
  'age',
  'height',
  'weight',
  'experience',
  'yearsRunning',
  'weeklyVolume',
  'longestRun',
  'trainingDays',
  'longRunDay',
  'recentRace',
  'recentRaceTime',
  'notes',
  'reminderHour',
  'summary',
  'editMenu',
  'finished',
] as const;

/** One dialog step. @example const s: StepId = 'raceDate'; */
export type StepId = (typeof STEP_IDS)[number];

/** Zod schema for a {@link StepId}. @example stepIdSchema.parse('age'); */
export const stepIdSchema = z.enum(STEP_IDS);

/**
 * The questions a runner can open from the edit menu: every question that is not a follow-up or a
 * screen (the menu itself lists them from the step table, which gives each its label).
 *
 * @example
 * const f: EditableField = 'trainingDays';
 */
export type EditableField = Exclude<
  StepId,
  'goalCustom' | 'recentRaceTime' | 'summary' | 'editMenu' | 'finished'
>;

// Fields that exist only while the dialog runs (never in a profile): `draftDays` for the day toggles,
// `pendingRaceKm` between the recent-race distance and time, and the `…Answered` flags that tell a
// skipped optional question from one not asked yet.
const draftOnlyShape = {
  recentRaceAnswered: z.boolean().optional(),
  longestRunAnswered: z.boolean().optional(),
  notesAnswered: z.boolean().optional(),
  draftDays: z.array(isoWeekdaySchema).max(7).optional(),
  pendingRaceKm: z.number().min(1).max(250).optional(),
};

/**
 * The answer fields that never reach the profile (see `draftOnlyShape`).
 *
 * @example
 * DRAFT_ONLY_KEYS.includes('draftDays'); // true
 */
export const DRAFT_ONLY_KEYS = Object.keys(draftOnlyShape) as readonly (keyof typeof draftOnlyShape)[];

/**
 * Answers collected so far: every profile field optional (same bounds as the profile), plus the
 * in-progress bits of multi-part questions (`draftDays` for the day toggles, `pendingRaceKm` between
 * the recent-race distance and time, `recentRaceAnswered` to tell "skipped" from "not asked yet").
 *
 * @example
 * draftAnswersSchema.parse({ units: 'km', age: 34 });
 */
export const draftAnswersSchema = z
  .object({
    units: z.enum(['km', 'mi']).optional(),
    timeZone: z.string().max(64).refine(isValidTimeZone, 'unknown IANA time zone').optional(),
    goalDistanceKm: z.number().min(1).max(250).optional(),
    goalLabel: z.string().min(1).max(60).optional(),
    raceDate: isoDateSchema.optional(),
    gender: z.enum(['male', 'female', 'other']).optional(),
    age: z.number().int().min(10).max(100).optional(),
    heightCm: z.number().min(100).max(250).optional(),
    weightKg: z.number().min(30).max(250).optional(),
    experience: z.enum(['beginner', 'intermediate', 'advanced']).optional(),
    yearsRunning: z.number().min(0).max(80).optional(),
    weeklyVolumeKm: z.number().min(0).max(250).optional(),
    trainingDays: z.array(isoWeekdaySchema).min(2).max(7).optional(),
    longRunDay: isoWeekdaySchema.optional(),
    recentRace: recentRaceSchema.optional(),
    reminderHour: z.number().int().min(0).max(23).optional(),
    longestRunKm: longestRunKmSchema.optional(),
    notes: notesSchema.optional(),
    ...draftOnlyShape,
  })
  .strict();

/** Answers collected so far. @example const a: DraftAnswers = { units: 'mi' }; */
export type DraftAnswers = z.output<typeof draftAnswersSchema>;

/** Current version of the stored dialog state; bump it when the shape changes. @example DIALOG_STATE_VERSION; // 1 */
export const DIALOG_STATE_VERSION = 1;

/**
 * The whole dialog state: JSON-serialisable, stored in PostgreSQL between messages and validated with
 * this schema when read back (a row from an older version fails to parse; the caller restarts the
 * dialog). `mode: 'edit'` means a finished profile is being changed one field at a time.
 *
 * @example
 * const state = dialogStateSchema.parse(JSON.parse(row.state_json));
 */
export const dialogStateSchema = z
  .object({
    version: z.literal(DIALOG_STATE_VERSION),
    mode: z.enum(['create', 'edit']),
    step: stepIdSchema,
    answers: draftAnswersSchema,
    // Steps answered before the current one, for Back; bounded so a stored row cannot grow forever.
    history: z.array(stepIdSchema).max(STEP_IDS.length * 2),
  })
  .strict();

/** The dialog state. See {@link dialogStateSchema}. @example const s: DialogState = startDialog(); */
export type DialogState = z.output<typeof dialogStateSchema>;
