// The last questions: a recent race result, notes for the coach, the reminder hour.
import type { Translator } from '../i18n/index.js';
import type { DraftAnswers } from './dialog-state.js';
import { escapeHtml } from './escape-html.js';
import { formatDuration, formatHour } from './format.js';
import { chunk } from './keyboard.js';
import { ENGLISH, localDistance, raceNameByCode, wordSet } from './local-format.js';
import { cleanAnswer } from './normalize-input.js';
import { parseDistance } from './parse-distance.js';
import { parseNotes } from './parse-notes.js';
import type { ParseResult } from './parse-result.js';
import { parseRaceTime, parseReminderHour } from './parse-time.js';
import { type RecentRace, STANDARD_DISTANCES, type Units } from './profile.js';
import { accept, defineStep, forged, isWord, pickButton, type StepOutcome, trOf } from './step-definition.js';

/** Quick-pick reminder hours. @example REMINDER_HOURS.includes(19); // true */
export const REMINDER_HOURS = [7, 12, 17, 18, 19, 20, 21, 22] as const;

/** "10k 45:30", "half in 1:45:30": a distance and a time in one answer. */
function parseCombinedRace(text: string, units: Units, tr: Translator): RecentRace | undefined {
  const tokens = text.trim().split(/\s+/).slice(0, 8);
  const joiners = wordSet(tr, 'words-in');
  for (let i = 1; i < tokens.length; i++) {
    const right = tokens.slice(i);
    if (joiners.has(right[0]?.toLowerCase() ?? '')) right.shift();
    const distance = parseDistance(tokens.slice(0, i).join(' '), units, tr);
    if (!distance.ok || right.length === 0) continue;
    const time = parseRaceTime(right.join(' '), distance.value, tr);
    if (time.ok) return { distanceKm: distance.value, timeSeconds: time.value };
  }
  return undefined;
}

function raceCurrent(a: DraftAnswers, tr: Translator = ENGLISH): string | undefined {
  if (a.recentRace) {
    const u = a.units ?? 'km';
    const distance = localDistance(tr, a.recentRace.distanceKm, u, true);
    return tr('step-race-result', { distance, time: formatDuration(a.recentRace.timeSeconds) });
  }
  return a.recentRaceAnswered ? tr('profile-skipped') : undefined;
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
  menu: { label: 'step-race-menu', section: 'profile' },
  ask: (_a, tr = ENGLISH) => ({
    text: tr('step-race-ask'),
    rows: [
      ...chunk(
        STANDARD_DISTANCES.map((d) => ({ value: d.code, text: raceNameByCode(tr, d.code) })),
        2,
      ),
      [{ value: 'skip', text: tr('step-race-skip') }],
    ],
  }),
  current: raceCurrent,
  parse: (input, a, ctx): ParseResult<RaceAnswer> => {
    const tr = trOf(ctx);
    if (input.kind === 'button') {
      if (input.value === 'skip') return { ok: true, value: { skip: true } };
      const standard = STANDARD_DISTANCES.find((d) => d.code === input.value);
      return standard ? { ok: true, value: { distanceKm: standard.km } } : forged(tr);
    }
    if (isWord(input.text, wordSet(tr, 'words-skip'))) return { ok: true, value: { skip: true } };
    const units = a.units ?? 'km';
    const cleaned = cleanAnswer(input.text, '', tr);
    const combined = cleaned.ok ? parseCombinedRace(cleaned.value, units, tr) : undefined;
    if (combined) return { ok: true, value: { race: combined } };
    const distance = parseDistance(input.text, units, tr);
    return distance.ok ? { ok: true, value: { distanceKm: distance.value } } : distance;
  },
  apply: (answer, a, ctx) => {
    const tr = trOf(ctx);
    if ('skip' in answer) return SKIP_RACE;
    if ('distanceKm' in answer) return accept({ pendingRaceKm: answer.distanceKm }, 'recentRaceTime');
    const { race } = answer;
    const distance = escapeHtml(localDistance(tr, race.distanceKm, a.units ?? 'km', true));
    return accept(
      { recentRace: race, recentRaceAnswered: true, pendingRaceKm: undefined },
      undefined,
      tr('step-race-noted', { distance, time: formatDuration(race.timeSeconds) }),
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
  ask: (a, tr = ENGLISH) => {
    const distance =
      a.pendingRaceKm === undefined
        ? tr('step-rtime-race')
        : localDistance(tr, a.pendingRaceKm, a.units ?? 'km', true);
    return {
      text: tr('step-rtime-ask', { distance: escapeHtml(distance) }),
      rows: [[{ value: 'skip', text: tr('step-rtime-skip') }]],
    };
  },
  current: raceCurrent,
  parse: (input, a, ctx) => {
    const tr = trOf(ctx);
    if (input.kind === 'button') return input.value === 'skip' ? { ok: true, value: null } : forged(tr);
    if (isWord(input.text, wordSet(tr, 'words-skip'))) return { ok: true, value: null };
    // Without a pending distance (cannot happen through the buttons) the apply step goes back to ask it.
    if (a.pendingRaceKm === undefined) return { ok: true, value: 0 };
    return parseRaceTime(input.text, a.pendingRaceKm, tr);
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
  menu: { label: 'step-notes-menu', section: 'profile' },
  ask: (_a, tr = ENGLISH) => ({
    text: tr('step-notes-ask'),
    rows: [[{ value: 'skip', text: tr('step-notes-skip') }]],
  }),
  current: (a, tr = ENGLISH) =>
    a.notes !== undefined ? a.notes : a.notesAnswered ? tr('profile-none') : undefined,
  parse: (input, _a, ctx) => {
    const tr = trOf(ctx);
    if (input.kind === 'button') return input.value === 'skip' ? { ok: true, value: null } : forged(tr);
    if (isWord(input.text, wordSet(tr, 'words-no-notes'))) return { ok: true, value: null };
    return parseNotes(input.text, undefined, tr);
  },
  apply: (notes) => accept({ notes: notes ?? undefined, notesAnswered: true }),
  fromProfile: () => ({ notesAnswered: true }),
  summaryLine: (p, tr = ENGLISH) =>
    tr('step-notes-summary', { notes: p.notes === undefined ? tr('profile-none') : escapeHtml(p.notes) }),
});

/** The hour of the evening-before reminder (local time). @example reminderHourStep.code; // 'hour' */
export const reminderHourStep = defineStep<number>({
  id: 'reminderHour',
  code: 'hour',
  kind: 'question',
  menu: { label: 'step-hour-menu', section: 'settings' },
  ask: (_a, tr = ENGLISH) => ({
    text: tr('step-hour-ask'),
    rows: chunk(
      REMINDER_HOURS.map((h) => ({ value: String(h), text: formatHour(h) })),
      4,
    ),
  }),
  current: (a) => (a.reminderHour === undefined ? undefined : formatHour(a.reminderHour)),
  parse: (input, _a, ctx) =>
    input.kind === 'button'
      ? pickButton(input.value, REMINDER_HOURS as readonly number[], Number, trOf(ctx))
      : parseReminderHour(input.text, trOf(ctx)),
  apply: (reminderHour) => accept({ reminderHour }),
});
