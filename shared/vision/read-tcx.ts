import { type ActivitySummary, sportOf } from './activity-summary.js';
import { child, children, num, parseActivityXml, time, type XmlNode } from './read-activity-xml.js';

/**
 * Reads a Garmin Training Center (TCX) activity: the first activity's sport (`Sport="Running"`), start
 * (`<Id>` or the first lap's `StartTime`), and per lap `TotalTimeSeconds` (timer time), `DistanceMeters`
 * and `AverageHeartRateBpm`. Elapsed time runs from the start to the last trackpoint (or the end of the
 * last lap). Laps without numbers fall back to their trackpoints.
 *
 * @example
 * const summary = await readTcx(bytes); // { sport: 'run', distanceM: 5020, movingSec: 1513, avgHr: 150, … }
 */
export async function readTcx(bytes: Uint8Array): Promise<ActivitySummary> {
  const root = child(await parseActivityXml(bytes, 'tcx'), 'TrainingCenterDatabase');
  const activity = children(child(root, 'Activities'), 'Activity')[0];
  const laps = children(activity, 'Lap');
  const start = time(activity, 'Id') ?? lapStart(laps[0]);
  let distanceM = 0;
  let timerSec = 0;
  let hrWeighted = 0;
  let hrTime = 0;
  let lastPoint: Date | undefined;
  const summaries: Array<{ distanceM?: number; timerSec?: number }> = [];
  for (const lap of laps) {
    const points = children(lap, 'Track').flatMap((t) => children(t, 'Trackpoint'));
    const times = points.map((p) => time(p, 'Time')).filter((d): d is Date => d !== undefined);
    const lapEnd = times[times.length - 1];
    if (lapEnd && (!lastPoint || lapEnd > lastPoint)) lastPoint = lapEnd;
    const pointDistance = points.map((p) => num(p, 'DistanceMeters')).filter((d) => d !== undefined);
    const lapDistance =
      num(lap, 'DistanceMeters') ??
      (pointDistance.length > 1 ? pointDistance[pointDistance.length - 1]! - pointDistance[0]! : undefined);
    const lapTime =
      num(lap, 'TotalTimeSeconds') ??
      (times.length > 1 ? (times[times.length - 1]!.getTime() - times[0]!.getTime()) / 1000 : undefined);
    const pointHr = points.map((p) => num(child(p, 'HeartRateBpm'), 'Value')).filter((h) => h !== undefined);
    const lapHr =
      num(child(lap, 'AverageHeartRateBpm'), 'Value') ??
      (pointHr.length > 0 ? pointHr.reduce((a, b) => a + b, 0) / pointHr.length : undefined);
    if (lapDistance !== undefined) distanceM += lapDistance;
    if (lapTime !== undefined) timerSec += lapTime;
    if (lapHr !== undefined && lapHr > 0 && lapTime) {
      hrWeighted += lapHr * lapTime;
      hrTime += lapTime;
    }
    summaries.push({
      ...(lapDistance !== undefined ? { distanceM: lapDistance } : {}),
      ...(lapTime !== undefined ? { timerSec: lapTime } : {}),
    });
    const startOfLap = lapStart(lap);
    if (startOfLap && lapTime !== undefined) {
      const end = new Date(startOfLap.getTime() + lapTime * 1000);
      if (!lastPoint || end > lastPoint) lastPoint = end;
    }
  }
  const elapsed = start && lastPoint ? (lastPoint.getTime() - start.getTime()) / 1000 : undefined;
  return {
    sport: sportOf(activity?.['@_Sport'] as string | undefined),
    ...(start ? { start } : {}),
    ...(distanceM > 0 ? { distanceM } : {}),
    ...(timerSec > 0 ? { movingSec: timerSec } : {}),
    ...(elapsed !== undefined && elapsed > 0 ? { elapsedSec: Math.max(elapsed, timerSec) } : {}),
    ...(hrTime > 0 ? { avgHr: hrWeighted / hrTime } : {}),
    laps: summaries,
  };
}

function lapStart(lap: XmlNode | undefined): Date | undefined {
  const t = lap?.['@_StartTime'];
  if (typeof t !== 'string') return undefined;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
