import * as chrono from 'chrono-node';
import { fromDayNumber, isoWeekday, toDayNumber } from '../planner/index.js';
import type { DayMention } from './parse-day.js';
import type { LocalParseWords } from './parse-words/index.js';

const CHRONO = { ru: chrono.ru, es: chrono.es, de: chrono.de } as const;

/**
 * Every day mentioned in a Russian, Spanish or German message (lower-cased), in text order: the
 * language's relative words first («вчера», "pasado mañana", "übermorgen"), then chrono-node's parser for
 * the locale (weekdays, "12 апреля", "el 10 de octubre", ISO dates), resolved forward from `today` as
 * `findDays` does for English. A weekday-only mention carries its ISO weekday. Lengths chrono reads as
 * dates ("на 2 недели", "52 minutos") are left out. Pure.
 *
 * @example
 * findLocalDays('mueve la tirada del sábado al domingo', '2027-03-03', PARSE_WORDS.es).map((d) => d.date);
 * // ['2027-03-06', '2027-03-07']
 */
export function findLocalDays(text: string, today: string, words: LocalParseWords): DayMention[] {
  const base = toDayNumber(today);
  const found: DayMention[] = [];
  const taken: Array<[number, number]> = [];
  const add = (date: string, index: number, length: number, weekday?: number) => {
    if (taken.some(([a, b]) => index < b && a < index + length)) return;
    taken.push([index, index + length]);
    found.push({ date, index, length, ...(weekday ? { weekday } : {}) });
  };
  for (const [re, offset] of words.relativeDays) {
    for (const m of text.matchAll(new RegExp(re.source, `${re.flags}g`)))
      add(fromDayNumber(base + offset), m.index, m[0].length);
  }
  const ref = new Date(`${today}T12:00:00Z`);
  for (const r of CHRONO[words.locale].parse(text, { instant: ref, timezone: 0 }, { forwardDate: true })) {
    if (words.duration.test(r.text) && !words.ago.test(r.text)) continue;
    const day = r.start.isCertain('day');
    if (!day && !r.start.isCertain('weekday')) continue;
    const date = isoOf(r.start.date());
    add(date, r.index, r.text.length, day ? undefined : isoWeekday(toDayNumber(date)));
    const end = r.end?.isCertain('day') ? r.end.date() : undefined;
    if (end) found.push({ date: isoOf(end), index: r.index + r.text.length - 1 });
  }
  return found.sort((a, b) => a.index - b.index);
}

function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}
