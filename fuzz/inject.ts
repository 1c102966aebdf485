import { BotState } from '../shared/telegram-sandbox/bot-state.js';
import { makeCallbackQueryId } from '../shared/telegram-sandbox/ids.js';
import type { RunningSandbox, TgMessage, TgUser } from '../shared/telegram-sandbox/index.js';
import type { RAW_KINDS } from './generators.js';

/**
 * Updates the sandbox's user API cannot produce (a sticker, a voice note, forged callback data), pushed
 * straight into the in-process sandbox's update queue exactly as Telegram would deliver them.
 *
 * @example
 * const inject = new UpdateInjector(sys.sandbox);
 * const updateId = inject.raw(1001, 'sticker');
 * const queryId = inject.callback(1001, 'w1:done:42');
 */
export class UpdateInjector {
  constructor(private readonly sandbox: RunningSandbox) {}

  private get bot(): BotState {
    return this.sandbox.state.defaultBot as BotState;
  }

  private user(userId: number): TgUser {
    const user = this.sandbox.state.users.get(userId);
    if (!user) throw new Error(`unknown sandbox user ${userId}`);
    return user;
  }

  private message(userId: number): TgMessage {
    const user = this.user(userId);
    const chat = this.bot.chatFor(user);
    chat.started = true;
    return {
      message_id: chat.allocateMessageId(),
      from: user,
      chat: BotState.chatObject(user),
      date: Math.floor(Date.now() / 1000),
    };
  }

  /** A message of a kind the user API has no route for; returns its update_id. */
  raw(userId: number, kind: (typeof RAW_KINDS)[number]): number | undefined {
    const base = this.message(userId);
    const file = { file_id: `fz-${kind}-${base.message_id}`, file_unique_id: `u${base.message_id}` };
    const bodies: Record<(typeof RAW_KINDS)[number], Record<string, unknown>> = {
      sticker: {
        sticker: {
          ...file,
          type: 'regular',
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
          emoji: '🏃',
        },
      },
      voice: { voice: { ...file, duration: 7, mime_type: 'audio/ogg', file_size: 12_345 } },
      video_note: { video_note: { ...file, length: 240, duration: 5 } },
      animation: { animation: { ...file, width: 320, height: 240, duration: 3 }, document: { ...file } },
      location: { location: { latitude: 52.52, longitude: 13.405 } },
      contact: { contact: { phone_number: '+4900000000', first_name: '<b>Eve</b>' } },
      dice: { dice: { emoji: '🎲', value: 6 } },
      poll: {
        poll: {
          id: '1',
          question: 'Run?',
          options: [{ text: 'yes', voter_count: 0 }],
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: true,
          type: 'regular',
          allows_multiple_answers: false,
        },
      },
      edited_message: {},
    };
    if (kind === 'edited_message') {
      return this.bot.queue.push({
        edited_message: { ...base, edit_date: base.date, text: '/plan <b>edited</b>' },
      } as never)?.update_id;
    }
    return this.bot.queue.push({ message: { ...base, ...bodies[kind] } } as never)?.update_id;
  }

  /**
   * A callback query with arbitrary (forged) data on a message in the presser's own chat — what a
   * modified client can send. Registered so the bot's answerCallbackQuery is accepted; returns its id.
   */
  callback(userId: number, data: string): string {
    const user = this.user(userId);
    const chat = this.bot.chatFor(user);
    // A real bot message of this chat (Telegram only sends callbacks for existing messages).
    const botMessages = [...chat.messages.values()].filter((m) => m.from === 'bot');
    const message: TgMessage = botMessages.at(-1)?.message ?? {
      ...this.message(userId),
      from: this.bot.me,
      text: 'an old message with buttons',
    };
    const id = makeCallbackQueryId();
    const record = { callback_query_id: id, message_id: message.message_id, data, answered: false };
    this.bot.callbacks.set(id, { ...record, chatId: userId, createdAt: Date.now() });
    chat.callbackAnswers.push(record);
    this.bot.queue.push({
      callback_query: { id, from: user, message, chat_instance: String(-userId), data },
    } as never);
    return id;
  }
}
