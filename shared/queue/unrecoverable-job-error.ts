/**
 * Thrown by a handler to fail a job for good: it goes dead at once (no further attempts) and `onDead` is
 * called. Use it when a retry cannot help (e.g. the screenshot is not an image).
 *
 * @example
 * if (!isImage(bytes)) throw new UnrecoverableJobError('not an image', { cause: err });
 */
export class UnrecoverableJobError extends Error {
  override readonly name = 'UnrecoverableJobError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
