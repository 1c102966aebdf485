import type { ParsedReplyMarkup } from './reply-markup.js';
import type { TgMessage, TgReplyKeyboardMarkup, TgUser } from './types.js';

/**
 * A message in a simulated chat as the user's app sees it: the Telegram Message plus who sent it.
 *
 * @example
 * const m: ChatMessage = { from: 'bot', message, message_id: 5, text: 'Hi', entities: [] };
 */
export interface ChatMessage {
  from: 'bot' | 'user';
  message_id: number;
  /** Text or caption (after entity parsing). */
  text: string;
  entities: TgMessage['entities'] & {};
  message: TgMessage;
  /** The reply_markup the bot attached to this message (any kind, reply keyboards included). */
  reply_markup?: ParsedReplyMarkup;
}

/**
 * The answer the bot gave to an inline button press.
 *
 * @example
 * const a: CallbackAnswer = { callback_query_id: '1', message_id: 5, data: 'go', answered: true, text: 'Saved' };
 */
export interface CallbackAnswer {
  callback_query_id: string;
  message_id: number;
  data: string;
  answered: boolean;
  text?: string;
  show_alert?: boolean;
  url?: string;
  /** Sandbox version at which it was answered. */
  version?: number;
}

/**
 * A snapshot of one private chat between a user and a bot.
 *
 * @example
 * const v: ChatView = await client.chat(1001);
 */
export interface ChatView {
  version: number;
  user: TgUser;
  blocked: boolean;
  started: boolean;
  messages: ChatMessage[];
  reply_keyboard: TgReplyKeyboardMarkup | null;
  force_reply: { placeholder?: string } | null;
  callback_answers: CallbackAnswer[];
  chat_action: { action: string; until: number } | null;
}

/**
 * State of one private chat (chat id = user id) for one bot; versioned so clients can wait for changes.
 *
 * @example
 * const chat = new ChatState(user);
 * chat.add({ from: 'user', ... });
 */
export class ChatState {
  readonly user: TgUser;
  started = false;
  blocked = false;
  private nextMessageId = 1;
  readonly messages = new Map<number, ChatMessage>();
  replyKeyboard: TgReplyKeyboardMarkup | null = null;
  forceReply: { placeholder?: string } | null = null;
  readonly callbackAnswers: CallbackAnswer[] = [];
  chatAction: { action: string; until: number } | null = null;
  version = 0;
  private waiters: { since: number; resolve: () => void }[] = [];

  constructor(user: TgUser) {
    this.user = user;
  }

  /** Allocates the next message_id of this chat. */
  allocateMessageId(): number {
    return this.nextMessageId++;
  }

  /** Marks a change and wakes everybody waiting for a newer version. */
  touch(): void {
    this.version++;
    const ready = this.waiters.filter((w) => w.since < this.version);
    this.waiters = this.waiters.filter((w) => w.since >= this.version);
    for (const w of ready) w.resolve();
  }

  /** Resolves when version > since or after timeoutMs (whichever first). */
  waitForChange(since: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.version > since || timeoutMs <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const w = {
        since,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        resolve();
      }, timeoutMs);
      this.waiters.push(w);
      signal?.addEventListener('abort', () => w.resolve());
    });
  }

  /** Adds or replaces a message and applies keyboard side effects of bot markup. */
  put(m: ChatMessage): void {
    this.messages.set(m.message_id, m);
    if (m.from === 'bot' && m.reply_markup) {
      const rm = m.reply_markup;
      if (rm.kind === 'keyboard') {
        this.replyKeyboard = rm.markup;
        this.forceReply = null;
      } else if (rm.kind === 'remove_keyboard') {
        this.replyKeyboard = null;
      } else if (rm.kind === 'force_reply') {
        this.forceReply = rm.placeholder === undefined ? {} : { placeholder: rm.placeholder };
      }
    }
    if (m.from === 'bot') this.chatAction = null;
    this.touch();
  }

  /** A JSON snapshot. */
  view(): ChatView {
    return {
      version: this.version,
      user: this.user,
      blocked: this.blocked,
      started: this.started,
      messages: [...this.messages.values()].sort((a, b) => a.message_id - b.message_id),
      reply_keyboard: this.replyKeyboard,
      force_reply: this.forceReply,
      callback_answers: [...this.callbackAnswers],
      chat_action: this.chatAction && this.chatAction.until > Date.now() ? this.chatAction : null,
    };
  }
}
