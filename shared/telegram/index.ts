export { classifyTelegramError, type TelegramFailure } from './classify-error.js';
export { createTelegram } from './create-telegram.js';
export { waitForBotInfo } from './wait-for-bot-info.js';
export { sharedWebhookSecret } from './webhook-secret-store.js';
