import type { OcrPage } from './ocr-engine.js';
import {
  type Box,
  type DistanceUnit,
  findItems,
  type LabelField,
  type OcrItem,
  type ValueToken,
} from './ocr-items.js';
import { parseOcrText } from './parse-ocr-text.js';
import { parseScreenshotDate } from './parse-screenshot-date.js';
import { completeReading, type WorkoutReading } from './workout-reading.js';

const KM_PER_MILE = 1.609344;

type Value = Extract<OcrItem, { kind: 'value' }>;
type Label = Extract<OcrItem, { kind: 'label' }>;
type Relation = 'below' | 'above' | 'right';

const height = (b: Box) => b.y1 - b.y0;
const overlapsX = (a: Box, b: Box) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0 || Math.abs(a.x0 - b.x0) < Math.max(height(a), height(b));

/** Where `value` sits from `label`, and how far (pixels); undefined when they are not neighbours. */
function relation(label: Box, value: Box): { rel: Relation; gap: number } | undefined {
  const h = Math.max(height(label), height(value));
  const centreDy = Math.abs((label.y0 + label.y1) / 2 - (value.y0 + value.y1) / 2);
  if (centreDy < h * 0.5 && value.x0 >= label.x1 - 2) return { rel: 'right', gap: value.x0 - label.x1 };
  if (!overlapsX(label, value)) return undefined;
  const limit = 1.6 * h;
  if (value.y0 >= label.y1 - h * 0.3 && value.y0 - label.y1 <= limit)
    return { rel: 'below', gap: value.y0 - label.y1 };
  if (value.y1 <= label.y0 + h * 0.3 && label.y0 - value.y1 <= limit)
    return { rel: 'above', gap: label.y0 - value.y1 };
  return undefined;
}

/** Whether a value can be what a label names. */
function fits(field: LabelField, token: ValueToken, labelUnit: DistanceUnit | undefined): boolean {
  switch (field) {
    case 'distance':
      return (
        token.kind === 'distance' ||
        (token.kind === 'number' && token.unit === undefined && token.value > 0 && token.value < 1000)
      );
    case 'time':
    case 'moving':
    case 'elapsed':
      return token.kind === 'clock';
    case 'pace':
      return token.kind === 'pace' || (token.kind === 'clock' && !token.hours);
    case 'hr':
      return (
        token.kind === 'hr' ||
        (token.kind === 'number' && token.unit === undefined && token.value >= 30 && token.value <= 250)
      );
    case 'other':
      return token.kind === 'number' && labelUnit === undefined;
  }
}

/**
 * A plain number with a distance unit directly under it ("6.21" over "Miles") or right after it in a
 * smaller font becomes a distance; the unit is used up.
 */
function attachUnits(items: OcrItem[]): OcrItem[] {
  const used = new Set<OcrItem>();
  const out = items.map((item): OcrItem => {
    if (item.kind !== 'value' || item.token.kind !== 'number' || item.token.unit !== undefined) return item;
    const unit = items.find(
      (u) =>
        u.kind === 'unit' &&
        !used.has(u) &&
        (u.unit === 'km' || u.unit === 'mi') &&
        (relation(item.box, u.box)?.rel ?? 'above') !== 'above',
    );
    if (unit?.kind !== 'unit' || (unit.unit !== 'km' && unit.unit !== 'mi')) return item;
    used.add(unit);
    return { ...item, token: { kind: 'distance', value: item.token.value, unit: unit.unit } };
  });
  return out.filter((i) => !used.has(i));
}

/**
 * Pairs labels with values the way the page is laid out: every (label, fitting value) pair that are
 * neighbours is a candidate; the page's dominant vertical direction (labels over values, or under) ranks
 * first, then label-left/value-right rows, then the other direction; nearest first; each label and value
 * is used once.
 */
function pair(items: OcrItem[], bareUnit: DistanceUnit): Map<LabelField, ValueToken> {
  const labels = items.filter((i): i is Label => i.kind === 'label');
  const values = items.filter((i): i is Value => i.kind === 'value');
  const candidates: Array<{ label: Label; value: Value; rel: Relation; gap: number }> = [];
  for (const label of labels) {
    for (const value of values) {
      const r = relation(label.box, value.box);
      if (r && fits(label.field, value.token, label.unit)) candidates.push({ label, value, ...r });
    }
  }
  const votes = { below: 0, above: 0 };
  for (const label of labels) {
    const mine = candidates.filter((c) => c.label === label && c.rel !== 'right');
    const best = mine.sort((a, b) => a.gap - b.gap)[0];
    if (best && best.rel !== 'right') votes[best.rel]++;
  }
  const dominant: Relation = votes.above > votes.below ? 'above' : 'below';
  const rank = (rel: Relation) => (rel === dominant ? 0 : rel === 'right' ? 1 : 2);
  candidates.sort((a, b) => rank(a.rel) - rank(b.rel) || a.gap - b.gap);
  const usedLabels = new Set<Label>();
  const usedValues = new Set<Value>();
  const found = new Map<LabelField, ValueToken>();
  for (const c of candidates) {
    if (usedLabels.has(c.label) || usedValues.has(c.value)) continue;
    usedLabels.add(c.label);
    usedValues.add(c.value);
    if (found.has(c.label.field)) continue;
    const token =
      c.label.field === 'distance' && c.value.token.kind === 'number'
        ? ({ kind: 'distance', value: c.value.token.value, unit: c.label.unit ?? bareUnit } as const)
        : c.value.token;
    found.set(c.label.field, token);
  }
  return found;
}

const tallest = (vs: Value[]) => [...vs].sort((a, b) => height(b.box) - height(a.box))[0];

/**
 * Reads a workout from a recognised page using where the words are, not only their order: labels
 * paired with values by layout (label above or below the value in columns and tiles, label left / value
 * right in rows), a big number with its unit underneath, km or miles, `h:mm:ss` / `mm:ss` times,
 * `5:20 /km` and `5'20"` paces, decimal commas, `bpm`. Moving time wins over elapsed time. What the
 * layout leaves open comes from the line parser ({@link parseOcrText}); the date from the text, absolute
 * or relative to `referenceDate` (the message's local day). Undefined when there is neither a distance
 * nor a time. A distance shown without any unit is in the runner's `units`. Pure.
 *
 * @example
 * readOcrLayout(page, '2025-03-05'); // { activity: 'unknown', distanceKm: 5.02, durationSec: 1577, … }
 */
export function readOcrLayout(
  page: OcrPage,
  referenceDate: string,
  units: DistanceUnit = 'km',
): WorkoutReading | undefined {
  const items = attachUnits(findItems(page.words));
  const byLabel = pair(items, units);
  const lines = parseOcrText(page.text, referenceDate);
  const values = items.filter((i): i is Value => i.kind === 'value');

  const distanceToken =
    byLabel.get('distance') ?? tallest(values.filter((v) => v.token.kind === 'distance'))?.token;
  const distanceKm =
    distanceToken?.kind === 'distance'
      ? Math.round(
          (distanceToken.unit === 'mi' ? distanceToken.value * KM_PER_MILE : distanceToken.value) * 100,
        ) / 100
      : lines?.distanceKm;
  const timeToken = byLabel.get('moving') ?? byLabel.get('time') ?? byLabel.get('elapsed');
  const durationSec = timeToken?.kind === 'clock' ? timeToken.sec : lines?.durationSec;
  if (distanceKm === undefined && durationSec === undefined) return undefined;
  const paceToken = byLabel.get('pace') ?? values.find((v) => v.token.kind === 'pace')?.token;
  const paceUnit =
    (paceToken?.kind === 'pace' ? paceToken.unit : undefined) ??
    (distanceToken?.kind === 'distance' ? distanceToken.unit : 'km');
  const paceShown =
    paceToken?.kind === 'pace' || paceToken?.kind === 'clock'
      ? paceUnit === 'mi'
        ? paceToken.sec / KM_PER_MILE
        : paceToken.sec
      : undefined;
  const hrToken = byLabel.get('hr') ?? values.find((v) => v.token.kind === 'hr')?.token;
  const avgHr =
    hrToken?.kind === 'hr' ? hrToken.bpm : hrToken?.kind === 'number' ? hrToken.value : lines?.avgHr;
  const date = parseScreenshotDate(page.text, referenceDate);
  const reading = completeReading({
    activity: lines?.activity ?? 'unknown',
    ...(date ? { date } : {}),
    ...(distanceKm !== undefined ? { distanceKm } : {}),
    ...(durationSec !== undefined ? { durationSec } : {}),
    ...(avgHr !== undefined && Number.isInteger(avgHr) ? { avgHr } : {}),
    ...(lines?.sourceApp ? { sourceApp: lines.sourceApp } : {}),
    confidence: 0.5,
  });
  return { ...reading, confidence: confidenceOf(reading, paceShown) };
}

/** Higher when distance, time and a shown pace agree. */
function confidenceOf(reading: WorkoutReading, shownPace: number | undefined): number {
  if (reading.distanceKm === undefined || reading.durationSec === undefined) return 0.4;
  if (shownPace === undefined) return 0.7;
  const computed = reading.durationSec / reading.distanceKm;
  return Math.abs(computed - shownPace) / shownPace <= 0.03 ? 0.9 : 0.5;
}
