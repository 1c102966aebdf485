import { DateTime, IANAZone } from 'luxon';

/**
 * When a reminder about a workout day is due and until when it is still useful, as instants.
 *
 * @example
 * const w: ReminderWindow = { dueAt: new Date('2026-03-28T18:00:00Z'), expiresAt: new Date('2026-03-28T23:00:00Z') };
 */
export interface ReminderWindow {
  /** `hour`:00 local time on the day before `forDate`, in the user's zone. */
  readonly dueAt: Date;
  /** 00:00 local time of `forDate` (the workout's day has started: a "tomorrow" reminder is useless). */
  readonly expiresAt: Date;
}

/**
 * The user's IANA zone if the runtime knows it, otherwise `UTC` (a corrupt value must not stop reminders).
 *
 * @example
 * resolveZone('Europe/Berlin'); // 'Europe/Berlin'
 * resolveZone('Mars/Olympus');  // 'UTC'
 */
export function resolveZone(zone: string | null | undefined): string {
  return zone && IANAZone.isValidZone(zone) ? zone : 'UTC';
}

/**
 * The reminder window for a workout on local date `forDate` (`YYYY-MM-DD`) of a user in `zone` with
 * reminder hour `hour` (0–23). Computed with the zone's real rules (luxon / the IANA database), never a
 * fixed offset, so it is right across DST changes: a local time that does not exist (spring forward) is
 * moved forward by the gap (02:00 → 03:00); an ambiguous one (fall back) is luxon's choice, the later
 * (standard-time) occurrence. Midnight that does not exist (zones switching at 00:00) likewise.
 *
 * @example
 * reminderWindow('2026-03-29', 'Europe/Berlin', 19);
 * // { dueAt: 2026-03-28T18:00:00Z (19:00 CET), expiresAt: 2026-03-28T23:00:00Z (00:00 CET) }
 */
export function reminderWindow(forDate: string, zone: string, hour: number): ReminderWindow {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`reminder hour ${hour}`);
  const day = DateTime.fromISO(forDate, { zone: 'UTC' });
  if (!day.isValid) throw new RangeError(`not a date: ${forDate}`);
  const before = day.minus({ days: 1 });
  const dueAt = DateTime.fromObject(
    { year: before.year, month: before.month, day: before.day, hour },
    { zone: resolveZone(zone) },
  );
  const expiresAt = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day },
    { zone: resolveZone(zone) },
  );
  return { dueAt: dueAt.toJSDate(), expiresAt: expiresAt.toJSDate() };
}

/**
 * The user's local date of `now` plus `days` (`YYYY-MM-DD`) in `zone`; `days = 1` is "tomorrow".
 *
 * @example
 * localDate(new Date('2026-03-28T23:30:00Z'), 'Europe/Berlin', 1); // '2026-03-30'
 */
export function localDate(now: Date, zone: string, days = 0): string {
  return DateTime.fromJSDate(now, { zone: resolveZone(zone) })
    .plus({ days })
    .toISODate() as string;
}

/** What a reminder should do at `now`: wait, be sent, or be skipped as stale. */
export type ReminderState = 'not_due' | 'due' | 'stale';

/**
 * Classifies a reminder window at `now`. Due means sendable now, including late after downtime, as long as
 * the workout's day has not begun in the user's zone; after that it is stale.
 *
 * @example
 * reminderState(reminderWindow('2026-03-29', 'Europe/Berlin', 19), new Date('2026-03-28T20:00:00Z')); // 'due'
 */
export function reminderState(window: ReminderWindow, now: Date): ReminderState {
  const t = now.getTime();
  if (t >= window.expiresAt.getTime()) return 'stale';
  if (t >= window.dueAt.getTime()) return 'due';
  return 'not_due';
}

/**
 * Caches {@link reminderWindow} by (zone, hour, date): a fan-out over thousands of users in a handful of
 * zones computes each window once.
 *
 * @example
 * const windows = new WindowCache();
 * windows.get('2026-03-29', 'Europe/Berlin', 19).dueAt;
 */
export class WindowCache {
  private readonly cache = new Map<string, ReminderWindow>();

  get(forDate: string, zone: string, hour: number): ReminderWindow {
    const key = `${zone}|${hour}|${forDate}`;
    let window = this.cache.get(key);
    if (!window) {
      window = reminderWindow(forDate, zone, hour);
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(key, window);
    }
    return window;
  }
}
