import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ActivityFileError,
  looksLikeActivityFile,
  readActivityFile,
  readWorkoutFile,
  ScreenshotRejectedError,
  sniffActivityFile,
} from '../../shared/vision/index.js';
import { damagedFiles, EASY_RUN, makeFit, makeGpx, makeTcx } from '../harness/vision-activity-files.js';

const near = (actual: number | undefined, expected: number, tolerance: number, what: string) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= tolerance,
    `${what}: ${actual} not within ${tolerance} of ${expected}`,
  );

describe('activity files (FIT / GPX / TCX)', () => {
  const formats = [
    ['fit', makeFit],
    ['gpx', makeGpx],
    ['tcx', makeTcx],
  ] as const;

  for (const [kind, make] of formats) {
    it(`reads a ${kind.toUpperCase()} run: distance, moving and elapsed time, date, heart rate, laps`, async () => {
      const bytes = make(EASY_RUN);
      assert.equal(sniffActivityFile(bytes), kind);
      const { kind: read, reading } = await readActivityFile(bytes, 'UTC');
      assert.equal(read, kind);
      assert.equal(reading.activity, 'run');
      assert.equal(reading.date, '2025-03-02');
      near(reading.distanceKm, 5.02, 0.02, 'distance');
      near(reading.durationSec, 1513, 10, 'moving time');
      near(reading.elapsedSec, 1573, 10, 'elapsed time');
      near(reading.avgHr, 150, 1, 'heart rate');
      assert.equal(reading.laps?.length, 5);
      assert.equal(reading.confidence, 1);
    });
  }

  it('dates the run in the runner’s time zone (a late run is the previous day in Los Angeles)', async () => {
    const bytes = makeFit(EASY_RUN); // starts 06:30 UTC
    assert.equal((await readActivityFile(bytes, 'America/Los_Angeles')).reading.date, '2025-03-01');
    assert.equal((await readActivityFile(bytes, 'Asia/Tokyo')).reading.date, '2025-03-02');
  });

  it('a FIT without a session message is summed from its records', async () => {
    const { reading } = await readActivityFile(makeFit(EASY_RUN, { withSession: false }), 'UTC');
    near(reading.distanceKm, 5.02, 0.02, 'distance');
    near(reading.durationSec, 1573, 2, 'time (elapsed: no timer time without a session)');
  });

  it('a 3-hour FIT file (a record per second) is read whole', async () => {
    const long = { ...EASY_RUN, distanceM: 32_000, timerSec: 3 * 3600 };
    const { reading } = await readActivityFile(makeFit(long), 'UTC');
    assert.equal(reading.durationSec, 10_800);
    near(reading.distanceKm, 32, 0.01, 'distance');
  });

  for (const [kind, bytes] of Object.entries(damagedFiles())) {
    it(`a damaged ${kind.toUpperCase()} file is refused as damaged`, async () => {
      await assert.rejects(
        readActivityFile(bytes, 'UTC'),
        (err: unknown) => err instanceof ActivityFileError && err.problem === 'damaged' && err.kind === kind,
      );
    });
  }

  for (const [kind, make] of formats) {
    it(`a ${kind.toUpperCase()} bike ride is refused as not running`, async () => {
      await assert.rejects(
        readActivityFile(make({ ...EASY_RUN, sport: 'cycling' }), 'UTC'),
        (err: unknown) => err instanceof ActivityFileError && err.problem === 'not_running',
      );
    });
  }

  it('a GPX with no points is refused as empty', async () => {
    const empty = Buffer.from('<?xml version="1.0"?><gpx version="1.1"><trk><trkseg></trkseg></trk></gpx>');
    await assert.rejects(
      readActivityFile(empty, 'UTC'),
      (err: unknown) => err instanceof ActivityFileError && err.problem === 'empty',
    );
  });

  it('recognises by content only: other XML and text named .gpx are no activity file', async () => {
    assert.equal(sniffActivityFile(Buffer.from('<?xml version="1.0"?><kml></kml>')), undefined);
    const ctx = {
      signal: new AbortController().signal,
      referenceDate: '2025-03-05',
      timeZone: 'UTC',
      units: 'km' as const,
    };
    const unused = async () => assert.fail('not an image');
    await assert.rejects(
      readWorkoutFile(Buffer.from('5 km in 25:00, honest'), ctx, unused),
      (err: unknown) => err instanceof ScreenshotRejectedError && err.reason === 'not_image',
    );
    const read = await readWorkoutFile(makeTcx(EASY_RUN), ctx, unused);
    assert.equal(read.method, 'tcx');
  });

  it('bot-poller’s hint: names and declared types of activity files', () => {
    assert.equal(looksLikeActivityFile('Morning_Run.FIT', undefined), true);
    assert.equal(looksLikeActivityFile('x.bin', 'application/gpx+xml'), true);
    assert.equal(looksLikeActivityFile('run.png', 'image/png'), false);
    assert.equal(looksLikeActivityFile(undefined, undefined), false);
  });
});
