import { DateTime } from 'luxon';
import { LOCALES, type Locale, type Translator, t } from '../i18n/index.js';
import { escapeHtml } from './escape-html.js';
import { ENGLISH } from './local-format.js';

/** The bot's commands in menu order; their descriptions are `command-<name>` in the help catalog. */
const COMMANDS = [
  'start',
  'profile',
  'plan',
  'today',
  'week',
  'calendar',
  'pending',
  'log',
  'history',
  'stats',
  'pause',
  'resume',
  'reminders',
  'notes',
  'language',
  'export',
  'deleteme',
  'cancel',
  'help',
] as const;

/**
 * The bot's commands with short descriptions in one language, ready for Telegram's `setMyCommands`.
 *
 * @example
 * await telegram.setMyCommands(commandMenu('ru'), { language_code: 'ru' });
 */
export function commandMenu(locale: Locale): { command: string; description: string }[] {
  return COMMANDS.map((command) => ({ command, description: t(locale, `command-${command}`) }));
}

/**
 * The bot's commands with English descriptions (the default menu).
 *
 * @example
 * botCommands.map((c) => c.command).includes('language'); // true
 */
export const botCommands: readonly { readonly command: string; readonly description: string }[] =
  commandMenu('en');

/**
 * Every language's command menu, for one `setMyCommands` call per language.
 *
 * @example
 * for (const { locale, commands } of commandMenus()) await telegram.setMyCommands(commands, { language_code: locale });
 */
export function commandMenus(): { locale: Locale; commands: { command: string; description: string }[] }[] {
  return LOCALES.map((locale) => ({ locale, commands: commandMenu(locale) }));
}

/**
 * The /help text (HTML): every command in plain words.
 *
 * @example
 * ctx.out.html(renderHelp(ctx.t));
 */
export function renderHelp(tr: Translator = ENGLISH): string {
  return tr('help-text');
}

/**
 * Confirmation after the time-zone answer, with the local time so the runner can spot a wrong zone.
 * For a fixed offset it says that clocks will not change for daylight saving.
 *
 * @example
 * timeZoneConfirmation({ zone: 'Etc/GMT-3', label: 'UTC+3', kind: 'offset' }, new Date());
 */
export function timeZoneConfirmation(
  match: { zone: string; label: string; kind: string },
  now: Date,
  tr: Translator = ENGLISH,
): string {
  const time = DateTime.fromJSDate(now, { zone: match.zone }).toFormat('HH:mm');
  const args = { label: escapeHtml(match.label), zone: escapeHtml(match.zone), time };
  return tr(match.kind === 'offset' ? 'step-tz-confirm-offset' : 'step-tz-confirm', args);
}
