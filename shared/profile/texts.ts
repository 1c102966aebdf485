import { DateTime } from 'luxon';
import { escapeHtml } from './escape-html.js';

/**
 * The bot's commands with short descriptions, ready for Telegram's `setMyCommands`.
 *
 * @example
 * await bot.telegram.setMyCommands(botCommands.map((c) => ({ ...c })));
 */
export const botCommands: readonly { readonly command: string; readonly description: string }[] = [
  { command: 'start', description: 'Set up your runner profile and plan' },
  { command: 'profile', description: 'See or change your profile' },
  { command: 'plan', description: 'Your training plan' },
  { command: 'today', description: "Today's workout" },
  { command: 'week', description: 'This week of your plan' },
  { command: 'calendar', description: 'Your plan in your calendar' },
  { command: 'pending', description: 'Workouts still to do' },
  { command: 'log', description: 'Record a workout' },
  { command: 'history', description: 'Recent entries: edit, delete, undo' },
  { command: 'stats', description: 'Your progress and stats' },
  { command: 'pause', description: 'Pause the plan (holiday, illness)' },
  { command: 'resume', description: 'End a pause' },
  { command: 'reminders', description: 'Reminder settings' },
  { command: 'notes', description: 'Notes for your coach: injuries, preferences' },
  { command: 'export', description: 'Download your data' },
  { command: 'deleteme', description: 'Delete all your data' },
  { command: 'cancel', description: 'Stop the current question' },
  { command: 'help', description: 'What I can do — or just write to me' },
];

/**
 * The /help text (HTML): every command in plain words.
 *
 * @example
 * await ctx.reply(renderHelp(), { parse_mode: 'HTML' });
 */
export function renderHelp(): string {
  return [
    "<b>I'm your running coach.</b> Here's what I can do:",
    '',
    '/start — set up your profile; I build a training plan around your race',
    '/profile — see your profile and change any answer',
    '/plan — your training plan, week by week',
    "/today — today's workout",
    '/week — this week of your plan, ◀ ▶ to the others',
    '/calendar — your plan in your calendar (a file and a live link)',
    '/pending — workouts still waiting to be done',
    '/log — record a workout (or send me a screenshot from your running app)',
    '/history — your recent entries: edit, delete or undo for 7 days',
    '/stats — your progress: distance, paces, consistency',
    '/pause — pause the plan for a holiday or an illness',
    '/resume — end a pause early',
    '/reminders — when I remind you the evening before a workout',
    '/notes — what your coach should know (injuries, preferences); <code>/notes clear</code> removes them',
    '/export — download everything I store about you',
    '/deleteme — delete your profile, plan and history for good',
    '/cancel — stop whatever question I am asking',
    '/help — this message',
    '',
    "💬 Or just write to me in your own words: “my knee hurts”, “move Saturday's run to Sunday”, “ran 10k in 52 min this morning”.",
  ].join('\n');
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
): string {
  const local = DateTime.fromJSDate(now, { zone: match.zone }).toFormat('HH:mm');
  const zone = `<b>${escapeHtml(match.zone)}</b>`;
  if (match.kind === 'offset') {
    return `Got it: ${escapeHtml(match.label)} → ${zone}, a fixed offset with no daylight-saving changes (your time now: ${local}). If your clocks change in summer, send your city instead.`;
  }
  return `Got it: ${escapeHtml(match.label)} → ${zone} (your time now: ${local}).`;
}

/** Greeting shown before the first question. @example GREETING.startsWith('Hi'); // true */
export const GREETING =
  "Hi! I'm your running coach 🏃 A few quick questions (about two minutes) and I'll build a plan around your goal. Tap ⬅️ Back to fix an answer, or send /cancel to stop.";

/** Shown when a button from an older message is pressed. @example STALE_BUTTON.includes('earlier'); // true */
export const STALE_BUTTON =
  'That button belongs to an earlier question — nothing changed. Here is where we are:';

/** Shown for buttons we cannot decode. @example UNKNOWN_BUTTON.includes('recognise'); // true */
export const UNKNOWN_BUTTON = "I didn't recognise that button — nothing changed. Here is where we are:";
