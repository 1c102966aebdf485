/**
 * FIT / GPX / TCX fixtures made by the tests: FIT through Garmin's own Encoder, GPX and TCX as the XML
 * the apps export. One description of a run (start, distance, timer time, a pause, heart rate, laps)
 * gives the same numbers in every format.
 */
import { Encoder, type Mesg, Profile } from '@garmin/fitsdk';

/** A run to encode. @example const run: FixtureRun = { ...EASY_RUN, sport: 'cycling' }; */
export interface FixtureRun {
  readonly start: Date;
  readonly distanceM: number;
  /** Moving time. */
  readonly timerSec: number;
  /** A standing pause of this many seconds in the middle (elapsed = timer + pause). */
  readonly pauseSec: number;
  readonly avgHr: number;
  readonly laps: number;
  /** As the format spells it (`running`, `cycling`…). */
  readonly sport: string;
}

/** 5.02 km in 25:13 moving, a 60 s pause, HR 150, 5 laps, starting 2025-03-02 06:30 UTC. @example makeFit(EASY_RUN) */
export const EASY_RUN: FixtureRun = {
  start: new Date('2025-03-02T06:30:00Z'),
  distanceM: 5020,
  timerSec: 1513,
  pauseSec: 60,
  avgHr: 150,
  laps: 5,
  sport: 'running',
};

interface Sample {
  readonly at: Date;
  readonly distanceM: number;
  readonly hr: number;
}

/** One sample per second of moving time (the pause adds time, not distance), HR around the average. */
function samples(run: FixtureRun): Sample[] {
  const out: Sample[] = [];
  const pauseAt = Math.floor(run.timerSec / 2);
  const speed = run.distanceM / run.timerSec;
  for (let s = 0; s <= run.timerSec; s++) {
    const offset = s + (s > pauseAt ? run.pauseSec : 0);
    out.push({
      at: new Date(run.start.getTime() + offset * 1000),
      distanceM: s * speed,
      hr: run.avgHr + ((s % 7) - 3),
    });
  }
  return out;
}

/**
 * A FIT activity file written by the FIT SDK's Encoder: file id, one record per second, laps, a session
 * and the activity message.
 *
 * @example
 * const bytes = makeFit({ ...EASY_RUN, timerSec: 3 * 3600 });
 */
export function makeFit(run: FixtureRun, opts: { withSession?: boolean } = {}): Buffer {
  const encoder = new Encoder();
  // Field names as the Decoder returns them; the SDK's per-message types are not worth spelling out here.
  const write = (mesgNum: number, mesg: Record<string, unknown>) => encoder.onMesg(mesgNum, mesg as Mesg);
  const end = new Date(run.start.getTime() + (run.timerSec + run.pauseSec) * 1000);
  write(Profile.MesgNum.FILE_ID, {
    manufacturer: 'development',
    product: 1,
    timeCreated: run.start,
    type: 'activity',
  });
  for (const p of samples(run)) {
    write(Profile.MesgNum.RECORD, { timestamp: p.at, distance: p.distanceM, heartRate: p.hr });
  }
  for (let i = 0; i < run.laps; i++) {
    write(Profile.MesgNum.LAP, {
      timestamp: end,
      startTime: new Date(run.start.getTime() + (i * run.timerSec * 1000) / run.laps),
      totalElapsedTime: (run.timerSec + run.pauseSec) / run.laps,
      totalTimerTime: run.timerSec / run.laps,
      totalDistance: run.distanceM / run.laps,
      sport: run.sport,
    });
  }
  if (opts.withSession !== false) {
    write(Profile.MesgNum.SESSION, {
      timestamp: end,
      startTime: run.start,
      totalElapsedTime: run.timerSec + run.pauseSec,
      totalTimerTime: run.timerSec,
      totalDistance: run.distanceM,
      sport: run.sport,
      avgHeartRate: run.avgHr,
      numLaps: run.laps,
      firstLapIndex: 0,
    });
  }
  write(Profile.MesgNum.ACTIVITY, {
    timestamp: end,
    totalTimerTime: run.timerSec,
    numSessions: 1,
    type: 'manual',
  });
  return Buffer.from(encoder.close());
}

/** Walks along the equator from 0 E: metres to degrees on the mean Earth radius (as the reader measures). */
function lonAt(distanceM: number): number {
  return (distanceM / 6_371_008.8) * (180 / Math.PI);
}

/**
 * A GPX 1.1 track as Garmin/Strava export it (`gpxtpx` heart-rate extension), one point every 5 s (or
 * `everySec`), one segment per lap.
 *
 * @example
 * const bytes = makeGpx(EASY_RUN);
 */
export function makeGpx(run: FixtureRun, opts: { everySec?: number } = {}): Buffer {
  const every = opts.everySec ?? 5;
  const all = samples(run).filter((_, i, a) => i % every === 0 || i === a.length - 1);
  const perLap = Math.ceil(all.length / run.laps);
  const segments: string[] = [];
  for (let l = 0; l < run.laps; l++) {
    // Each segment repeats the previous one's last point, so no distance falls between segments.
    const points = all.slice(Math.max(0, l * perLap - 1), (l + 1) * perLap);
    segments.push(
      `<trkseg>${points
        .map(
          (p) =>
            `<trkpt lat="0.000000" lon="${lonAt(p.distanceM).toFixed(7)}"><ele>34.0</ele><time>${p.at.toISOString()}</time>` +
            `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${p.hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>`,
        )
        .join('\n')}</trkseg>`,
    );
  }
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="test" version="1.1" xmlns="http://www.topografix.com/GPX/1/1"
  xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
 <metadata><time>${run.start.toISOString()}</time></metadata>
 <trk><name>Morning Run</name><type>${run.sport}</type>
${segments.join('\n')}
 </trk>
</gpx>
`);
}

/**
 * A TCX activity (Garmin Training Center v2): laps with totals and trackpoints every 5 s.
 *
 * @example
 * const bytes = makeTcx(EASY_RUN);
 */
export function makeTcx(run: FixtureRun): Buffer {
  const all = samples(run).filter((_, i, a) => i % 5 === 0 || i === a.length - 1);
  const perLap = Math.ceil(all.length / run.laps);
  const sport = run.sport === 'running' ? 'Running' : run.sport === 'cycling' ? 'Biking' : 'Other';
  const laps: string[] = [];
  for (let l = 0; l < run.laps; l++) {
    const points = all.slice(l * perLap, (l + 1) * perLap);
    laps.push(`<Lap StartTime="${points[0]!.at.toISOString()}">
 <TotalTimeSeconds>${(run.timerSec / run.laps).toFixed(1)}</TotalTimeSeconds>
 <DistanceMeters>${(run.distanceM / run.laps).toFixed(1)}</DistanceMeters>
 <AverageHeartRateBpm><Value>${run.avgHr}</Value></AverageHeartRateBpm>
 <Intensity>Active</Intensity><TriggerMethod>Distance</TriggerMethod>
 <Track>${points
   .map(
     (p) =>
       `<Trackpoint><Time>${p.at.toISOString()}</Time><DistanceMeters>${p.distanceM.toFixed(1)}</DistanceMeters><HeartRateBpm><Value>${p.hr}</Value></HeartRateBpm></Trackpoint>`,
   )
   .join('\n')}</Track>
</Lap>`);
  }
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
 <Activities><Activity Sport="${sport}"><Id>${run.start.toISOString()}</Id>
${laps.join('\n')}
 </Activity></Activities>
</TrainingCenterDatabase>
`);
}

/**
 * The damaged variants the tests send: a FIT with flipped bytes in its data (checksum fails), a GPX and
 * a TCX cut off in the middle (as an interrupted download leaves them).
 *
 * @example
 * const { fit, gpx, tcx } = damagedFiles();
 */
export function damagedFiles(): { fit: Buffer; gpx: Buffer; tcx: Buffer } {
  const fit = Buffer.from(makeFit(EASY_RUN));
  for (let i = 400; i < 420; i++) fit[i] = fit[i]! ^ 0xff;
  const gpx = makeGpx(EASY_RUN);
  const tcx = makeTcx(EASY_RUN);
  return {
    fit,
    gpx: gpx.subarray(0, Math.floor(gpx.length / 2)),
    tcx: tcx.subarray(0, Math.floor(tcx.length / 2)),
  };
}
