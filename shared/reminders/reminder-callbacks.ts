import { CALLBACK_PREFIXES, callbackData, registerCallbackCodec } from '../callbacks/index.js';

/** The /reminders setting buttons without an argument. @example REMINDER_ACTIONS[0]; // 'on' */
export const REMINDER_ACTIONS = ['on', 'off', 'hours', 'rest-on', 'rest-off', 'preview', 'back'] as const;

/**
 * A pressed /reminders button: a setting action, or a chosen hour (0–23, the runner's local time).
 *
 * @example
 * const a: ReminderAction = { action: 'hour', hour: 20 };
 */
export type ReminderAction =
  | { readonly action: (typeof REMINDER_ACTIONS)[number] }
  | { readonly action: 'hour'; readonly hour: number };

const P = CALLBACK_PREFIXES.reminders;

/**
 * Matches exactly the data of the /reminders buttons (`rem1:<action>`, `rem1:hour:<0–23>`), a telegraf
 * `action()` trigger; anything else under the prefix is left to the stale-button answer.
 *
 * @example
 * REMINDER_ACTION_PATTERN.test('rem1:hour:20'); // true
 */
export const REMINDER_ACTION_PATTERN = new RegExp(
  `^${P}:(?:(${REMINDER_ACTIONS.join('|')})|hour:(1?\\d|2[0-3]))$`,
);

/**
 * Encodes a /reminders button.
 *
 * @example
 * encodeReminderAction({ action: 'hour', hour: 7 }); // 'rem1:hour:7'
 * encodeReminderAction({ action: 'preview' });       // 'rem1:preview'
 */
export function encodeReminderAction(a: ReminderAction): string {
  return callbackData('reminders', 'hour' in a ? `hour:${a.hour}` : a.action);
}

/**
 * Parses /reminders button data; undefined for anything else (forged, stale, an hour past 23).
 *
 * @example
 * parseReminderAction('rem1:hour:20'); // { action: 'hour', hour: 20 }
 * parseReminderAction('rem1:hour:24'); // undefined
 */
export function parseReminderAction(data: string): ReminderAction | undefined {
  const m = REMINDER_ACTION_PATTERN.exec(data);
  if (!m) return undefined;
  const action = REMINDER_ACTIONS.find((a) => a === m[1]);
  return action ? { action } : { action: 'hour', hour: Number(m[2]) };
}

/**
 * The /reminders buttons in the callback registry.
 *
 * @example
 * reminderCallbacks.parse('rem1:on'); // { action: 'on' }
 */
export const reminderCallbacks = registerCallbackCodec<ReminderAction>({
  names: ['reminders'],
  encode: encodeReminderAction,
  parse: parseReminderAction,
  examples: [
    ...REMINDER_ACTIONS.map((action) => ({ action })),
    { action: 'hour', hour: 0 },
    { action: 'hour', hour: 9 },
    { action: 'hour', hour: 23 },
  ],
});
