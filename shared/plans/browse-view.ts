import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { Sql, TransactionSql } from '../db/index.js';
import type { Locale } from '../i18n/index.js';
import type { Units } from '../text/index.js';
import { fullPlanKeyboard, weekKeyboard } from './browse-keyboard.js';
import { loadActivePlan, type StoredPlan } from './plan-store.js';
import { loadPlanWorkouts } from './plan-workouts-store.js';
import { currentWeekIndex, fullPlanPages, renderWeekView } from './render-browse.js';

/** A rendered view of the plan: HTML text and its buttons. */
export interface PlanView {
  readonly text: string;
  readonly keyboard: InlineKeyboardMarkup;
  readonly plan: StoredPlan;
  readonly weekIndex: number;
}

/** Who is looking and when: the runner's id, language, units and local today. */
export interface Viewer {
  readonly userId: number;
  readonly locale: Locale;
  readonly units: Units;
  readonly today: string;
}

/**
 * One week of the active plan (the current one without `weekIndex`; clamped to the plan), with the
 * stored statuses and its browsing buttons; undefined without an active plan.
 *
 * @example
 * const view = await loadWeekView(ctx.tx, { userId, locale: 'en', units: 'km', today }, 3);
 */
export async function loadWeekView(
  sql: Sql | TransactionSql,
  viewer: Viewer,
  weekIndex?: number,
): Promise<PlanView | undefined> {
  const active = await loadActivePlan(sql, viewer.userId);
  if (!active || active.plan.weeks.length === 0) return undefined;
  const plan = active.plan;
  const wanted = weekIndex ?? currentWeekIndex(plan, viewer.today);
  const week =
    plan.weeks.find((w) => w.index === wanted) ??
    (wanted < plan.weeks[0]!.index ? plan.weeks[0]! : plan.weeks.at(-1)!);
  const rows = await loadPlanWorkouts(sql, viewer.userId, week.startDate, week.endDate);
  return {
    text: renderWeekView(viewer.locale, plan, week, rows, viewer),
    keyboard: weekKeyboard(viewer.locale, plan, week.index, rows),
    plan: active,
    weekIndex: week.index,
  };
}

/**
 * A page of the full plan (clamped to the pages there are) with its buttons; undefined without a plan.
 *
 * @example
 * const view = await loadFullPlanView(ctx.tx, viewer, 0);
 */
export async function loadFullPlanView(
  sql: Sql | TransactionSql,
  viewer: Viewer,
  page: number,
): Promise<PlanView | undefined> {
  const active = await loadActivePlan(sql, viewer.userId);
  if (!active || active.plan.weeks.length === 0) return undefined;
  const pages = fullPlanPages(viewer.locale, active.plan, viewer.units);
  const at = Math.min(Math.max(0, page), pages.length - 1);
  const weekIndex = currentWeekIndex(active.plan, viewer.today);
  return {
    text: pages[at]!,
    keyboard: fullPlanKeyboard(viewer.locale, at, pages.length, weekIndex),
    plan: active,
    weekIndex,
  };
}
