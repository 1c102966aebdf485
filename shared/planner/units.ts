/**
 * Units and their formatting for the planner. Everything inside the planner is kilometres and seconds per
 * km; conversion happens only when text is produced for the runner. The definitions live in the shared
 * text module (one copy for every domain); this file keeps the planner's import path.
 *
 * @example
 * import { formatPace } from './units.js';
 * formatPace(301, 'km'); // '5:01 /km'
 */
export {
  formatDistance,
  formatDuration,
  formatPace,
  formatPaceRange,
  fromUnits,
  KM_PER_MILE,
  toUnits,
  type Units,
} from '../text/index.js';
