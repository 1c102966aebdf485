import { createRequire } from 'node:module';
import type * as CityTimezones from 'city-timezones';
import { DateTime } from 'luxon';
import type { Translator } from '../i18n/index.js';
import { escapeHtml } from './escape-html.js';
import { ENGLISH } from './local-format.js';
import { cleanAnswer, ownValue } from './normalize-input.js';
import { fail, ok, type ParseResult } from './parse-result.js';
import { isValidTimeZone } from './profile.js';

/**
 * A resolved time zone: the IANA name plus how we got there, for the confirmation message.
 * `label` may contain text from the city table; escape it before showing it.
 *
 * @example
 * const tz: TimeZoneMatch = { zone: 'Europe/Berlin', label: 'Berlin, Germany', kind: 'city' };
 */
export interface TimeZoneMatch {
  readonly zone: string;
  readonly label: string;
  readonly kind: 'city' | 'country' | 'iana' | 'offset' | 'abbreviation';
}

// Common abbreviations people use for their zone; mapped to the zone most of their users live in.
const ABBREVIATIONS: Record<string, { zone: string; label: string }> = {
  est: { zone: 'America/New_York', label: 'US Eastern time' },
  edt: { zone: 'America/New_York', label: 'US Eastern time' },
  eastern: { zone: 'America/New_York', label: 'US Eastern time' },
  cst: { zone: 'America/Chicago', label: 'US Central time' },
  cdt: { zone: 'America/Chicago', label: 'US Central time' },
  central: { zone: 'America/Chicago', label: 'US Central time' },
  mst: { zone: 'America/Denver', label: 'US Mountain time' },
  mdt: { zone: 'America/Denver', label: 'US Mountain time' },
  mountain: { zone: 'America/Denver', label: 'US Mountain time' },
  pst: { zone: 'America/Los_Angeles', label: 'US Pacific time' },
  pdt: { zone: 'America/Los_Angeles', label: 'US Pacific time' },
  pacific: { zone: 'America/Los_Angeles', label: 'US Pacific time' },
  cet: { zone: 'Europe/Berlin', label: 'Central European time' },
  cest: { zone: 'Europe/Berlin', label: 'Central European time' },
  bst: { zone: 'Europe/London', label: 'UK time' },
  ist: { zone: 'Asia/Kolkata', label: 'India Standard Time' },
  msk: { zone: 'Europe/Moscow', label: 'Moscow time' },
  jst: { zone: 'Asia/Tokyo', label: 'Japan time' },
  aest: { zone: 'Australia/Sydney', label: 'Australian Eastern time' },
};

// Well-known places people write in short.
const CITY_ALIASES: Record<string, string> = {
  nyc: 'new york',
  'new york city': 'new york',
  la: 'los angeles',
  sf: 'san francisco',
  dc: 'washington',
  'washington dc': 'washington',
  spb: 'st petersburg',
  'saint petersburg': 'st petersburg',
  'tel aviv': 'tel aviv yafo',
  kiev: 'kyiv',
  bombay: 'mumbai',
  calcutta: 'kolkata',
  peking: 'beijing',
};

/** Lower-case, accents removed, punctuation to spaces: "São Paulo" and "sao-paulo" meet as "sao paulo". */
// Places as Russian, Spanish and German speakers write them (the city index knows English names).
const LOCAL_PLACE_NAMES: Readonly<Record<string, string>> = {
  москва: 'Moscow',
  'санкт-петербург': 'Saint Petersburg',
  питер: 'Saint Petersburg',
  новосибирск: 'Novosibirsk',
  екатеринбург: 'Yekaterinburg',
  казань: 'Kazan',
  владивосток: 'Vladivostok',
  минск: 'Minsk',
  киев: 'Kyiv',
  алматы: 'Almaty',
  берлин: 'Berlin',
  лондон: 'London',
  'нью-йорк': 'New York',
  мадрид: 'Madrid',
  'ciudad de méxico': 'Mexico City',
  'ciudad de mexico': 'Mexico City',
  londres: 'London',
  'nueva york': 'New York',
  sevilla: 'Seville',
  münchen: 'Munich',
  muenchen: 'Munich',
  köln: 'Cologne',
  wien: 'Vienna',
  zürich: 'Zurich',
  genf: 'Geneva',
  moskau: 'Moscow',
  россия: 'Russia',
  alemania: 'Germany',
  deutschland: 'Germany',
  españa: 'Spain',
  spanien: 'Spain',
  германия: 'Germany',
  испания: 'Spain',
};

function normalizePlace(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Country names as people say them → the name the city table uses.
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'united states of america',
  us: 'united states of america',
  'united states': 'united states of america',
  america: 'united states of america',
  uk: 'united kingdom',
  england: 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
};

// Half/quarter-hour offsets → the zone most people with that offset live in (checked to be valid).
const FRACTIONAL_OFFSET_ZONES: Record<number, string> = {
  [-570]: 'Pacific/Marquesas',
  [-210]: 'America/St_Johns',
  210: 'Asia/Tehran',
  270: 'Asia/Kabul',
  330: 'Asia/Kolkata',
  345: 'Asia/Kathmandu',
  390: 'Asia/Yangon',
  525: 'Australia/Eucla',
  570: 'Australia/Darwin',
  630: 'Australia/Lord_Howe',
  765: 'Pacific/Chatham',
};

interface Place {
  zone: string;
  label: string;
  pop: number;
  qualifiers: string[];
}

interface PlaceIndex {
  cities: Map<string, Place[]>;
  countries: Map<string, { label: string; zones: Set<string> }>;
  zonesLower: Map<string, string>;
}

let index: PlaceIndex | undefined;

/** Built on first use (≈7,000 cities + the runtime's IANA list), then kept: lookups are map reads. */
function placeIndex(): PlaceIndex {
  if (index) return index;
  const cities = new Map<string, Place[]>();
  const countries = new Map<string, { label: string; zones: Set<string> }>();
  const add = (key: string, place: Place) => {
    if (!key) return;
    const list = cities.get(key) ?? [];
    list.push(place);
    cities.set(key, list);
  };
  const validZones = new Map<string, boolean>();
  const isValidCached = (zone: string) => {
    let valid = validZones.get(zone);
    if (valid === undefined) {
      valid = isValidTimeZone(zone);
      validZones.set(zone, valid);
    }
    return valid;
  };
  // The city table (~7,300 entries) is loaded only when a city is first looked up.
  const { cityMapping } = createRequire(import.meta.url)('city-timezones') as typeof CityTimezones;
  for (const c of cityMapping) {
    if (typeof c.city !== 'string' || typeof c.timezone !== 'string' || !isValidCached(c.timezone)) continue;
    const place: Place = {
      zone: c.timezone,
      label: `${c.city}, ${c.country}`,
      pop: c.pop ?? 0,
      qualifiers: [c.country, c.iso2, c.iso3, c.province, c.state_ansi]
        .filter((q) => typeof q === 'string' && q !== '')
        .map(normalizePlace),
    };
    add(normalizePlace(c.city), place);
    if (c.city_ascii && normalizePlace(c.city_ascii) !== normalizePlace(c.city))
      add(normalizePlace(c.city_ascii), place);
    const country = normalizePlace(c.country);
    const entry = countries.get(country) ?? { label: c.country, zones: new Set<string>() };
    entry.zones.add(c.timezone);
    countries.set(country, entry);
  }
  const zonesLower = new Map<string, string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    zonesLower.set(zone.toLowerCase(), zone);
    // The city part of an IANA name ("Asia/Kolkata") is a place too, used when the table lacks it.
    const key = normalizePlace(zone.split('/').at(-1)!);
    if (!cities.has(key))
      add(key, { zone, label: zone.split('/').at(-1)!.replace(/_/g, ' '), pop: 0, qualifiers: [] });
  }
  for (const [alias, target] of Object.entries(CITY_ALIASES)) {
    const places = cities.get(target);
    if (places && !cities.has(alias)) cities.set(alias, places);
  }
  for (const [alias, target] of Object.entries(COUNTRY_ALIASES)) {
    const entry = countries.get(target);
    if (entry && !countries.has(alias)) countries.set(alias, entry);
  }
  index = { cities, countries, zonesLower };
  return index;
}

/** Most populous match, optionally narrowed by a qualifier ("Portland, Maine", "Paris TX"). */
function findCity(name: string, qualifier: string | undefined): Place | undefined {
  const places = placeIndex().cities.get(name);
  if (!places) return undefined;
  const narrowed = qualifier ? places.filter((p) => p.qualifiers.some((q) => q === qualifier)) : places;
  if (narrowed.length === 0) return undefined;
  return narrowed.reduce((best, p) => (p.pop > best.pop ? p : best));
}

/**
 * A fixed UTC offset → an IANA zone. Whole hours use the exact fixed zones `Etc/GMT±N` (note the
 * POSIX sign inversion: UTC+3 is `Etc/GMT-3`); half/quarter hours have no Etc zone, so we pick a real
 * zone that keeps that offset all year (UTC+5:30 → Asia/Kolkata).
 */
function zoneForOffset(minutes: number, now: Date): string | undefined {
  if (minutes === 0) return 'Etc/UTC';
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  }
  const preferred = FRACTIONAL_OFFSET_ZONES[minutes];
  if (preferred && isValidTimeZone(preferred)) return preferred;
  const year = DateTime.fromJSDate(now).year;
  const offsetAt = (zone: string, month: number) =>
    DateTime.fromObject({ year, month, day: 15 }, { zone }).offset;
  const zones = Intl.supportedValuesOf('timeZone');
  return (
    zones.find((z) => offsetAt(z, 1) === minutes && offsetAt(z, 7) === minutes) ??
    zones.find((z) => DateTime.fromJSDate(now, { zone: z }).offset === minutes)
  );
}

/** Exact IANA names the runtime accepts but does not list (`Etc/GMT-3`, links like `Asia/Calcutta`). */
function canonicalZone(text: string): string | undefined {
  if (!text.includes('/') || !isValidTimeZone(text)) return undefined;
  return new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

/**
 * Resolves a runner's answer to an IANA time zone: a city (`Berlin`, `new york`, `São Paulo`,
 * `Portland, Maine`), a country with a single zone (`Germany`), an IANA name (`Europe/Berlin`), a
 * common abbreviation (`EST`) or a UTC offset (`UTC+3`, `-05:00`, `GMT+5:30`, `+0530`).
 *
 * @example
 * parseTimeZone('São Paulo', new Date()); // { ok: true, value: { zone: 'America/Sao_Paulo', … } }
 * parseTimeZone('UTC+3', new Date());     // { ok: true, value: { zone: 'Etc/GMT-3', kind: 'offset', … } }
 */
export function parseTimeZone(raw: string, now: Date, tr: Translator = ENGLISH): ParseResult<TimeZoneMatch> {
  const cleaned = cleanAnswer(raw, tr('tz-hint'), tr);
  if (!cleaned.ok) return cleaned;
  const typed = cleaned.value.replace(/[.!?]+$/, '').trim();
  const text = LOCAL_PLACE_NAMES[typed.toLowerCase()] ?? typed;
  const lower = text.toLowerCase().replace(/−/g, '-');

  if (lower === 'utc' || lower === 'gmt' || lower === 'z')
    return ok({ zone: 'Etc/UTC', label: 'UTC', kind: 'offset' });
  const offset = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(lower);
  if (offset) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
    const validMinutes = [0, 15, 30, 45].includes(Number(offset[3] ?? 0));
    const zone =
      validMinutes && minutes >= -12 * 60 && minutes <= 14 * 60 ? zoneForOffset(minutes, now) : undefined;
    if (!zone) return fail(tr('tz-bad-offset'));
    return ok({ zone, label: formatOffset(minutes), kind: 'offset' });
  }

  const { zonesLower, countries } = placeIndex();
  const iana = zonesLower.get(lower.replace(/\s+/g, '_')) ?? canonicalZone(text);
  if (iana && lower.includes('/')) return ok({ zone: iana, label: iana, kind: 'iana' });

  const abbreviation = ownValue(ABBREVIATIONS, lower);
  if (abbreviation) return ok({ ...abbreviation, kind: 'abbreviation' });

  const [namePart, ...qualifierParts] = text.split(',');
  const name = normalizePlace(namePart ?? '');
  const qualifier = qualifierParts.length > 0 ? normalizePlace(qualifierParts.join(' ')) : undefined;
  let place = findCity(name, qualifier || undefined);
  if (!place && !qualifier) {
    // "Portland Maine", "Paris France": try the last word(s) as the qualifier.
    const words = name.split(' ');
    for (let cut = words.length - 1; cut >= 1 && !place; cut--) {
      place = findCity(words.slice(0, cut).join(' '), words.slice(cut).join(' '));
    }
  }
  if (place) return ok({ zone: place.zone, label: place.label, kind: 'city' });

  const country = countries.get(name);
  if (country && !qualifier) {
    if (country.zones.size === 1) {
      return ok({ zone: [...country.zones][0]!, label: country.label, kind: 'country' });
    }
    return fail(tr('tz-several-zones', { country: escapeHtml(country.label) }));
  }
  if (iana) return ok({ zone: iana, label: iana, kind: 'iana' });
  return fail(tr('tz-not-found'));
}
