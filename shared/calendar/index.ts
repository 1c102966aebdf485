// Public API of the calendar: the plan as an .ics file and the per-runner subscription feed
// (`calendar_feeds`: a random secret per runner, rotated by /calendar reset).
export { buildIcs, type IcsOptions } from './build-ics.js';
export { feedForSecret, feedUrls, planIcs } from './calendar-feed.js';
export {
  calendarUserData,
  feedSecret,
  loadEventHour,
  rotateFeedSecret,
  SECRET_PATTERN,
  setEventHour,
  userForSecret,
} from './calendar-store.js';
