import ical, { type VEvent } from 'node-ical';

/**
 * Calendar files read back by node-ical, an independent parser (it shares no code with ical-generator,
 * which writes them): what a calendar app would read — dates, times, zones, summaries, descriptions.
 */

/** One event as a calendar app sees it. */
export interface IcsEvent {
  readonly uid: string;
  /** The instant it starts (for an all-day event: local midnight of `day` in this process). */
  readonly start: Date;
  readonly end: Date | undefined;
  /** True for an all-day (VALUE=DATE) event. */
  readonly allDay: boolean;
  /** The ISO date of an all-day event. */
  readonly day: string | undefined;
  readonly summary: string;
  readonly description: string;
}

/** The calendar's name and its events in file order. */
export interface IcsDocument {
  readonly name: string | undefined;
  readonly events: IcsEvent[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Parses an iCalendar text with node-ical; throws when it holds no VCALENDAR.
 *
 * @example
 * const doc = parseIcs(text); doc.events[0].day; // '2027-03-04'
 */
export function parseIcs(text: string): IcsDocument {
  const data = ical.sync.parseICS(text);
  let name: string | undefined;
  let calendar = false;
  const events: IcsEvent[] = [];
  for (const entry of Object.values(data)) {
    if (!entry || typeof entry !== 'object' || !('type' in entry)) continue;
    if (entry.type === 'VCALENDAR') {
      calendar = true;
      const calName = (entry as unknown as Record<string, unknown>)['WR-CALNAME'];
      name = typeof calName === 'string' ? calName : undefined;
    }
    if (entry.type !== 'VEVENT') continue;
    const event = entry as VEvent;
    const start = event.start as Date;
    const allDay = event.datetype === 'date';
    events.push({
      uid: event.uid,
      start,
      end: event.end as Date | undefined,
      allDay,
      // node-ical makes an all-day date local midnight of this process.
      day: allDay ? `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}` : undefined,
      summary: String(event.summary ?? ''),
      description: String(event.description ?? ''),
    });
  }
  if (!calendar) throw new Error('no VCALENDAR');
  return { name, events };
}
