import type { X2jOptions } from 'fast-xml-parser';
import { ActivityFileError, type ActivityFileKind } from './activity-summary.js';

/** A parsed XML node as fast-xml-parser returns it (attributes under `@_name`). */
export type XmlNode = Record<string, unknown>;

const ARRAYS = new Set(['trk', 'trkseg', 'trkpt', 'rte', 'rtept', 'Activity', 'Lap', 'Track', 'Trackpoint']);

/**
 * Which XML activity format the bytes hold, from the root element near the start (`<gpx`, or
 * `<TrainingCenterDatabase`); undefined for anything else.
 *
 * @example
 * xmlActivityKind(Buffer.from('<?xml version="1.0"?><gpx version="1.1">')); // 'gpx'
 */
export function xmlActivityKind(bytes: Uint8Array): 'gpx' | 'tcx' | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (!/^\s*</.test(head)) return undefined;
  if (/<(\w+:)?gpx[\s>]/.test(head)) return 'gpx';
  if (/<(\w+:)?TrainingCenterDatabase[\s>]/.test(head)) return 'tcx';
  return undefined;
}

/**
 * Parses an activity XML document with fast-xml-parser after validating it (a truncated or malformed file
 * is `damaged`, never half-read). Namespace prefixes are dropped (`gpxtpx:hr` → `hr`); track, lap and
 * point elements are always arrays. Entities are not expanded (no billion-laughs).
 *
 * @example
 * const root = await parseActivityXml(bytes, 'gpx'); // { gpx: { trk: [ … ] } }
 */
export async function parseActivityXml(bytes: Uint8Array, kind: ActivityFileKind): Promise<XmlNode> {
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ActivityFileError(
      'damaged',
      kind,
      `malformed or cut-off XML (${valid.err.code} at line ${valid.err.line})`,
    );
  }
  const options: Partial<X2jOptions> = {
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    processEntities: false,
    parseTagValue: false,
    isArray: (name) => ARRAYS.has(name),
  };
  return new XMLParser(options).parse(text) as XmlNode;
}

/** `node[key]` as a node list (missing → []). @example children(gpx, 'trk') */
export function children(node: unknown, key: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[key];
  if (Array.isArray(value)) return value.filter((v): v is XmlNode => !!v && typeof v === 'object');
  return value && typeof value === 'object' ? [value as XmlNode] : [];
}

/** The first child `key` of `node`. @example child(trkpt, 'extensions') */
export function child(node: unknown, key: string): XmlNode | undefined {
  return children(node, key)[0];
}

/** A leaf's text (`<time>…</time>` or its `#text`), trimmed; undefined when missing. @example text(trkpt, 'time') */
export function text(node: unknown, key: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[key];
  const leaf = Array.isArray(value) ? value[0] : value;
  if (typeof leaf === 'string' || typeof leaf === 'number') return String(leaf).trim();
  if (leaf && typeof leaf === 'object' && '#text' in leaf) return String((leaf as XmlNode)['#text']).trim();
  return undefined;
}

/** A leaf as a finite number. @example num(lap, 'DistanceMeters'); // 5020 */
export function num(node: unknown, key: string): number | undefined {
  const t = text(node, key);
  const n = t === undefined || t === '' ? Number.NaN : Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** A leaf or attribute as a Date (ISO 8601); undefined when not a valid time. @example time(trkpt, 'time') */
export function time(node: unknown, key: string): Date | undefined {
  const t = text(node, key);
  if (!t) return undefined;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
