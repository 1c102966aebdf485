import type { Sql, TransactionSql } from '../db/index.js';
import { loadActivePlan } from '../plans/plan-store.js';
import { loadPlanWorkouts } from '../plans/plan-workouts-store.js';
import { loadProfile } from '../profile/profile-store.js';
import { loadUserLocale } from '../users/index.js';
import { buildIcs } from './build-ics.js';
import { loadEventHour, userForSecret } from './calendar-store.js';

/**
 * The web address of a runner's feed: `webcal://` for a subscribe tap, `https?://` for copying.
 *
 * @example
 * feedUrls('https://coach.example.com', 'q1w2…'); // { webcal: 'webcal://coach.example.com/calendar/q1w2….ics', http: 'https://…' }
 */
export function feedUrls(publicUrl: string, secret: string): { webcal: string; http: string } {
  const http = `${publicUrl.replace(/\/+$/, '')}/calendar/${secret}.ics`;
  return { http, webcal: http.replace(/^https?:\/\//, 'webcal://') };
}

/**
 * The runner's active plan as an .ics document: from `fromDate` on (the file: what remains), or the
 * whole plan. Undefined without a profile or plan.
 *
 * @example
 * const ics = await planIcs(ctx.tx, userId, { fromDate: today });
 */
export async function planIcs(
  sql: Sql | TransactionSql,
  userId: number,
  opts: { fromDate?: string } = {},
): Promise<{ ics: string; count: number } | undefined> {
  const profile = await loadProfile(sql, userId);
  const active = await loadActivePlan(sql, userId);
  if (!profile || !active || active.plan.weeks.length === 0) return undefined;
  const from = opts.fromDate ?? active.plan.weeks[0]!.startDate;
  const rows = await loadPlanWorkouts(sql, userId, from, active.plan.weeks.at(-1)!.endDate);
  const locale = await loadUserLocale(sql, userId);
  const hour = await loadEventHour(sql, userId);
  return {
    ics: buildIcs(rows, { locale, units: profile.units, timeZone: profile.timeZone, hour }),
    count: rows.length,
  };
}

/**
 * The feed behind a secret (the whole active plan, nothing else), or undefined for an unknown secret —
 * the web app answers 404 then, the same as for a runner without a plan.
 *
 * @example
 * const ics = await feedForSecret(sql, ctx.params.secret);
 */
export async function feedForSecret(sql: Sql, secret: string): Promise<string | undefined> {
  const userId = await userForSecret(sql, secret);
  if (userId === undefined) return undefined;
  return (await planIcs(sql, userId))?.ics;
}
