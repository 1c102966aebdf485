/** Why a screenshot or activity file was refused (the `file_*` and `not_running` reasons are activity files'). @example const r: RejectReason = 'not_image'; */
export type RejectReason =
  | 'too_large'
  | 'not_image'
  | 'damaged'
  | 'unavailable'
  | 'file_too_large'
  | 'file_damaged'
  | 'file_empty'
  | 'not_running';

/**
 * A screenshot that will never be readable (too large, not a PNG/JPEG/WebP, damaged, gone from Telegram): the job
 * answers the runner at once instead of retrying.
 *
 * @example
 * throw new ScreenshotRejectedError('too_large', 'file is 25 MB');
 */
export class ScreenshotRejectedError extends Error {
  override readonly name = 'ScreenshotRejectedError';
  constructor(
    readonly reason: RejectReason,
    detail: string,
  ) {
    super(`screenshot rejected (${reason}): ${detail}`);
  }
}

/**
 * The vision model failed in a way a retry may fix (HTTP error, timeout, malformed or off-schema JSON).
 *
 * @example
 * throw new VisionModelError('malformed JSON', { finishReason: 'stop' });
 */
export class VisionModelError extends Error {
  override readonly name = 'VisionModelError';
  constructor(
    readonly reason: string,
    readonly context: Readonly<Record<string, unknown>> = {},
  ) {
    super(`vision model failed: ${reason}`);
  }
}
