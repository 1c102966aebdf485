import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import { formatLocalDistance, formatShortDay, type Locale, t, translator } from '../i18n/index.js';
import { storedTitle } from '../planner/index.js';
import { escapeHtml, formatDuration, formatPace, toUnits, type Units } from '../text/index.js';
import { historyCallbacks } from './history-callbacks.js';
import { EDIT_WINDOW_DAYS, type HistoryEntry } from './history-store.js';

/**
 * A run's numbers in the runner's language: `8 km · 47:30 (5:56 min/km)`, or `8 km · no time`.
 *
 * @example
 * runNumbers('en', { distanceKm: 8, durationSec: 2850 }, 'km'); // '8 km · 47:30 (5:56 min/km)'
 */
export function runNumbers(
  locale: Locale,
  run: { distanceKm: number | null; durationSec: number | null },
  units: Units,
): string {
  const parts: string[] = [];
  if (run.distanceKm) parts.push(formatLocalDistance(locale, toUnits(run.distanceKm, units), units));
  if (run.durationSec) {
    const pace = run.distanceKm ? ` (${formatPace(run.durationSec / run.distanceKm, units)})` : '';
    parts.push(`${formatDuration(run.durationSec)}${pace}`);
  } else parts.push(t(locale, 'ph-hist-no-time'));
  return parts.join(' · ');
}

/**
 * Undo and Edit under a freshly recorded run; with `askTime`, also "I didn't time it".
 *
 * @example
 * doneKeyboard('en', 17, true).inline_keyboard[0][0].callback_data; // 'h1:n:17'
 */
export function doneKeyboard(locale: Locale, completionId: number, askTime = false): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [];
  if (askTime)
    rows.push([
      {
        text: t(locale, 'ph-btn-no-time'),
        callback_data: historyCallbacks.encode({ kind: 'no-time', completionId }),
      },
    ]);
  rows.push([
    {
      text: t(locale, 'ph-btn-undo'),
      callback_data: historyCallbacks.encode({ kind: 'undo-done', completionId }),
    },
    {
      text: t(locale, 'ph-btn-edit'),
      callback_data: historyCallbacks.encode({ kind: 'edit', completionId }),
    },
  ]);
  return { inline_keyboard: rows };
}

/**
 * Undo and Edit (the reason) under a fresh Skip.
 *
 * @example
 * skipKeyboard('en', 42).inline_keyboard[0][0].callback_data; // 'h1:s:42'
 */
export function skipKeyboard(locale: Locale, workoutId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        {
          text: t(locale, 'ph-btn-undo'),
          callback_data: historyCallbacks.encode({ kind: 'undo-skip', workoutId }),
        },
        {
          text: t(locale, 'ph-btn-edit'),
          callback_data: historyCallbacks.encode({ kind: 'edit-skip', workoutId }),
        },
      ],
    ],
  };
}

/**
 * /history: the latest entries (HTML) with Edit / Delete for runs and Edit / Undo for skips still inside the
 * 7-day window.
 *
 * @example
 * const { text, keyboard } = renderHistory('en', entries, 'km');
 */
export function renderHistory(
  locale: Locale,
  entries: readonly HistoryEntry[],
  units: Units,
): { text: string; keyboard?: InlineKeyboardMarkup } {
  if (entries.length === 0) return { text: escapeHtml(t(locale, 'ph-hist-empty')) };
  const tr = translator(locale);
  const lines = [`<b>${escapeHtml(t(locale, 'ph-hist-header'))}</b>`];
  const rows: InlineKeyboardButton[][] = [];
  for (const e of entries) {
    const date = formatShortDay(locale, e.date);
    if (e.kind === 'done') {
      const title =
        e.title === null ? t(locale, 'ph-hist-extra') : storedTitle(e as { title: string }, tr, units);
      const what = `${title} · ${runNumbers(locale, e, units)}`;
      lines.push(escapeHtml(t(locale, 'ph-hist-done', { date, what })));
      if (e.editable)
        rows.push([
          {
            text: t(locale, 'ph-btn-edit-on', { date }),
            callback_data: historyCallbacks.encode({ kind: 'edit', completionId: e.completionId }),
          },
          {
            text: t(locale, 'ph-btn-delete-on', { date }),
            callback_data: historyCallbacks.encode({ kind: 'undo-done', completionId: e.completionId }),
          },
        ]);
    } else {
      lines.push(escapeHtml(t(locale, 'ph-hist-skipped', { date, title: storedTitle(e, tr, units) })));
      if (e.editable)
        rows.push([
          {
            text: t(locale, 'ph-btn-edit-on', { date }),
            callback_data: historyCallbacks.encode({ kind: 'edit-skip', workoutId: e.workoutId }),
          },
          {
            text: t(locale, 'ph-btn-unskip-on', { date }),
            callback_data: historyCallbacks.encode({ kind: 'undo-skip', workoutId: e.workoutId }),
          },
        ]);
    }
  }
  lines.push('', escapeHtml(t(locale, 'ph-hist-hint', { days: EDIT_WINDOW_DAYS })));
  return { text: lines.join('\n'), ...(rows.length > 0 ? { keyboard: { inline_keyboard: rows } } : {}) };
}
