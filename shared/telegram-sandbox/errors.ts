/**
 * A Bot API failure with Telegram's exact envelope fields. Thrown by method handlers and turned into
 * `{ ok: false, error_code, description, parameters? }` by the server.
 *
 * @example
 * throw new TelegramApiError(400, 'Bad Request: chat not found');
 */
export class TelegramApiError extends Error {
  override readonly name = 'TelegramApiError';
  readonly errorCode: number;
  readonly description: string;
  readonly parameters: { retry_after?: number; migrate_to_chat_id?: number } | undefined;

  constructor(
    errorCode: number,
    description: string,
    parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description);
    this.errorCode = errorCode;
    this.description = description;
    this.parameters = parameters;
  }

  /**
   * The JSON envelope Telegram answers with.
   *
   * @example
   * new TelegramApiError(404, 'Not Found').toJSON(); // { ok: false, error_code: 404, description: 'Not Found' }
   */
  toJSON(): { ok: false; error_code: number; description: string; parameters?: object } {
    return {
      ok: false,
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

/**
 * A `400 Bad Request: <detail>` error.
 *
 * @example
 * throw badRequest('message text is empty');
 */
export function badRequest(detail: string): TelegramApiError {
  return new TelegramApiError(400, `Bad Request: ${detail}`);
}

/**
 * A `403 Forbidden: <detail>` error.
 *
 * @example
 * throw forbidden('bot was blocked by the user');
 */
export function forbidden(detail: string): TelegramApiError {
  return new TelegramApiError(403, `Forbidden: ${detail}`);
}

/**
 * A `409 Conflict: <detail>` error.
 *
 * @example
 * throw conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
 */
export function conflict(detail: string): TelegramApiError {
  return new TelegramApiError(409, `Conflict: ${detail}`);
}

/**
 * A `429 Too Many Requests: retry after N` error with `parameters.retry_after`.
 *
 * @example
 * throw tooManyRequests(3);
 */
export function tooManyRequests(retryAfter: number): TelegramApiError {
  return new TelegramApiError(429, `Too Many Requests: retry after ${retryAfter}`, {
    retry_after: retryAfter,
  });
}

/**
 * Error raised by the user-side API (the simulated Telegram app), answered as `{ error }` with a status.
 *
 * @example
 * throw new SandboxUserError(404, 'unknown user 5');
 */
export class SandboxUserError extends Error {
  override readonly name = 'SandboxUserError';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
