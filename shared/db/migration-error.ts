/**
 * A migration that cannot be applied safely: an already-applied file whose content changed, a badly
 * named file, or SQL that failed. Apps refuse to start on it.
 *
 * @example
 * if (err instanceof MigrationError && err.code === 'checksum_mismatch') process.exit(1);
 */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    readonly code: 'checksum_mismatch' | 'bad_name' | 'failed',
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
