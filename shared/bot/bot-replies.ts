import type { InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'telegraf/types';
import { OUTGOING_REF_KEY, type OutboxWriter } from '../outbox/index.js';

type Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove;

/** Telegram's hard limit for a message's text. */
export const MAX_MESSAGE_LENGTH = 4096;

/**
 * Replies for one chat, queued in the update's outbox (sent after commit, in order).
 *
 * @example
 * ctx.out.html('<b>Saved</b>', inlineKeyboard);
 * ctx.out.answerCallback('Done ✅');
 */
export class BotReplies {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly chatId: number,
    private readonly callbackQueryId?: string,
  ) {}

  /** Sends HTML text (the caller escapes user-provided parts). Long text is split at line breaks. */
  html(text: string, markup?: Markup): void {
    const parts = splitText(text);
    parts.forEach((part, index) => {
      this.outbox.send(
        this.chatId,
        'sendMessage',
        this.htmlPayload(part, index === parts.length - 1 ? markup : undefined),
      );
    });
  }

  private htmlPayload(text: string, markup: Markup | undefined): Record<string, unknown> {
    return {
      chat_id: this.chatId,
      text,
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(markup ? { reply_markup: markup } : {}),
    };
  }

  /**
   * Like {@link html}, but written at once, returning the outbox id of the message that carries `markup`
   * (the last part), so its buttons can be found and removed later.
   *
   * @example
   * const promptId = await ctx.out.htmlNow('When is your race?', keyboard);
   */
  async htmlNow(text: string, markup?: Markup): Promise<number> {
    const parts = splitText(text);
    for (const part of parts.slice(0, -1))
      this.outbox.send(this.chatId, 'sendMessage', this.htmlPayload(part, undefined));
    return this.outbox.sendNow(this.chatId, 'sendMessage', this.htmlPayload(parts.at(-1) ?? '', markup));
  }

  /** Replaces the text (and keyboard) of a message the bot sent earlier. */
  editHtml(messageId: number, text: string, markup?: InlineKeyboardMarkup): void {
    this.outbox.send(this.chatId, 'editMessageText', {
      chat_id: this.chatId,
      message_id: messageId,
      text: text.slice(0, MAX_MESSAGE_LENGTH),
      parse_mode: 'HTML',
      ...(markup ? { reply_markup: markup } : {}),
    });
  }

  /** Replaces only the inline keyboard of an earlier message (e.g. toggles). */
  editMarkup(messageId: number, markup: InlineKeyboardMarkup | undefined): void {
    this.outbox.send(this.chatId, 'editMessageReplyMarkup', {
      chat_id: this.chatId,
      message_id: messageId,
      reply_markup: markup ?? { inline_keyboard: [] },
    });
  }

  /**
   * Replaces the inline keyboard of a message this bot queued earlier, named by its outbox row rather
   * than its Telegram id: the sender looks the id up when it gets to this call (the chat's earlier rows
   * are always done by then), so it works even when that message's "sent" mark has not been recorded
   * yet. A message that was never delivered has no buttons to remove; the edit is then dropped.
   *
   * @example
   * ctx.out.editMarkupOfOutgoing(promptOutgoingId, undefined); // remove the old question's buttons
   */
  editMarkupOfOutgoing(outgoingId: number, markup: InlineKeyboardMarkup | undefined): void {
    this.outbox.send(this.chatId, 'editMessageReplyMarkup', {
      chat_id: this.chatId,
      [OUTGOING_REF_KEY]: outgoingId,
      reply_markup: markup ?? { inline_keyboard: [] },
    });
  }

  /** Answers the pressed button (stops its spinner); a no-op for non-callback updates. */
  answerCallback(text?: string, showAlert = false): void {
    if (!this.callbackQueryId) return;
    this.outbox.send(this.chatId, 'answerCallbackQuery', {
      callback_query_id: this.callbackQueryId,
      ...(text ? { text: text.slice(0, 200), show_alert: showAlert } : {}),
    });
  }

  /** Sends a PNG (e.g. a chart) with an HTML caption. */
  photo(png: Buffer, caption?: string, filename = 'chart.png'): void {
    this.outbox.send(this.chatId, 'sendPhoto', {
      chat_id: this.chatId,
      photo: { base64: png.toString('base64'), filename },
      ...(caption ? { caption: caption.slice(0, 1024), parse_mode: 'HTML' } : {}),
    });
  }

  /**
   * Sends a file as a document (e.g. a JSON export) with an optional HTML caption.
   *
   * @example
   * ctx.out.document(Buffer.from(JSON.stringify(data)), 'export.json', 'Your data');
   */
  document(data: Buffer, filename: string, caption?: string): void {
    this.outbox.send(this.chatId, 'sendDocument', {
      chat_id: this.chatId,
      document: { base64: data.toString('base64'), filename },
      ...(caption ? { caption: caption.slice(0, 1024), parse_mode: 'HTML' } : {}),
    });
  }

  /** Shows "typing…" while slow work runs elsewhere. */
  typing(): void {
    this.outbox.send(this.chatId, 'sendChatAction', { chat_id: this.chatId, action: 'typing' });
  }
}

/** Splits text into Telegram-sized parts, preferring line breaks. */
export function splitText(text: string, limit = MAX_MESSAGE_LENGTH): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf('\n', limit);
    if (cut < limit / 2) cut = limit;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest) parts.push(rest);
  return parts;
}
