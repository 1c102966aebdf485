/**
 * A small, independent RFC 5545 reader for tests (it shares no code with ical-generator, which writes
 * the files): unfolds lines, splits name, parameters and value, unescapes TEXT values and collects the
 * VEVENTs. Enough to check what a calendar app would read: dates, times, zones, summaries, descriptions.
 */
export interface IcsProperty {
  readonly name: string;
  readonly params: Record<string, string>;
  readonly value: string;
}

/** One VEVENT: its properties by name (the first of each). */
export type IcsEvent = Record<string, IcsProperty>;

/** The calendar's own properties and its events. */
export interface IcsDocument {
  readonly calendar: Record<string, IcsProperty>;
  readonly events: IcsEvent[];
}

function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Parses an iCalendar text; throws on a structure a client would reject (no VCALENDAR, unbalanced
 * BEGIN/END, a line without a colon).
 *
 * @example
 * const doc = parseIcs(text); doc.events[0].DTSTART.value; // '20270304'
 */
export function parseIcs(text: string): IcsDocument {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter((l) => l.length > 0);
  const stack: string[] = [];
  const calendar: Record<string, IcsProperty> = {};
  const events: IcsEvent[] = [];
  let event: IcsEvent | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`not a content line: ${line}`);
    const head = line.slice(0, colon);
    const raw = line.slice(colon + 1);
    const [name, ...paramParts] = head.split(';');
    const params: Record<string, string> = {};
    for (const p of paramParts) {
      const [k, v] = p.split('=');
      params[k!.toUpperCase()] = v ?? '';
    }
    const upper = name!.toUpperCase();
    if (upper === 'BEGIN') {
      stack.push(raw);
      if (raw === 'VEVENT') event = {};
      continue;
    }
    if (upper === 'END') {
      if (stack.pop() !== raw) throw new Error(`unbalanced END:${raw}`);
      if (raw === 'VEVENT' && event) {
        events.push(event);
        event = undefined;
      }
      continue;
    }
    const value = params.VALUE === 'DATE' || /^DT|^UID$/.test(upper) ? raw : unescapeText(raw);
    const prop = { name: upper, params, value };
    if (event) event[upper] ??= prop;
    else if (stack.at(-1) === 'VCALENDAR') calendar[upper] ??= prop;
  }
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(', ')}`);
  if (!calendar.VERSION) throw new Error('no VCALENDAR');
  return { calendar, events };
}
