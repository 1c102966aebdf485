import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import { formatShortDay, type Locale, t, translator } from '../i18n/index.js';
import { type Plan, workoutTitle } from '../planner/index.js';
import { encodeBrowseAction } from './browse-callbacks.js';
import type { PlanWorkoutRow } from './plan-workouts-store.js';

const MAX_LABEL = 30;
const clip = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

/**
 * The buttons under a week of the plan: one per workout (its detail on tap), ◀ ▶ to the neighbouring
 * weeks (edit the message in place) and "Full plan".
 *
 * @example
 * weekKeyboard('en', plan, 3, rows); // { inline_keyboard: [[🔎 Tue 2 Mar …], [◀ Week 2, Week 4 ▶], [📋 Full plan]] }
 */
export function weekKeyboard(
  locale: Locale,
  plan: Plan,
  weekIndex: number,
  rows: readonly PlanWorkoutRow[],
): InlineKeyboardMarkup {
  const tr = translator(locale);
  const detail: InlineKeyboardButton[] = rows.map((r) => ({
    text: clip(`🔎 ${formatShortDay(locale, r.date)} · ${workoutTitle(r.workout, tr, plan.units)}`),
    callback_data: encodeBrowseAction({ kind: 'detail', workoutId: r.id }),
  }));
  const detailRows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < detail.length; i += 2) detailRows.push(detail.slice(i, i + 2));
  const first = plan.weeks[0]?.index ?? 1;
  const last = plan.weeks.at(-1)?.index ?? 1;
  const nav: InlineKeyboardButton[] = [];
  if (weekIndex > first)
    nav.push({
      text: t(locale, 'ph-btn-prev', { index: weekIndex - 1 }),
      callback_data: encodeBrowseAction({ kind: 'week', week: weekIndex - 1 }),
    });
  if (weekIndex < last)
    nav.push({
      text: t(locale, 'ph-btn-next', { index: weekIndex + 1 }),
      callback_data: encodeBrowseAction({ kind: 'week', week: weekIndex + 1 }),
    });
  return {
    inline_keyboard: [
      ...detailRows,
      ...(nav.length > 0 ? [nav] : []),
      [{ text: t(locale, 'ph-btn-full'), callback_data: encodeBrowseAction({ kind: 'full', page: 0 }) }],
    ],
  };
}

/**
 * The buttons under a page of the full plan: earlier / later pages and back to the week of `weekIndex`.
 *
 * @example
 * fullPlanKeyboard('en', 1, 4, 5); // ◀ Earlier · Later ▶ · 📅 This week
 */
export function fullPlanKeyboard(
  locale: Locale,
  page: number,
  pages: number,
  weekIndex: number,
): InlineKeyboardMarkup {
  const nav: InlineKeyboardButton[] = [];
  if (page > 0)
    nav.push({
      text: t(locale, 'ph-btn-earlier'),
      callback_data: encodeBrowseAction({ kind: 'full', page: page - 1 }),
    });
  if (page < pages - 1)
    nav.push({
      text: t(locale, 'ph-btn-later'),
      callback_data: encodeBrowseAction({ kind: 'full', page: page + 1 }),
    });
  return {
    inline_keyboard: [
      ...(nav.length > 0 ? [nav] : []),
      [
        {
          text: t(locale, 'ph-btn-this-week'),
          callback_data: encodeBrowseAction({ kind: 'week', week: weekIndex }),
        },
      ],
    ],
  };
}
