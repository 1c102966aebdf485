import { escapeHtml } from './escape-html.js';
import {
  formatDateLong,
  formatDuration,
  formatHeight,
  formatHour,
  formatProfileDistance,
  formatWeight,
  WEEKDAY_NAMES,
  WEEKDAY_SHORT,
} from './format.js';
import type { RunnerProfile } from './profile.js';
import { QUESTION_STEPS } from './question-steps.js';
import type { Step } from './step-definition.js';

/**
 * Renders a finished profile as an HTML summary in the runner's units (all values escaped).
 *
 * @example
 * renderProfileSummary(profile); // '<b>Your runner profile</b>\n🎯 Goal: Marathon (42.2 km) …'
 */
export function renderProfileSummary(profile: RunnerProfile): string {
  const u = profile.units;
  const genderText = { male: 'Male', female: 'Female', other: 'Gender not specified' }[profile.gender];
  const experienceText = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' }[
    profile.experience
  ];
  const years = profile.yearsRunning;
  const race = profile.recentRace
    ? `${escapeHtml(formatProfileDistance(profile.recentRace.distanceKm, u, true))} in ${formatDuration(profile.recentRace.timeSeconds)}`
    : 'none given';
  return [
    '<b>Your runner profile</b>',
    `🎯 Goal: <b>${escapeHtml(profile.goalLabel)}</b> (${escapeHtml(formatProfileDistance(profile.goalDistanceKm, u))}) on ${formatDateLong(profile.raceDate)}`,
    `👤 ${genderText}, ${profile.age} years, ${formatHeight(profile.heightCm, u)}, ${formatWeight(profile.weightKg, u)}`,
    `📈 ${experienceText} · running for ${years === 0 ? 'less than a year' : `${years} year${years === 1 ? '' : 's'}`} · ${formatProfileDistance(profile.weeklyVolumeKm, u)} a week now`,
    `📅 Training days: ${profile.trainingDays.map((d) => WEEKDAY_SHORT[d]).join(', ')} · long run on ${WEEKDAY_NAMES[profile.longRunDay]}`,
    `🏁 Recent race: ${race}`,
    // Questions added after the first release bring their own line (their row in the step table).
    ...Object.values(QUESTION_STEPS).flatMap((step: Step) => step.summaryLine?.(profile) ?? []),
    `🌍 Time zone: ${escapeHtml(profile.timeZone)} · reminders at ${formatHour(profile.reminderHour)}`,
    `📏 Units: ${u === 'km' ? 'kilometres, kg, cm' : 'miles, lb, feet/inches'}`,
  ].join('\n');
}
