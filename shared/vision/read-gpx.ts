import { type ActivitySummary, sportOf } from './activity-summary.js';
import { child, children, num, parseActivityXml, text, time, type XmlNode } from './read-activity-xml.js';

const EARTH_RADIUS_M = 6_371_008.8;
/** Slower than this between two points counts as standing (Strava uses a similar threshold). */
const MOVING_SPEED_MS = 0.5;

function haversine(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Point {
  readonly lat: number;
  readonly lon: number;
  readonly at?: Date;
  readonly hr?: number;
}

function pointOf(node: XmlNode): Point | undefined {
  const lat = Number(node['@_lat']);
  const lon = Number(node['@_lon']);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return undefined;
  const ext = child(node, 'extensions');
  const hr = num(child(ext, 'TrackPointExtension'), 'hr') ?? num(ext, 'hr') ?? num(ext, 'heartrate');
  const at = time(node, 'time');
  return { lat, lon, ...(at ? { at } : {}), ...(hr !== undefined && hr > 0 ? { hr } : {}) };
}

/**
 * Reads a GPX track (1.0/1.1, Garmin/Strava heart-rate extensions): distance summed point to point
 * (haversine) within each segment, elapsed time first to last point, moving time over the stretches
 * faster than 0.5 m/s, average heart rate over the points that carry one; each segment is a lap. The
 * sport from `<trk><type>`. Points without a time give distance only.
 *
 * @example
 * const summary = await readGpx(bytes); // { sport: 'run', distanceM: 5021.3, movingSec: 1513, … }
 */
export async function readGpx(bytes: Uint8Array): Promise<ActivitySummary> {
  const root = child(await parseActivityXml(bytes, 'gpx'), 'gpx');
  const tracks = children(root, 'trk');
  const segments = tracks.flatMap((trk) => children(trk, 'trkseg').map((seg) => children(seg, 'trkpt')));
  if (segments.length === 0) segments.push(...children(root, 'rte').map((rte) => children(rte, 'rtept')));
  let distanceM = 0;
  let movingSec = 0;
  let timed = false;
  const hrs: number[] = [];
  const laps: Array<{ distanceM: number; timerSec?: number }> = [];
  let first: Date | undefined;
  let last: Date | undefined;
  for (const nodes of segments) {
    const points = nodes.map(pointOf).filter((p): p is Point => p !== undefined);
    let segDistance = 0;
    let segMoving = 0;
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      if (p.hr !== undefined) hrs.push(p.hr);
      if (p.at) {
        if (!first || p.at < first) first = p.at;
        if (!last || p.at > last) last = p.at;
      }
      const prev = points[i - 1];
      if (!prev) continue;
      const d = haversine(prev, p);
      segDistance += d;
      if (prev.at && p.at) {
        timed = true;
        const dt = (p.at.getTime() - prev.at.getTime()) / 1000;
        if (dt > 0 && d / dt >= MOVING_SPEED_MS) segMoving += dt;
      }
    }
    distanceM += segDistance;
    movingSec += segMoving;
    if (points.length > 1) laps.push({ distanceM: segDistance, ...(timed ? { timerSec: segMoving } : {}) });
  }
  const type = tracks.map((trk) => text(trk, 'type')).find((t) => t);
  return {
    sport: sportOf(type),
    ...(first ? { start: first } : {}),
    ...(distanceM > 0 ? { distanceM } : {}),
    ...(first && last && last > first ? { elapsedSec: (last.getTime() - first.getTime()) / 1000 } : {}),
    ...(timed && movingSec > 0 ? { movingSec } : {}),
    ...(hrs.length > 0 ? { avgHr: hrs.reduce((a, b) => a + b, 0) / hrs.length } : {}),
    laps,
  };
}
