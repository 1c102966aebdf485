import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import type { Keyboard } from '../../../shared/profile/index.js';

/**
 * Converts the dialog's library-free {@link Keyboard} into Telegram's `inline_keyboard` markup
 * (`undefined` when there is no keyboard).
 *
 * @example
 * toInlineKeyboard({ rows: [[{ text: 'km', data: 'p1:units:km' }]] });
 * // { inline_keyboard: [[{ text: 'km', callback_data: 'p1:units:km' }]] }
 */
export function toInlineKeyboard(keyboard: Keyboard | undefined): InlineKeyboardMarkup | undefined {
  if (!keyboard || keyboard.rows.length === 0) return undefined;
  return {
    inline_keyboard: keyboard.rows.map((row) =>
      row.map((b): InlineKeyboardButton => ({ text: b.text, callback_data: b.data })),
    ),
  };
}

/**
 * A one-row inline keyboard of `[text, callback_data]` pairs.
 *
 * @example
 * buttonsRow([['✏️ Edit', 'pe:edit']]); // { inline_keyboard: [[{ text: '✏️ Edit', callback_data: 'pe:edit' }]] }
 */
export function buttonsRow(buttons: ReadonlyArray<readonly [string, string]>): InlineKeyboardMarkup {
  return { inline_keyboard: [buttons.map(([text, data]) => ({ text, callback_data: data }))] };
}
