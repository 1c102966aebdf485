/**
 * Telegram Bot API object shapes produced by the sandbox (the subset it implements).
 *
 * @example
 * const user: TgUser = { id: 1001, is_bot: false, first_name: 'Ann' };
 */
export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  can_join_groups?: boolean;
  can_read_all_group_messages?: boolean;
  supports_inline_queries?: boolean;
  can_connect_to_business?: boolean;
  has_main_web_app?: boolean;
}

/**
 * A chat (the sandbox only has private chats: chat id = user id).
 *
 * @example
 * const chat: TgChat = { id: 1001, type: 'private', first_name: 'Ann' };
 */
export interface TgChat {
  id: number;
  type: 'private';
  first_name?: string;
  last_name?: string;
  username?: string;
}

/**
 * A message entity; offsets and lengths are in UTF-16 code units like Telegram.
 *
 * @example
 * const e: TgMessageEntity = { type: 'bold', offset: 0, length: 4 };
 */
export interface TgMessageEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
}

/**
 * One size of a photo.
 *
 * @example
 * const p: TgPhotoSize = { file_id: 'AgAC…', file_unique_id: 'AQAD…', width: 90, height: 60, file_size: 900 };
 */
export interface TgPhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

/**
 * A general file.
 *
 * @example
 * const d: TgDocument = { file_id: 'BQAC…', file_unique_id: 'AgAD…', file_name: 'plan.pdf' };
 */
export interface TgDocument {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
}

/**
 * Result of getFile.
 *
 * @example
 * const f: TgFile = { file_id: 'x', file_unique_id: 'y', file_size: 10, file_path: 'photos/file_0.jpg' };
 */
export interface TgFile {
  file_id: string;
  file_unique_id: string;
  file_size?: number;
  file_path?: string;
}

/**
 * An inline keyboard button (the kinds the sandbox accepts).
 *
 * @example
 * const b: TgInlineKeyboardButton = { text: 'Marathon', callback_data: 'goal:42' };
 */
export interface TgInlineKeyboardButton {
  text: string;
  callback_data?: string;
  url?: string;
  switch_inline_query?: string;
  switch_inline_query_current_chat?: string;
  copy_text?: { text: string };
}

/**
 * Inline keyboard attached to a message.
 *
 * @example
 * const m: TgInlineKeyboardMarkup = { inline_keyboard: [[{ text: 'Go', callback_data: 'go' }]] };
 */
export interface TgInlineKeyboardMarkup {
  inline_keyboard: TgInlineKeyboardButton[][];
}

/**
 * Custom reply keyboard shown under the input field.
 *
 * @example
 * const k: TgReplyKeyboardMarkup = { keyboard: [[{ text: 'Yes' }]], resize_keyboard: true };
 */
export interface TgReplyKeyboardMarkup {
  keyboard: { text: string; request_contact?: boolean; request_location?: boolean }[][];
  is_persistent?: boolean;
  resize_keyboard?: boolean;
  one_time_keyboard?: boolean;
  input_field_placeholder?: string;
  selective?: boolean;
}

/**
 * Any reply_markup the sandbox accepts.
 *
 * @example
 * const r: TgReplyMarkup = { remove_keyboard: true };
 */
export type TgReplyMarkup =
  | TgInlineKeyboardMarkup
  | TgReplyKeyboardMarkup
  | { remove_keyboard: true; selective?: boolean }
  | { force_reply: true; input_field_placeholder?: string; selective?: boolean };

/**
 * A message as Telegram returns it.
 *
 * @example
 * const m: TgMessage = { message_id: 1, date: 1700000000, chat: { id: 1, type: 'private' }, text: 'hi' };
 */
export interface TgMessage {
  message_id: number;
  from?: TgUser;
  chat: TgChat;
  date: number;
  edit_date?: number;
  reply_to_message?: TgMessage;
  text?: string;
  entities?: TgMessageEntity[];
  caption?: string;
  caption_entities?: TgMessageEntity[];
  photo?: TgPhotoSize[];
  document?: TgDocument;
  reply_markup?: TgInlineKeyboardMarkup;
}

/**
 * A chat member record (for my_chat_member updates).
 *
 * @example
 * const m: TgChatMember = { user: bot, status: 'kicked', until_date: 0 };
 */
export interface TgChatMember {
  user: TgUser;
  status: 'member' | 'kicked';
  until_date?: number;
}

/**
 * A callback query (inline button press).
 *
 * @example
 * const q: TgCallbackQuery = { id: '123', from: user, chat_instance: '-1', data: 'go', message };
 */
export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  message?: TgMessage;
  chat_instance: string;
  data?: string;
}

/**
 * An update delivered by getUpdates or a webhook.
 *
 * @example
 * const u: TgUpdate = { update_id: 100, message };
 */
export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  callback_query?: TgCallbackQuery;
  my_chat_member?: {
    chat: TgChat;
    from: TgUser;
    date: number;
    old_chat_member: TgChatMember;
    new_chat_member: TgChatMember;
  };
}

/**
 * A bot command as set by setMyCommands.
 *
 * @example
 * const c: TgBotCommand = { command: 'start', description: 'Start' };
 */
export interface TgBotCommand {
  command: string;
  description: string;
}
