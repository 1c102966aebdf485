/**
 * Local Telegram Bot API sandbox: a faithful fake of api.telegram.org for development and tests.
 *
 * @example
 * import { createSandbox, SandboxClient } from '../../shared/telegram-sandbox/index.js';
 * const sb = await createSandbox({ port: 0 });
 * const client = new SandboxClient(sb.url);
 */
export { SUPPORTED_METHODS } from './bot-api.js';
export type { BotSpec } from './bot-state.js';
export { renderChatPage } from './chat-page.js';
export type { CallbackAnswer, ChatMessage, ChatView } from './chat-state.js';
export { createSandbox, type RunningSandbox, type SandboxOptions } from './create-sandbox.js';
export { SandboxUserError, TelegramApiError } from './errors.js';
export type { FaultSpec } from './fault-injector.js';
export { DEFAULT_FLOOD_LIMITS, type FloodLimits } from './flood-limiter.js';
export { formatText } from './format-text.js';
export { generateBotToken, parseBotToken } from './ids.js';
export { SandboxClient, type SandboxStats, SandboxUser, SandboxWaitTimeoutError } from './sandbox-client.js';
export type { SandboxBehaviour } from './sandbox-state.js';
export type * from './types.js';
