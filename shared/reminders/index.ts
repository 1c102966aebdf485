export {
  type ClaimedDelivery,
  DeliveryStore,
  remindersUserData,
  type StartOutcome,
} from './delivery-store.js';
export {
  localDate,
  type ReminderState,
  type ReminderWindow,
  reminderState,
  reminderWindow,
  resolveZone,
  WindowCache,
} from './due-time.js';
export { type MaterialiseResult, materialiseDueReminders } from './materialise.js';
export {
  encodeReminderAction,
  parseReminderAction,
  REMINDER_ACTION_PATTERN,
  REMINDER_ACTIONS,
  type ReminderAction,
  reminderCallbacks,
} from './reminder-callbacks.js';
export {
  type ReminderPayload,
  renderRestDayReminder,
  renderWorkoutReminder,
  type StoredWorkout,
  unitsOf,
  workoutButtons,
} from './reminder-message.js';
export {
  loadReminderPrefs,
  previewTomorrow,
  type ReminderPrefs,
  updateReminderPrefs,
} from './reminder-prefs.js';
export { ReminderSender, type ReminderSenderOptions, type SendOutcome } from './reminder-sender.js';
export { type ReminderCounters, ReminderService, type ReminderServiceOptions } from './reminder-service.js';
