export { notifyChatOnDead } from './notify-on-dead.js';
export { OutboxSender, type OutboxSenderOptions } from './outbox-sender.js';
export { outboxUserData } from './outbox-user-data.js';
export { OUTBOX_CHANNEL, type OutboxMethod, OutboxWriter } from './outbox-writer.js';
export { pruneSentMessages } from './prune-sent.js';
