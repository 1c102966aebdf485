export { Housekeeping, type HousekeepingOptions } from './housekeeping.js';
export { chatIdOf, INBOX_CHANNEL, inboxUserData, storableUpdate, storeUpdates } from './inbox-store.js';
export { pruneHandled } from './prune.js';
export { ALLOWED_UPDATES, UpdatePoller, type UpdatePollerOptions } from './update-poller.js';
export { type UpdateHandler, UpdateProcessor, type UpdateProcessorOptions } from './update-processor.js';
