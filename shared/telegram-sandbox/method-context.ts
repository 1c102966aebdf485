import type { BotState } from './bot-state.js';
import type { RequestParams } from './request-params.js';
import type { SandboxState } from './sandbox-state.js';

/**
 * What a Bot API method handler gets: the world, the calling bot, its parameters, the caller's address.
 *
 * @example
 * const handler: MethodHandler = ({ bot }) => bot.me;
 */
export interface MethodContext {
  state: SandboxState;
  bot: BotState;
  params: RequestParams;
  /** `address:port` of the HTTP client (empty for webhook replies). */
  remote: string;
  /** Aborted when the HTTP client disconnects. */
  signal: AbortSignal;
}

/**
 * A Bot API method implementation; returns the `result` or throws `TelegramApiError`.
 *
 * @example
 * const getMe: MethodHandler = ({ bot }) => bot.me;
 */
export type MethodHandler = (ctx: MethodContext) => unknown;
