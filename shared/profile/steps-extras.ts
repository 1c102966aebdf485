// The last questions: a recent race result, notes for the coach, the reminder hour.
import type { DraftAnswers } from './dialog-state.js';
import { escapeHtml } from './escape-html.js';
import { formatDuration, formatHour, formatProfileDistance } from './format.js';
import { chunk } from './keyboard.js';
import { cleanAnswer } from './normalize-input.js';
import { parseDistance } from './parse-distance.js';
import { parseNotes } from './parse-notes.js';
import type { ParseResult } from './parse-result.js';
import { parseRaceTime, parseReminderHour } from './parse-time.js';
import { type RecentRace, STANDARD_DISTANCES, type Units } from './profile.js';
import { accept, defineStep, forged, isWord, pickButton, type StepOutcome } from './step-definition.js';

/** Quick-pick reminder hours. @example REMINDER_HOURS.includes(19); // true */
export const REMINDER_HOURS = [7, 12, 17, 18, 19, 20, 21, 22] as const;

const SKIP = new Set(['skip', 'no', 'none', 'nope', 'n/a', '-', 'no race']);
const NO_NOTES = new Set(['skip', 'no', 'none', 'nope', 'nothing', 'n/a', '-', 'no notes', 'all good']);

/** "10k 45:30", "half in 1:45:30": a distance and a time in one answer. */
function parseCombinedRace(text: string, units: Units): RecentRace | undefined {
  const tokens = text.trim().split(/\s+/).slice(0, 8);
  for (let i = 1; i < tokens.length; i++) {
    const right = tokens.slice(i);
    if (right[0]?.toLowerCase() === 'in') right.shift();
    const distance = parseDistance(tokens.slice(0, i).join(' '), units);
    if (!distance.ok || right.length === 0) continue;
    const time = parseRaceTime(right.join(' '), distance.value);
    if (time.ok) return { distanceKm: distance.value, timeSeconds: time.value };
  }
  return undefined;
}

function raceCurrent(a: DraftAnswers): string | undefined {
  if (a.recentRace) {
    const u = a.units ?? 'km';
    return `${formatProfileDistance(a.recentRace.distanceKm, u, true)} in ${formatDuration(a.recentRace.timeSeconds)}`;
  }
  return a.recentRaceAnswered ? 'skipped' : undefined;
}

const SKIP_RACE: StepOutcome = accept({
  recentRace: undefined,
  recentRaceAnswered: true,
  pendingRaceKm: undefined,
});

type RaceAnswer = { readonly skip: true } | { readonly distanceKm: number } | { readonly race: RecentRace };

/** A recent race: a distance button (→ `recentRaceTime`), "10k 45:30" typed, or skip. @example recentRaceStep.code; // 'race' */
export const recentRaceStep = defineStep<RaceAnswer>({
  id: 'recentRace',
  code: 'race',
  kind: 'question',
  menu: { label: 'Recent race', section: 'profile' },
  ask: () => ({
    text: 'Have you raced or done a time trial in the last six months? Your result sets your training paces. Pick the distance (or type it, e.g. "10k 45:30"), or skip.',
    rows: [
      ...chunk(
        STANDARD_DISTANCES.map((d) => ({ value: d.code, text: d.label })),
        2,
      ),
      [{ value: 'skip', text: 'Skip — no recent race' }],
    ],
  }),
  current: raceCurrent,
  parse: (input, a): ParseResult<RaceAnswer> => {
    if (input.kind === 'button') {
      if (input.value === 'skip') return { ok: true, value: { skip: true } };
      const standard = STANDARD_DISTANCES.find((d) => d.code === input.value);
      return standard ? { ok: true, value: { distanceKm: standard.km } } : forged();
    }
    if (isWord(input.text, SKIP)) return { ok: true, value: { skip: true } };
    const units = a.units ?? 'km';
    const cleaned = cleanAnswer(input.text, '');
    const combined = cleaned.ok ? parseCombinedRace(cleaned.value, units) : undefined;
    if (combined) return { ok: true, value: { race: combined } };
    const distance = parseDistance(input.text, units);
    return distance.ok ? { ok: true, value: { distanceKm: distance.value } } : distance;
  },
  apply: (answer, a) => {
    if ('skip' in answer) return SKIP_RACE;
    if ('distanceKm' in answer) return accept({ pendingRaceKm: answer.distanceKm }, 'recentRaceTime');
    const { race } = answer;
    const distance = escapeHtml(formatProfileDistance(race.distanceKm, a.units ?? 'km', true));
    return accept(
      { recentRace: race, recentRaceAnswered: true, pendingRaceKm: undefined },
      undefined,
      `🏁 ${distance} in ${formatDuration(race.timeSeconds)} — noted.`,
    );
  },
  // The distance waits for its time; a "Keep" anywhere abandons it.
  clearOnKeep: { pendingRaceKm: undefined },
  fromProfile: () => ({ recentRaceAnswered: true }),
});

/** The finish time for the distance picked in `recentRace`. @example recentRaceTimeStep.followUpOf; // 'recentRace' */
export const recentRaceTimeStep = defineStep<number | null>({
  id: 'recentRaceTime',
  code: 'rtime',
  kind: 'followUp',
  followUpOf: 'recentRace',
  ask: (a) => {
    const distance =
      a.pendingRaceKm === undefined ? 'race' : formatProfileDistance(a.pendingRaceKm, a.units ?? 'km', true);
    return {
      text: `What was your finish time for the ${escapeHtml(distance)}? For example 45:30 or 1:45:30.`,
      rows: [[{ value: 'skip', text: 'Skip' }]],
    };
  },
  current: raceCurrent,
  parse: (input, a) => {
    if (input.kind === 'button') return input.value === 'skip' ? { ok: true, value: null } : forged();
    if (isWord(input.text, SKIP)) return { ok: true, value: null };
    // Without a pending distance (cannot happen through the buttons) the apply step goes back to ask it.
    if (a.pendingRaceKm === undefined) return { ok: true, value: 0 };
    return parseRaceTime(input.text, a.pendingRaceKm);
  },
  apply: (timeSeconds, a) => {
    if (timeSeconds === null) return SKIP_RACE;
    const km = a.pendingRaceKm;
    if (km === undefined) return accept({}, 'recentRace');
    return accept({
      recentRace: { distanceKm: km, timeSeconds },
      recentRaceAnswered: true,
      pendingRaceKm: undefined,
    });
  },
  clearOnKeep: { pendingRaceKm: undefined },
});

/**
 * Free-text notes for the coach (injuries, preferences), up to 500 characters; skippable. The
 * planner passes them to the model as data. `/notes` changes them outside the dialog.
 *
 * @example
 * notesStep.parse({ kind: 'text', text: 'Sore left knee' }, {}, ctx); // { ok: true, value: 'Sore left knee' }
 */
export const notesStep = defineStep<string | null>({
  id: 'notes',
  code: 'notes',
  kind: 'question',
  menu: { label: 'Notes', section: 'profile' },
  ask: () => ({
    text: 'Anything your coach should know? Injuries, preferences, things you love or hate in training… Write it in one message (up to 500 characters), or skip.',
    rows: [[{ value: 'skip', text: 'Skip — nothing to add' }]],
  }),
  current: (a) => (a.notes !== undefined ? a.notes : a.notesAnswered ? 'none' : undefined),
  parse: (input) => {
    if (input.kind === 'button') return input.value === 'skip' ? { ok: true, value: null } : forged();
    if (isWord(input.text, NO_NOTES)) return { ok: true, value: null };
    return parseNotes(input.text);
  },
  apply: (notes) => accept({ notes: notes ?? undefined, notesAnswered: true }),
  fromProfile: () => ({ notesAnswered: true }),
  summaryLine: (p) => `📝 Notes: ${p.notes === undefined ? 'none' : escapeHtml(p.notes)}`,
});

/** The hour of the evening-before reminder (local time). @example reminderHourStep.code; // 'hour' */
export const reminderHourStep = defineStep<number>({
  id: 'reminderHour',
  code: 'hour',
  kind: 'question',
  menu: { label: 'Reminder hour', section: 'settings' },
  ask: () => ({
    text: 'At what hour should I remind you? I message you the evening before each workout (your local time). Tap a time or type one like 7pm.',
    rows: chunk(
      REMINDER_HOURS.map((h) => ({ value: String(h), text: formatHour(h) })),
      4,
    ),
  }),
  current: (a) => (a.reminderHour === undefined ? undefined : formatHour(a.reminderHour)),
  parse: (input) =>
    input.kind === 'button'
      ? pickButton(input.value, REMINDER_HOURS as readonly number[], Number)
      : parseReminderHour(input.text),
  apply: (reminderHour) => accept({ reminderHour }),
});
