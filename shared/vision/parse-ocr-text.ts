import { KM_PER_MILE } from '../text/index.js';
import { parseScreenshotDate } from './parse-screenshot-date.js';
import { completeReading, type WorkoutReading } from './workout-reading.js';

type Unit = 'km' | 'mi';
type Token =
  | { kind: 'distance'; km: number; unit: Unit }
  | { kind: 'pace'; secPer: number; unit: Unit | undefined }
  | { kind: 'duration'; sec: number }
  | { kind: 'hr'; bpm: number }
  | { kind: 'number'; value: number };
type Label = 'distance' | 'time' | 'pace' | 'hr' | 'elevation' | 'calories';
interface Line {
  readonly text: string;
  readonly tokens: Token[];
  readonly labels: Label[];
}

const UNIT = '(km|kilomet(?:er|re)s?|mi|miles?)';
const DISTANCE_RE = new RegExp(`(?<![\\d:.,'])(\\d{1,3}(?:[.,]\\d{1,3})?)\\s*${UNIT}(?![a-z/])`, 'gi');
const PACE_RE = /(?<![\d:])(\d{1,2})\s*[:'’′]\s*(\d{2})\s*(?:["”″]|'')?\s*(?:min)?\s*(?:\/\s*(km|mi)\b)?/gi;
const DURATION_RE = /(?<![\d:.])(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?![\d:])(?!\s*(?:am|pm|\/))/gi;
const HR_RE = /(?<!\d)(\d{2,3})\s*bpm\b/gi;
const LABELS: Array<[Label, RegExp]> = [
  ['distance', /\b(distance|kilomet(?:er|re)s|miles)\b/i],
  ['pace', /\bpace\b/i],
  ['time', /\b(moving time|elapsed time|duration|time|total time)\b/i],
  ['hr', /\b(heart rate|avg hr|hr|bpm)\b/i],
  ['elevation', /\b(elevation|elev|climb|ascent)\b/i],
  ['calories', /\b(calories|kcal|cal)\b/i],
];

function toKm(value: number, unit: Unit): number {
  return unit === 'km' ? value : value * KM_PER_MILE;
}

function unitOf(word: string): Unit {
  return word.toLowerCase().startsWith('mi') ? 'mi' : 'km';
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const paceSpans: Array<[number, number]> = [];
  for (const m of text.matchAll(DISTANCE_RE)) {
    const unit = unitOf(m[2]!);
    tokens.push({ kind: 'distance', km: toKm(Number(m[1]!.replace(',', '.')), unit), unit });
  }
  for (const m of text.matchAll(PACE_RE)) {
    const typed = m[3] !== undefined || /['’′]/.test(m[0]);
    if (!typed) continue;
    paceSpans.push([m.index, m.index + m[0].length]);
    const unit = m[3] ? unitOf(m[3]) : undefined;
    tokens.push({ kind: 'pace', secPer: Number(m[1]) * 60 + Number(m[2]), unit });
  }
  for (const m of text.matchAll(DURATION_RE)) {
    if (paceSpans.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const sec = Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    if (Number(m[3]) < 60 && (m[1] === undefined || Number(m[2]) < 60))
      tokens.push({ kind: 'duration', sec });
  }
  for (const m of text.matchAll(HR_RE)) tokens.push({ kind: 'hr', bpm: Number(m[1]) });
  if (tokens.length === 0) {
    const plain = /^\s*(\d{1,4}(?:[.,]\d{1,3})?)\s*(m|ft|kcal|cal)?\s*$/i.exec(text);
    if (plain) tokens.push({ kind: 'number', value: Number(plain[1]!.replace(',', '.')) });
  }
  return tokens;
}

/** Joins a number-only line with a following unit-only line ("5.02" + "Kilometers"). */
function joinUnits(rawLines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    const line = rawLines[i]!;
    const next = rawLines[i + 1];
    if (
      /^\s*\d{1,3}(?:[.,]\d{1,3})?\s*$/.test(line) &&
      next &&
      new RegExp(`^\\s*${UNIT}\\s*$`, 'i').test(next)
    ) {
      out.push(`${line.trim()} ${next.trim()}`);
      out.push(next.trim()); // keep it as the label line ("Kilometers" labels the distance)
      i++;
    } else {
      out.push(line);
    }
  }
  return out;
}

function readLines(text: string): Line[] {
  const raw = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return joinUnits(raw).map((t) => ({
    text: t,
    tokens: tokenise(t),
    labels: LABELS.filter(([, re]) => re.test(t)).map(([label]) => label),
  }));
}

function fits(label: Label, token: Token): boolean {
  switch (label) {
    case 'distance':
      return token.kind === 'distance';
    case 'time':
      return token.kind === 'duration';
    case 'pace':
      return token.kind === 'pace' || token.kind === 'duration';
    case 'hr':
      return token.kind === 'hr' || (token.kind === 'number' && token.value >= 30 && token.value <= 250);
    case 'elevation':
    case 'calories':
      return token.kind === 'number';
  }
}

/** Values paired with labels: same line first, then the neighbour in the layout's direction. */
function labelled(lines: Line[]): Map<Label, Token> {
  const valueLine = (l: Line | undefined) => l !== undefined && l.tokens.length > 0;
  let above = 0;
  let below = 0;
  lines.forEach((line, i) => {
    if (line.labels.length === 0 || line.tokens.length > 0) return;
    const label = line.labels[0]!;
    if (valueLine(lines[i - 1]) && lines[i - 1]!.tokens.some((t) => fits(label, t))) above++;
    if (valueLine(lines[i + 1]) && lines[i + 1]!.tokens.some((t) => fits(label, t))) below++;
  });
  const step = above > below ? -1 : 1;
  const found = new Map<Label, Token>();
  lines.forEach((line, i) => {
    for (const label of line.labels) {
      if (found.has(label)) continue;
      const same = line.tokens.find((t) => fits(label, t));
      const neighbour =
        line.tokens.length === 0 ? lines[i + step]?.tokens.find((t) => fits(label, t)) : undefined;
      const token = same ?? neighbour;
      if (token) found.set(label, token);
    }
  });
  return found;
}

function activityOf(text: string): WorkoutReading['activity'] {
  if (/\b(run|running|jog|jogging|treadmill)\b/i.test(text)) return 'run';
  if (/\b(ride|cycling|bike|biking)\b/i.test(text)) return 'ride';
  if (/\b(walk|walking|hike|hiking)\b/i.test(text)) return 'walk';
  if (/\b(swim|swimming)\b/i.test(text)) return 'swim';
  return 'unknown';
}

const APPS = [
  'Strava',
  'Garmin',
  'Nike Run Club',
  'Runkeeper',
  'Polar',
  'Suunto',
  'COROS',
  'Adidas Running',
  'Apple Fitness',
];

/**
 * Reads a workout from OCR text of a fitness-app screenshot. Handles the common layouts: everything on
 * one line (`5.02 km 25:13 5:01 /km`), label above value (Garmin: `Distance` / `5.02 km`), value above
 * label (Strava: `5.02 km` / `Distance`), Nike's `5'01"` paces and split units (`5.02` / `Kilometers`),
 * miles (converted to km), `bpm` heart rates, and the dates of {@link parseScreenshotDate}. Returns
 * undefined when the text holds no distance and no duration (not a workout). The text is data only:
 * nothing in it is followed, only numbers are taken. Pure.
 *
 * @example
 * parseOcrText('Morning Run\n5.02 km\n25:13\n5:01 /km', '2025-03-05');
 * // { activity: 'run', distanceKm: 5.02, durationSec: 1513, paceSecPerKm: 301, confidence: 0.9, … }
 */
export function parseOcrText(text: string, referenceDate: string): WorkoutReading | undefined {
  const lines = readLines(text);
  const all = lines.flatMap((l) => l.tokens);
  const byLabel = labelled(lines);
  const distance = (byLabel.get('distance') ?? all.find((t) => t.kind === 'distance')) as
    | Extract<Token, { kind: 'distance' }>
    | undefined;
  const paceToken = byLabel.get('pace') ?? all.find((t) => t.kind === 'pace');
  const paceSec =
    paceToken?.kind === 'pace'
      ? paceToken.secPer
      : paceToken?.kind === 'duration'
        ? paceToken.sec
        : undefined;
  const paceUnit = (paceToken?.kind === 'pace' ? paceToken.unit : undefined) ?? distance?.unit ?? 'km';
  const durations = all.filter((t): t is Extract<Token, { kind: 'duration' }> => t.kind === 'duration');
  const labelledTime = byLabel.get('time');
  const duration =
    labelledTime?.kind === 'duration'
      ? labelledTime.sec
      : durations
          .filter((d) => d !== paceToken)
          .reduce<number | undefined>((max, d) => Math.max(max ?? 0, d.sec), undefined);
  if (distance === undefined && duration === undefined) return undefined;
  const hrToken = byLabel.get('hr') ?? all.find((t) => t.kind === 'hr');
  const hr = hrToken?.kind === 'hr' ? hrToken.bpm : hrToken?.kind === 'number' ? hrToken.value : undefined;
  const elevation = byLabel.get('elevation');
  const calories = byLabel.get('calories');
  const paceSecPerKm =
    paceSec === undefined ? undefined : paceUnit === 'mi' ? paceSec / KM_PER_MILE : paceSec;
  const date = parseScreenshotDate(text, referenceDate);
  const sourceApp = APPS.find((app) => text.toLowerCase().includes(app.split(' ')[0]!.toLowerCase()));
  const reading = completeReading({
    activity: activityOf(text),
    ...(date ? { date } : {}),
    ...(distance ? { distanceKm: Math.round(distance.km * 100) / 100 } : {}),
    ...(duration !== undefined ? { durationSec: duration } : {}),
    ...(paceSecPerKm !== undefined ? { paceSecPerKm: Math.round(paceSecPerKm) } : {}),
    ...(hr !== undefined && Number.isInteger(hr) ? { avgHr: hr } : {}),
    ...(elevation?.kind === 'number' ? { elevationGainM: elevation.value } : {}),
    ...(calories?.kind === 'number' ? { calories: calories.value } : {}),
    ...(sourceApp ? { sourceApp } : {}),
    confidence: 0.5,
  });
  return { ...reading, confidence: confidenceOf(reading, paceSecPerKm) };
}

/** Higher when distance, time and a shown pace agree. */
function confidenceOf(reading: WorkoutReading, shownPace: number | undefined): number {
  if (reading.distanceKm === undefined || reading.durationSec === undefined) return 0.4;
  if (shownPace === undefined) return 0.7;
  const computed = reading.durationSec / reading.distanceKm;
  return Math.abs(computed - shownPace) / shownPace <= 0.03 ? 0.9 : 0.5;
}
