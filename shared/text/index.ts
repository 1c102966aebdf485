// Public API of the shared text helpers: pure functions and constants, no I/O, usable by the planner.
// Wording is English today; functions that may vary by language take an optional options object so a
// later locale can be passed without touching callers.

export { type DistanceFormatOptions, formatDistance } from './distance.js';
export { formatDuration, twoDigits } from './duration.js';
export { escapeHtml, type HtmlEscapeOptions } from './html.js';
export { formatPace, formatPaceRange } from './pace.js';
export { CM_PER_INCH, fromUnits, KG_PER_POUND, KM_PER_MILE, toUnits, type Units } from './units.js';
export {
  MONTH_SHORT,
  WEEKDAY_LONG,
  WEEKDAY_SHORT,
  type WeekdayNameOptions,
  weekdayName,
} from './weekdays.js';
