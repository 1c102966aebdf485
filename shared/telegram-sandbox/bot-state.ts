import { type CallbackAnswer, ChatState } from './chat-state.js';
import { badRequest, forbidden } from './errors.js';
import { parseBotToken } from './ids.js';
import type { TgBotCommand, TgChat, TgMessage, TgUser } from './types.js';
import { UpdateQueue } from './update-queue.js';

/**
 * A bot registered in the sandbox.
 *
 * @example
 * const spec: BotSpec = { token: '123:AA…', username: 'coach_bot', first_name: 'Coach' };
 */
export interface BotSpec {
  token: string;
  username?: string;
  first_name?: string;
}

/**
 * Everything the sandbox knows about one bot: its identity, update queue, chats, callbacks and commands.
 *
 * @example
 * const bot = new BotState({ token: generateBotToken() });
 * bot.queue.push({ message });
 */
export class BotState {
  readonly id: number;
  readonly token: string;
  readonly me: TgUser;
  readonly queue = new UpdateQueue();
  readonly chats = new Map<number, ChatState>();
  readonly callbacks = new Map<string, CallbackAnswer & { chatId: number; createdAt: number }>();
  readonly commands = new Map<string, TgBotCommand[]>();
  /** Calls per canonical method name. */
  readonly calls = new Map<string, number>();
  loggedOutUntil = 0;
  readonly startedAt = Date.now();

  constructor(spec: BotSpec) {
    const id = parseBotToken(spec.token);
    if (id === undefined) throw new Error(`invalid bot token shape: ${spec.token.replace(/:.*/, ':***')}`);
    this.id = id;
    this.token = spec.token;
    const username = spec.username ?? `sandbox_${id}_bot`;
    this.me = {
      id,
      is_bot: true,
      first_name: spec.first_name ?? 'Sandbox Bot',
      username,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    };
  }

  /** Counts a call of `method`. */
  count(method: string): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
  }

  /** The chat with a user, created on first contact. */
  chatFor(user: TgUser): ChatState {
    let chat = this.chats.get(user.id);
    if (!chat) {
      chat = new ChatState(user);
      this.chats.set(user.id, chat);
    }
    return chat;
  }

  /**
   * The chat a bot method addresses, with Telegram's errors: unknown → 400 `chat not found`, never started →
   * 403 `bot can't initiate conversation with a user`, blocked → 403 `bot was blocked by the user`.
   */
  chatForSend(chatId: number | string, users: Map<number, TgUser>): ChatState {
    if (typeof chatId !== 'number' || !users.has(chatId)) throw badRequest('chat not found');
    const chat = this.chats.get(chatId);
    if (!chat?.started) throw forbidden("bot can't initiate conversation with a user");
    if (chat.blocked) throw forbidden('bot was blocked by the user');
    return chat;
  }

  /** The chat object Telegram puts in messages. */
  static chatObject(user: TgUser): TgChat {
    return {
      id: user.id,
      type: 'private',
      first_name: user.first_name,
      ...(user.last_name ? { last_name: user.last_name } : {}),
      ...(user.username ? { username: user.username } : {}),
    };
  }

  /** A message skeleton from the bot into a chat. */
  botMessage(chat: ChatState): TgMessage {
    return {
      message_id: chat.allocateMessageId(),
      from: { id: this.me.id, is_bot: true, first_name: this.me.first_name, username: this.me.username! },
      chat: BotState.chatObject(chat.user),
      date: Math.floor(Date.now() / 1000),
    };
  }
}
