import { BotState } from './bot-state.js';
import type { CallbackAnswer, ChatState } from './chat-state.js';
import { SandboxUserError, TelegramApiError } from './errors.js';
import { formatText, textLength } from './format-text.js';
import { makeCallbackQueryId } from './ids.js';
import type { SandboxState } from './sandbox-state.js';
import type { TgChatMember, TgMessage, TgUser } from './types.js';

function userChat(state: SandboxState, bot: BotState, userId: number): { user: TgUser; chat: ChatState } {
  const user = state.users.get(userId);
  if (!user) throw new SandboxUserError(404, `unknown user ${userId}; create it first (POST /sandbox/users)`);
  const chat = bot.chatFor(user);
  if (chat.blocked) throw new SandboxUserError(409, `user ${userId} has blocked the bot; unblock it first`);
  return { user, chat };
}

function userMessage(user: TgUser, chat: ChatState, replyTo?: number): TgMessage {
  const reply = replyTo === undefined ? undefined : chat.messages.get(replyTo)?.message;
  if (replyTo !== undefined && !reply) throw new SandboxUserError(404, `no message ${replyTo} to reply to`);
  return {
    message_id: chat.allocateMessageId(),
    from: user,
    chat: BotState.chatObject(user),
    date: Math.floor(Date.now() / 1000),
    ...(reply ? { reply_to_message: reply } : {}),
  };
}

function deliver(bot: BotState, chat: ChatState, message: TgMessage): TgMessage {
  chat.started = true;
  const text = message.text ?? message.caption ?? '';
  chat.put({
    from: 'user',
    message_id: message.message_id,
    text,
    entities: message.entities ?? message.caption_entities ?? [],
    message,
  });
  bot.queue.push({ message });
  return message;
}

/**
 * The user types a text (commands get a bot_command entity like in Telegram) → `message` update.
 *
 * @example
 * userSendText(state, bot, 1001, '/start');
 */
export function userSendText(
  state: SandboxState,
  bot: BotState,
  userId: number,
  text: string,
  replyTo?: number,
): TgMessage {
  const { user, chat } = userChat(state, bot, userId);
  const f = formatText(text, undefined);
  if (f.text === '') throw new SandboxUserError(400, 'message text is empty');
  if (textLength(f.text) > 4096) throw new SandboxUserError(400, 'message is too long');
  const message = userMessage(user, chat, replyTo);
  message.text = f.text;
  if (f.entities.length > 0) message.entities = f.entities;
  return deliver(bot, chat, message);
}

function caption(text: string | undefined): Partial<TgMessage> {
  if (!text) return {};
  const f = formatText(text, undefined);
  return f.text === ''
    ? {}
    : { caption: f.text, ...(f.entities.length ? { caption_entities: f.entities } : {}) };
}

/**
 * The user sends a file: as a photo (compressed; needs PNG/JPEG/GIF/WebP bytes) or as a document.
 *
 * @example
 * userSendFile(state, bot, 1001, { kind: 'photo', data: png, fileName: 'run.png' });
 */
export function userSendFile(
  state: SandboxState,
  bot: BotState,
  userId: number,
  file: { kind: 'photo' | 'document'; data: Buffer; fileName: string; mimeType?: string; caption?: string },
): TgMessage {
  const { user, chat } = userChat(state, bot, userId);
  if (file.data.length === 0) throw new SandboxUserError(400, 'file is empty');
  let media: Partial<TgMessage>;
  try {
    media =
      file.kind === 'photo'
        ? { photo: state.files.addPhoto(bot.id, file.data, file.fileName) }
        : { document: state.files.addDocument(bot.id, file.data, file.fileName, file.mimeType) };
  } catch (e) {
    if (e instanceof TelegramApiError) throw new SandboxUserError(400, `not an image: ${e.description}`);
    throw e;
  }
  const message = { ...userMessage(user, chat), ...media, ...caption(file.caption) };
  return deliver(bot, chat, message);
}

function chatInstance(bot: BotState, userId: number): string {
  return (-((BigInt(bot.id) * 1_000_003n + BigInt(userId)) % 9_000_000_000_000_000_000n)).toString();
}

/**
 * The user presses an inline button of a bot message (by callback_data or button text) → `callback_query`.
 *
 * @example
 * userPressButton(state, bot, 1001, 5, { text: 'Marathon' }); // { callback_query_id: '…', answered: false, … }
 */
export function userPressButton(
  state: SandboxState,
  bot: BotState,
  userId: number,
  messageId: number,
  which: { data?: string; text?: string },
): CallbackAnswer {
  const { user, chat } = userChat(state, bot, userId);
  const target = chat.messages.get(messageId);
  if (target?.from !== 'bot')
    throw new SandboxUserError(404, `no bot message ${messageId} in chat ${userId}`);
  const buttons = target.message.reply_markup?.inline_keyboard.flat() ?? [];
  const button = buttons.find((b) =>
    which.data !== undefined ? b.callback_data === which.data : b.text === which.text,
  );
  if (!button) {
    const names = buttons.map((b) => JSON.stringify(b.text)).join(', ') || 'none';
    throw new SandboxUserError(
      404,
      `message ${messageId} has no button ${JSON.stringify(which.data ?? which.text)} (buttons: ${names})`,
    );
  }
  if (button.callback_data === undefined)
    throw new SandboxUserError(400, `button ${JSON.stringify(button.text)} is not a callback button`);
  const id = makeCallbackQueryId();
  const record: CallbackAnswer = {
    callback_query_id: id,
    message_id: messageId,
    data: button.callback_data,
    answered: false,
  };
  bot.callbacks.set(id, { ...record, chatId: userId, createdAt: Date.now() });
  chat.callbackAnswers.push(record);
  chat.touch();
  bot.queue.push({
    callback_query: {
      id,
      from: user,
      message: target.message,
      chat_instance: chatInstance(bot, userId),
      data: button.callback_data,
    },
  });
  return record;
}

/**
 * The user blocks (or unblocks) the bot → `my_chat_member` update; sends to a blocked chat fail with 403.
 *
 * @example
 * userSetBlocked(state, bot, 1001, true);
 */
export function userSetBlocked(state: SandboxState, bot: BotState, userId: number, blocked: boolean): void {
  const user = state.users.get(userId);
  if (!user) throw new SandboxUserError(404, `unknown user ${userId}`);
  const chat = bot.chatFor(user);
  if (chat.blocked === blocked) return;
  chat.blocked = blocked;
  chat.touch();
  const botUser: TgUser = {
    id: bot.me.id,
    is_bot: true,
    first_name: bot.me.first_name,
    username: bot.me.username!,
  };
  const member: TgChatMember = { user: botUser, status: 'member' };
  const kicked: TgChatMember = { user: botUser, status: 'kicked', until_date: 0 };
  bot.queue.push({
    my_chat_member: {
      chat: BotState.chatObject(user),
      from: user,
      date: Math.floor(Date.now() / 1000),
      old_chat_member: blocked ? member : kicked,
      new_chat_member: blocked ? kicked : member,
    },
  });
}
