/**
 * Thrown when a feature calls the Bot API directly (`ctx.reply`, `ctx.telegram…`) inside an update
 * handler: a send cannot be rolled back with the transaction, so replies must go through `ctx.out`.
 *
 * @example
 * ctx.reply('hi'); // throws DirectSendError { method: 'sendMessage' }
 */
export class DirectSendError extends Error {
  override readonly name = 'DirectSendError';
  constructor(readonly method: string) {
    super(
      `Bot API method ${method} called directly inside an update handler; use ctx.out (sent after commit)`,
    );
  }
}
