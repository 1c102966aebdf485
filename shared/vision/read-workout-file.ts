import type { Locale } from '../i18n/index.js';
import type { Units } from '../planner/index.js';
import { type ImageMime, MAX_IMAGE_BYTES, sniffImage } from './image-file.js';
import type { ScreenshotReading } from './llm-extract.js';
import { readActivityFile, sniffActivityFile } from './read-activity-file.js';
import { ScreenshotRejectedError } from './screenshot-errors.js';

/**
 * What a reader knows about the message besides the bytes: the local day it was sent (relative dates in
 * a screenshot count from it), the runner's time zone, units and language.
 *
 * @example
 * const ctx: ReadContext = { signal, referenceDate: '2025-03-05', timeZone: 'Europe/Berlin', units: 'km' };
 */
export interface ReadContext {
  readonly signal: AbortSignal;
  readonly referenceDate: string;
  readonly timeZone: string;
  readonly units: Units;
  /** The runner's language: OCR also reads it, the model is told the labels may be in it. */
  readonly locale?: Locale;
}

/**
 * Reads a screenshot (vision model or offline OCR, picked by the app).
 *
 * @example
 * const read: ImageReader = (image, mime, ctx) => readWithModel({ client, model, image, mime, context: ctx });
 */
export type ImageReader = (image: Buffer, mime: ImageMime, ctx: ReadContext) => Promise<ScreenshotReading>;

/**
 * Reads whatever the runner sent, recognised by content: a PNG/JPEG/WebP screenshot (≤ 10 MB) through
 * `readImage`, a FIT/GPX/TCX activity file (≤ 20 MB) through the file parsers. Throws
 * `ScreenshotRejectedError` for anything else or an oversized image, and `ActivityFileError` for a damaged,
 * empty or non-running activity file — none of which a retry changes. The vision job and the
 * `read-workout` CLI share it, so the CLI prints what the bot would read.
 *
 * @example
 * const r = await readWorkoutFile(bytes, ctx, ocrReader); // { kind: 'workout', method: 'fit', reading }
 */
export async function readWorkoutFile(
  bytes: Buffer,
  ctx: ReadContext,
  readImage: ImageReader,
): Promise<ScreenshotReading> {
  const mime = await sniffImage(bytes);
  if (mime) {
    if (bytes.length > MAX_IMAGE_BYTES) {
      throw new ScreenshotRejectedError('too_large', `image is ${bytes.length} bytes`);
    }
    return readImage(bytes, mime, ctx);
  }
  if (!sniffActivityFile(bytes)) {
    throw new ScreenshotRejectedError('not_image', `${bytes.length} bytes, not an image or activity file`);
  }
  const { kind, reading } = await readActivityFile(bytes, ctx.timeZone);
  return { kind: 'workout', method: kind, reading };
}
