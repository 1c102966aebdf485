import type { Translator } from '../i18n/index.js';
import { escapeHtml } from './escape-html.js';
import { formatDuration, formatHour } from './format.js';
import {
  dayName,
  ENGLISH,
  localDateLong,
  localDistance,
  localGoalName,
  localHeight,
  localWeight,
} from './local-format.js';
import type { RunnerProfile } from './profile.js';
import { QUESTION_STEPS } from './question-steps.js';
import type { Step } from './step-definition.js';

/**
 * Renders a finished profile as an HTML summary in the runner's units and language (values escaped).
 *
 * @example
 * renderProfileSummary(profile); // '<b>Your runner profile</b>\n🎯 Goal: Marathon (42.2 km) …'
 * renderProfileSummary(profile, translator('ru')); // '<b>Ваш профиль бегуна</b>\n🎯 Цель: …'
 */
export function renderProfileSummary(profile: RunnerProfile, tr: Translator = ENGLISH): string {
  const u = profile.units;
  const race = profile.recentRace
    ? tr('step-race-result', {
        distance: escapeHtml(localDistance(tr, profile.recentRace.distanceKm, u, true)),
        time: formatDuration(profile.recentRace.timeSeconds),
      })
    : tr('summary-race-none');
  return [
    tr('summary-title'),
    tr('summary-goal', {
      // English shows the stored label (what the runner saw when saving); other languages name the distance.
      goal: escapeHtml(tr.locale === 'en' ? profile.goalLabel : localGoalName(tr, profile.goalDistanceKm, u)),
      distance: escapeHtml(localDistance(tr, profile.goalDistanceKm, u)),
      date: localDateLong(tr, profile.raceDate),
    }),
    tr('summary-body', {
      gender: profile.gender,
      age: profile.age,
      height: localHeight(tr, profile.heightCm, u),
      weight: localWeight(tr, profile.weightKg, u),
    }),
    tr('summary-running', {
      level: profile.experience,
      years: profile.yearsRunning,
      volume: localDistance(tr, profile.weeklyVolumeKm, u),
    }),
    tr('summary-days', {
      days: profile.trainingDays.map((d) => dayName(tr, d, 'short')).join(', '),
      longDay: dayName(tr, profile.longRunDay),
    }),
    tr('summary-race', { race }),
    // Questions added after the first release bring their own line (their row in the step table).
    ...Object.values(QUESTION_STEPS).flatMap((step: Step) => step.summaryLine?.(profile, tr) ?? []),
    tr('summary-zone', { zone: escapeHtml(profile.timeZone), hour: formatHour(profile.reminderHour) }),
    tr('summary-units', { units: u }),
  ].join('\n');
}
