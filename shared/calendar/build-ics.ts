import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { type Locale, t, translator } from '../i18n/index.js';
import { workoutTitle } from '../planner/index.js';
import type { PlanWorkoutRow } from '../plans/plan-workouts-store.js';
import { distanceText, workoutDescription } from '../plans/render-browse.js';
import type { Units } from '../text/index.js';

/** How the runner wants the events: their zone, units, language, and an hour (null = all-day). */
export interface IcsOptions {
  readonly locale: Locale;
  readonly units: Units;
  readonly timeZone: string;
  /** Local hour 0–23 of each event, or null for all-day events. */
  readonly hour: number | null;
}

const DEFAULT_MINUTES = 45;

/**
 * The plan's workouts as an iCalendar document: one event per workout (UID from the workout row, so a
 * subscribed calendar updates an event in place when the plan changes), all-day on its date or at the
 * runner's hour in their time zone (written in UTC, which every client reads), with the session, paces
 * and description. Skipped workouts are marked cancelled. Pure.
 *
 * @example
 * const text = buildIcs(rows, { locale: 'en', units: 'km', timeZone: 'Europe/Berlin', hour: 7 });
 */
export function buildIcs(rows: readonly PlanWorkoutRow[], opts: IcsOptions): string {
  const calendar = ical({
    name: t(opts.locale, 'ph-cal-name'),
    prodId: { company: 'run-coach', product: 'training-plan', language: opts.locale.toUpperCase() },
    ttl: 3600,
  });
  const tr = translator(opts.locale);
  for (const row of rows) {
    const w = row.workout;
    const summary = `🏃 ${workoutTitle(w, tr, opts.units)}${w.distanceKm ? ` ${distanceText(opts.locale, w.distanceKm, opts.units)}` : ''}`;
    const common = {
      id: `workout-${row.id}@run-coach`,
      summary,
      description: workoutDescription(opts.locale, w, opts.units),
      ...(row.status === 'cancelled' ? { status: ICalEventStatus.CANCELLED } : {}),
    };
    if (opts.hour === null) {
      calendar.createEvent({ ...common, start: DateTime.fromISO(row.date, { zone: 'utc' }), allDay: true });
    } else {
      const start = DateTime.fromISO(row.date, { zone: opts.timeZone }).set({ hour: opts.hour });
      const minutes = Math.max(15, Math.round(w.durationMin ?? DEFAULT_MINUTES));
      calendar.createEvent({
        ...common,
        start: start.toUTC().toJSDate(),
        end: start.plus({ minutes }).toUTC().toJSDate(),
      });
    }
  }
  return calendar.toString();
}
