import type { StepId } from './dialog-state.js';
import type { Step } from './step-definition.js';
import { ageStep, genderStep, heightStep, weightStep } from './steps-body.js';
import { notesStep, recentRaceStep, recentRaceTimeStep, reminderHourStep } from './steps-extras.js';
import {
  experienceStep,
  longestRunStep,
  longRunDayStep,
  trainingDaysStep,
  weeklyVolumeStep,
  yearsRunningStep,
} from './steps-running.js';
import { goalCustomStep, goalStep, raceDateStep, timeZoneStep, unitsStep } from './steps-setup.js';

/** The step ids that are questions (everything but the summary, the edit menu and the end). */
export type QuestionStepId = Exclude<StepId, 'summary' | 'editMenu' | 'finished'>;

/**
 * The rows of the step table that ask something (questions and follow-ups), keyed by step id. The
 * screens are added in `step-table.ts`; the compiler insists on a row for every question id.
 *
 * @example
 * QUESTION_STEPS.age.current({ age: 34 }); // '34'
 */
export const QUESTION_STEPS = {
  units: unitsStep,
  timeZone: timeZoneStep,
  goal: goalStep,
  goalCustom: goalCustomStep,
  raceDate: raceDateStep,
  gender: genderStep,
  age: ageStep,
  height: heightStep,
  weight: weightStep,
  experience: experienceStep,
  yearsRunning: yearsRunningStep,
  weeklyVolume: weeklyVolumeStep,
  longestRun: longestRunStep,
  trainingDays: trainingDaysStep,
  longRunDay: longRunDayStep,
  recentRace: recentRaceStep,
  recentRaceTime: recentRaceTimeStep,
  notes: notesStep,
  reminderHour: reminderHourStep,
} as const satisfies Record<QuestionStepId, Step>;
