import {
  ActivityFileError,
  type ActivityFileKind,
  type ActivitySummary,
  summaryToReading,
} from './activity-summary.js';
import { xmlActivityKind } from './read-activity-xml.js';
import { isFitFile, readFit } from './read-fit.js';
import { readGpx } from './read-gpx.js';
import { readTcx } from './read-tcx.js';
import type { WorkoutReading } from './workout-reading.js';

/**
 * Which activity file the bytes are, by content (FIT header signature, GPX/TCX root element), never by
 * name; undefined for anything else.
 *
 * @example
 * sniffActivityFile(fitBytes); // 'fit'
 */
export function sniffActivityFile(bytes: Uint8Array): ActivityFileKind | undefined {
  if (isFitFile(bytes)) return 'fit';
  return xmlActivityKind(bytes);
}

const READERS: Record<ActivityFileKind, (bytes: Uint8Array) => Promise<ActivitySummary>> = {
  fit: readFit,
  gpx: readGpx,
  tcx: readTcx,
};

/**
 * Reads a FIT, GPX or TCX file into a {@link WorkoutReading} (date in the runner's `timeZone`). Throws
 * {@link ActivityFileError} for a damaged file, another sport or a file without numbers — and for bytes
 * that are no activity file at all (`damaged`, as the caller already decided it should be one).
 *
 * @example
 * const { kind, reading } = await readActivityFile(bytes, 'Europe/Berlin');
 */
export async function readActivityFile(
  bytes: Uint8Array,
  timeZone: string,
): Promise<{ kind: ActivityFileKind; reading: WorkoutReading }> {
  const kind = sniffActivityFile(bytes);
  if (!kind) throw new ActivityFileError('damaged', 'fit', 'not a FIT, GPX or TCX file');
  let summary: ActivitySummary;
  try {
    summary = await READERS[kind](bytes);
  } catch (err) {
    if (err instanceof ActivityFileError) throw err;
    // The SDK and the XML parser throw plain errors on garbage they did not foresee.
    throw new ActivityFileError('damaged', kind, String(err).slice(0, 200));
  }
  return { kind, reading: summaryToReading(summary, kind, timeZone) };
}
