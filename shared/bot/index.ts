export { BotContext, type BotUser } from './bot-context.js';
export { BotReplies, MAX_MESSAGE_LENGTH, splitText } from './bot-replies.js';
export { DirectSendError } from './direct-send-error.js';
export { apologiseForPoisonUpdate } from './poison-reply.js';
export { createUpdateRouter, type UpdateRouterOptions } from './update-router.js';
