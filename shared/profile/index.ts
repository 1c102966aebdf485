// Public API of the runner profile: the dialog (pure logic, no I/O, no Telegram library) and the one store
// of `runner_profiles` (profile-store.ts).

export type { CallbackPayload } from './callback-data.js';
export {
  CALLBACK_PREFIX,
  callbackDataSchema,
  encodeCallback,
  MAX_CALLBACK_BYTES,
  parseCallback,
  profileCallbacks,
} from './callback-data.js';
export type { DialogContext, DialogInput, DialogReply, DialogResult } from './dialog.js';
export {
  back,
  currentQuestion,
  handleInput,
  startDialog,
  startEdit,
  startEditMenu,
} from './dialog.js';
export type { DialogState, DraftAnswers, EditableField, StepId } from './dialog-state.js';
export {
  DIALOG_STATE_VERSION,
  DRAFT_ONLY_KEYS,
  dialogStateSchema,
  draftAnswersSchema,
  STEP_IDS,
  stepIdSchema,
} from './dialog-state.js';
export { escapeHtml } from './escape-html.js';
export {
  formatDateLong,
  formatDuration,
  formatHeight,
  formatHour,
  formatProfileDistance,
  formatWeight,
  WEEKDAY_NAMES,
  WEEKDAY_SHORT,
} from './format.js';
export type { Keyboard, KeyboardButton } from './keyboard.js';
export {
  dayName,
  ENGLISH,
  localDateLong,
  localDistance,
  localGoalName,
  localHeight,
  localWeight,
  raceNameByCode,
} from './local-format.js';
export type { NotesRequest } from './notes-command.js';
export { parseNotesCommand, renderNotes, renderNotesSaved, withNotes } from './notes-command.js';
export { localToday, parseRaceDate } from './parse-date.js';
export { parseDistance } from './parse-distance.js';
export {
  MAX_LONGEST_RUN_KM,
  parseAge,
  parseHeight,
  parseLongestRun,
  parseWeeklyVolume,
  parseWeight,
  parseYearsRunning,
} from './parse-measures.js';
export { cleanNotes, MAX_NOTES_LENGTH, parseNotes } from './parse-notes.js';
export type { ParseResult } from './parse-result.js';
export { durationCandidates, parseRaceTime, parseReminderHour } from './parse-time.js';
export type { TimeZoneMatch } from './parse-timezone.js';
export { parseTimeZone } from './parse-timezone.js';
export { parseWeekdays } from './parse-weekdays.js';
export type { Experience, Gender, ProfilePlannerInput, RecentRace, RunnerProfile, Units } from './profile.js';
export {
  goalLabelFor,
  isValidTimeZone,
  KM_PER_MILE,
  longestRunKmSchema,
  notesSchema,
  runnerProfileSchema,
  STANDARD_DISTANCES,
  toPlannerInput,
} from './profile.js';
export { profileFromAnswers } from './profile-answers.js';
export {
  hasProfile,
  loadProfile,
  loadReminderSettings,
  profileUserData,
  type ReminderSettings,
  saveProfile,
  updateReminderSettings,
} from './profile-store.js';
export { renderProfileSummary } from './profile-summary.js';
export type {
  Choice,
  DraftPatch,
  Question,
  Step,
  StepDefinition,
  StepInput,
  StepOutcome,
} from './step-definition.js';
export {
  CREATE_ORDER,
  EDITABLE_FIELDS,
  editableFieldSchema,
  FIELD_LABELS,
  fieldLabel,
  STEPS,
} from './step-table.js';
export { renderQuestion } from './steps.js';
export { botCommands, commandMenu, commandMenus, renderHelp } from './texts.js';
