import { calendarUserData } from '../calendar/calendar-store.js';
import { coachUserData } from '../coach/coach-store.js';
import { conversationUserData } from '../conversation/conversation-store.js';
import { inboxUserData } from '../inbox/inbox-store.js';
import { outboxUserData } from '../outbox/outbox-user-data.js';
import { plansUserData } from '../plans/plan-store.js';
import { profileUserData } from '../profile/profile-store.js';
import { jobsUserData } from '../queue/job-store.js';
import { remindersUserData } from '../reminders/delivery-store.js';
import { trackingUserData } from '../tracking/tracking-store.js';
import { usersUserData } from '../users/users-store.js';
import { visionUserData } from '../vision/extraction-store.js';
import type { UserDataOwner } from './user-data-owner.js';

/**
 * Every owner of per-user data, in deletion order: rows that point at others first (a vision extraction
 * at a completion, a reminder or a completion at a planned workout, a workout at its plan), `users` last.
 * Imported from the store files (not the domains' index) so that /export does not load the planner's LLM
 * client or the OCR engine.
 *
 * @example
 * for (const owner of USER_DATA_OWNERS) await owner.deleteForUser(tx, who);
 */
export const USER_DATA_OWNERS: readonly UserDataOwner[] = [
  calendarUserData,
  coachUserData,
  visionUserData,
  remindersUserData,
  trackingUserData,
  plansUserData,
  conversationUserData,
  profileUserData,
  jobsUserData,
  outboxUserData,
  inboxUserData,
  usersUserData,
];
