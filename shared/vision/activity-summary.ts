import { DateTime } from 'luxon';
import { completeReading, type WorkoutReading } from './workout-reading.js';

/** Formats of the activity files the vision app reads. @example const k: ActivityFileKind = 'fit'; */
export type ActivityFileKind = 'fit' | 'gpx' | 'tcx';

/** Largest activity file read (Telegram's bot download limit, 20 MB). @example doc.file_size > MAX_ACTIVITY_FILE_BYTES; */
export const MAX_ACTIVITY_FILE_BYTES = 20 * 1024 * 1024;

/** One lap of an activity file. @example const lap: ActivityLap = { distanceM: 1000, timerSec: 301 }; */
export interface ActivityLap {
  readonly distanceM?: number;
  readonly timerSec?: number;
}

/**
 * What a FIT, GPX or TCX parser found, in the file's own terms (metres, seconds, an instant). `sport` is
 * already mapped to the reading's activity kinds; `unknown` when the file does not say.
 *
 * @example
 * const s: ActivitySummary = { sport: 'run', start: new Date(), distanceM: 5020, elapsedSec: 1530, movingSec: 1513, laps: [] };
 */
export interface ActivitySummary {
  readonly sport: WorkoutReading['activity'];
  readonly start?: Date;
  readonly distanceM?: number;
  readonly elapsedSec?: number;
  readonly movingSec?: number;
  readonly avgHr?: number;
  readonly laps: readonly ActivityLap[];
}

/** Why an activity file cannot be recorded. @example const r: ActivityFileProblem = 'not_running'; */
export type ActivityFileProblem = 'damaged' | 'not_running' | 'empty';

/**
 * An activity file that no retry will read: damaged (bad checksum, truncated, malformed XML), another
 * sport than running, or holding neither distance nor time.
 *
 * @example
 * throw new ActivityFileError('damaged', 'fit', 'CRC mismatch');
 */
export class ActivityFileError extends Error {
  override readonly name = 'ActivityFileError';
  constructor(
    readonly problem: ActivityFileProblem,
    readonly kind: ActivityFileKind,
    readonly detail: string,
  ) {
    super(`${kind} file ${problem}: ${detail}`);
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Turns a parsed activity into a {@link WorkoutReading}: the local date of the start in the runner's
 * `timeZone`, distance in km, duration = moving (timer) time, elapsed time beside it, average heart
 * rate, laps. Throws {@link ActivityFileError} for another sport or a file without distance and time.
 *
 * @example
 * summaryToReading(summary, 'fit', 'Europe/Berlin'); // { activity: 'run', date: '2025-03-02', distanceKm: 5.02, … }
 */
export function summaryToReading(
  summary: ActivitySummary,
  kind: ActivityFileKind,
  timeZone: string,
): WorkoutReading {
  if (summary.sport !== 'run' && summary.sport !== 'unknown') {
    throw new ActivityFileError('not_running', kind, `sport is ${summary.sport}`);
  }
  const distanceKm =
    summary.distanceM && summary.distanceM > 0 ? round2(summary.distanceM / 1000) : undefined;
  const moving = summary.movingSec ?? summary.elapsedSec;
  const durationSec = moving && moving >= 1 ? Math.round(moving) : undefined;
  if (distanceKm === undefined && durationSec === undefined) {
    throw new ActivityFileError('empty', kind, 'no distance and no time in the file');
  }
  const start = summary.start ? DateTime.fromJSDate(summary.start, { zone: timeZone }) : undefined;
  const date = start?.isValid ? (start.toISODate() ?? undefined) : undefined;
  const elapsed = summary.elapsedSec ? Math.round(summary.elapsedSec) : undefined;
  const laps = summary.laps.slice(0, 500).map((l) => ({
    ...(l.distanceM && l.distanceM > 0 ? { distanceKm: round2(l.distanceM / 1000) } : {}),
    ...(l.timerSec && l.timerSec >= 1 ? { durationSec: Math.round(l.timerSec) } : {}),
  }));
  return completeReading({
    activity: summary.sport,
    ...(date ? { date } : {}),
    ...(distanceKm !== undefined ? { distanceKm } : {}),
    ...(durationSec !== undefined ? { durationSec } : {}),
    ...(elapsed && elapsed >= (durationSec ?? 0) ? { elapsedSec: elapsed } : {}),
    ...(summary.avgHr && summary.avgHr > 0 && summary.avgHr < 260
      ? { avgHr: Math.round(summary.avgHr) }
      : {}),
    ...(laps.length > 1 ? { laps } : {}),
    confidence: 1,
  });
}

/**
 * Maps a sport name as files spell it (FIT `running`, TCX `Running`, GPX `run`/`Running`/`cycling`…) to
 * an activity kind.
 *
 * @example
 * sportOf('trail_running'); // 'run'
 * sportOf(undefined); // 'unknown'
 */
export function sportOf(name: string | number | undefined): WorkoutReading['activity'] {
  if (name === undefined || name === '') return 'unknown';
  const s = String(name).toLowerCase();
  if (/run|jog|treadmill/.test(s)) return 'run';
  if (/cycl|bik|ride|biking/.test(s)) return 'ride';
  if (/walk|hik/.test(s)) return 'walk';
  if (/swim/.test(s)) return 'swim';
  if (/^(generic|other|all)$/.test(s)) return 'unknown';
  return 'other';
}

/**
 * Whether a document looks like an activity file by its name or declared type — only a hint for
 * bot-poller (the 20 MB limit and the "reading your file" note); the vision app decides by the bytes.
 *
 * @example
 * looksLikeActivityFile('Morning_Run.fit', undefined); // true
 * looksLikeActivityFile('run.png', 'image/png'); // false
 */
export function looksLikeActivityFile(fileName: string | undefined, mimeType: string | undefined): boolean {
  return (
    /\.(fit|gpx|tcx)$/i.test(fileName ?? '') ||
    /^application\/(vnd\.ant\.fit|gpx\+xml|vnd\.garmin\.tcx\+xml)$/i.test(mimeType ?? '')
  );
}
