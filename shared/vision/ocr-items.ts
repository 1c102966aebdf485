import type { OcrWord } from './ocr-engine.js';

/** A box in image pixels. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Distance units a screenshot shows. @example const u: DistanceUnit = 'mi'; */
export type DistanceUnit = 'km' | 'mi';

/** A value found in the words, normalised (km or miles as shown, seconds). */
export type ValueToken =
  | { readonly kind: 'distance'; readonly value: number; readonly unit: DistanceUnit }
  | { readonly kind: 'pace'; readonly sec: number; readonly unit: DistanceUnit | undefined }
  | { readonly kind: 'clock'; readonly sec: number; readonly hours: boolean }
  | { readonly kind: 'hr'; readonly bpm: number }
  | { readonly kind: 'number'; readonly value: number; readonly unit: string | undefined };

/** What a label names. `moving` / `elapsed` are times that tell moving from total time apart. */
export type LabelField = 'distance' | 'time' | 'moving' | 'elapsed' | 'pace' | 'hr' | 'other';

/**
 * One thing on the page with its box: a label (with a unit it may carry, "Distance (mi)"), a value, or a
 * bare unit ("Miles" under a big number).
 *
 * @example
 * const item: OcrItem = { kind: 'value', token: { kind: 'clock', sec: 1577, hours: false }, box, line: 3 };
 */
export type OcrItem =
  | {
      readonly kind: 'label';
      readonly field: LabelField;
      readonly unit?: DistanceUnit;
      readonly box: Box;
      readonly line: number;
    }
  | { readonly kind: 'value'; readonly token: ValueToken; readonly box: Box; readonly line: number }
  | {
      readonly kind: 'unit';
      readonly unit: DistanceUnit | '/km' | '/mi';
      readonly box: Box;
      readonly line: number;
    };

const NUM = '(\\d{1,3}(?:[.,]\\d{1,3})?)';
const DIST_UNIT = '(km|kms|kilomet(?:er|re)s?|mi|miles?)';
const DISTANCE_RE = new RegExp(`^${NUM}\\s?${DIST_UNIT}$`, 'i');
const PACE_RE = /^(\d{1,2})\s?([:'’′])\s?(\d{2})\s?(["”″]|'')?\s?(?:min)?\s?(?:\/\s?(km|mi))?$/i;
const CLOCK_RE = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/;
const HR_RE = /^(\d{2,3})\s?bpm$/i;
const NUMBER_RE = /^(\d{1,5}(?:[.,]\d{1,3})?)(?:\s?(m|ft|cal|kcal|spm|w))?$/i;
const UNIT_RE = /^(km|kms|kilomet(?:er|re)s?|mi|miles?|\/\s?km|\/\s?mi|min\s?\/\s?km|min\s?\/\s?mi)$/i;

const LABELS: Array<[LabelField, RegExp]> = [
  ['distance', /^(total\s)?dist(ance)?\.?$/],
  ['moving', /^moving\s(time)?$/],
  ['elapsed', /^(elapsed|total)\stime$/],
  ['time', /^((workout|run|activity)\s)?(time|duration)$/],
  ['pace', /^((avg\.?|average)\s)?pace$/],
  ['hr', /^((avg\.?|average)\s)?(heart\srate|hr)(\savg\.?)?$/],
  [
    'other',
    /^((avg\.?|average|max\.?)\s)?(calories|elevation(\sgain)?|elev\.?\sgain|cadence|steps|power|speed|active\scalories|total\scalories)$/,
  ],
];

const toNumber = (s: string) => Number(s.replace(',', '.'));
const unitOf = (s: string): DistanceUnit => (s.toLowerCase().startsWith('mi') ? 'mi' : 'km');

/** Reads a value token from up to four words' text; undefined when it is not one. */
function valueIn(text: string): ValueToken | undefined {
  const t = text.trim();
  let m = DISTANCE_RE.exec(t);
  if (m) return { kind: 'distance', value: toNumber(m[1]!), unit: unitOf(m[2]!) };
  m = HR_RE.exec(t);
  if (m) return { kind: 'hr', bpm: Number(m[1]) };
  m = CLOCK_RE.exec(t);
  if (m && Number(m[3]) < 60 && (m[1] === undefined || Number(m[2]) < 60)) {
    return {
      kind: 'clock',
      sec: Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]),
      hours: m[1] !== undefined,
    };
  }
  m = PACE_RE.exec(t);
  if (m && Number(m[3]) < 60 && (m[2] !== ':' || m[5] !== undefined)) {
    return { kind: 'pace', sec: Number(m[1]) * 60 + Number(m[3]), unit: m[5] ? unitOf(m[5]) : undefined };
  }
  m = NUMBER_RE.exec(t);
  if (m) return { kind: 'number', value: toNumber(m[1]!), unit: m[2]?.toLowerCase() };
  return undefined;
}

/** Reads a label phrase ("Avg. Pace", "Distance (mi)", "Time:"); undefined when it is not one. */
function labelOf(text: string): { field: LabelField; unit?: DistanceUnit } | undefined {
  let t = text
    .toLowerCase()
    .replace(/[:·]+$/, '')
    .trim();
  let unit: DistanceUnit | undefined;
  const paren = /\s*\(([^)]*)\)$/.exec(t);
  if (paren) {
    if (/mi/.test(paren[1]!)) unit = 'mi';
    else if (/km/.test(paren[1]!)) unit = 'km';
    t = t.slice(0, paren.index).trim();
  }
  const found = LABELS.find(([, re]) => re.test(t));
  return found ? { field: found[0], ...(unit ? { unit } : {}) } : undefined;
}

function unionBox(words: readonly OcrWord[]): Box {
  return {
    x0: Math.min(...words.map((w) => w.x0)),
    y0: Math.min(...words.map((w) => w.y0)),
    x1: Math.max(...words.map((w) => w.x1)),
    y1: Math.max(...words.map((w) => w.y1)),
  };
}

/**
 * Turns recognised words into labels, values and bare units with their boxes. Within each tesseract line
 * it takes, from left to right, the longest run of up to four words that reads as a value (`5.02 km`,
 * `5:14 /km`, `8'12"`, `1:52:07`, `148 bpm`), a unit, or a label (`Avg. Heart Rate`, `Distance (mi)`);
 * other words are skipped. A clock followed by AM/PM is a time of day, not a duration. Pure.
 *
 * @example
 * findItems(page.words).filter((i) => i.kind === 'label').map((i) => i.field); // ['distance', 'pace', 'time']
 */
export function findItems(words: readonly OcrWord[]): OcrItem[] {
  const lines = new Map<number, OcrWord[]>();
  for (const w of words) lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  const items: OcrItem[] = [];
  for (const [line, unsorted] of lines) {
    const ws = [...unsorted].sort((a, b) => a.x0 - b.x0);
    let i = 0;
    while (i < ws.length) {
      let taken = 0;
      for (let j = Math.min(ws.length - 1, i + 3); j >= i && taken === 0; j--) {
        const span = ws.slice(i, j + 1);
        const text = span.map((w) => w.text).join(' ');
        const box = unionBox(span);
        const next = ws[j + 1]?.text ?? '';
        const token = valueIn(text);
        if (token && !(token.kind === 'clock' && /^(am|pm)\b/i.test(next))) {
          items.push({ kind: 'value', token, box, line });
          taken = span.length;
          continue;
        }
        if (UNIT_RE.test(text)) {
          const u = text.toLowerCase().replace(/\s/g, '');
          const unit = u.includes('/') ? (u.endsWith('km') ? '/km' : '/mi') : unitOf(u);
          items.push({ kind: 'unit', unit, box, line });
          taken = span.length;
          continue;
        }
        const label = labelOf(text);
        if (label) {
          items.push({ kind: 'label', ...label, box, line });
          taken = span.length;
        }
      }
      i += Math.max(1, taken);
    }
  }
  return items;
}
