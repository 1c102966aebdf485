/**
 * One inline button: its label and the callback data it sends back (≤ 64 bytes, see callback-data.ts).
 *
 * @example
 * const b: KeyboardButton = { text: 'Marathon', data: 'p1:goal:full' };
 */
export interface KeyboardButton {
  readonly text: string;
  readonly data: string;
}

/**
 * An inline keyboard, independent of any Telegram library; the wiring layer converts it (e.g. to
 * telegraf's `Markup.inlineKeyboard(rows.map((r) => r.map((b) => Markup.button.callback(b.text, b.data))))`).
 *
 * @example
 * const k: Keyboard = { rows: [[{ text: 'km', data: 'p1:units:km' }, { text: 'miles', data: 'p1:units:mi' }]] };
 */
export interface Keyboard {
  readonly rows: readonly (readonly KeyboardButton[])[];
}

/**
 * Splits buttons into rows of at most `perRow`.
 *
 * @example
 * chunk([a, b, c], 2); // [[a, b], [c]]
 */
export function chunk<T>(items: readonly T[], perRow: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += perRow) rows.push(items.slice(i, i + perRow));
  return rows;
}
