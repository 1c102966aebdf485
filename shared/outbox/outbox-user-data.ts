import type { UserDataOwner } from '../account/user-data-owner.js';

/**
 * `outgoing_messages` for /deleteme: every earlier message to the runner's chats is deleted (a pending
 * reply to an action whose data is gone is moot). The deleting update's own replies (the goodbye) are
 * written after its handler and sent after commit — they are the only rows left with the chat id. Not
 * exported: transport (the runner has the messages in their chat).
 *
 * @example
 * await outboxUserData.deleteForUser(tx, { userId: 42, chatIds: [42], currentUpdateId: 7 });
 */
export const outboxUserData: UserDataOwner = {
  domain: 'outbox',
  tables: ['outgoing_messages'],
  transportOnly: ['outgoing_messages'],
  async deleteForUser(tx, who) {
    await tx`delete from outgoing_messages where chat_id in ${tx(who.chatIds)}`;
  },
};
