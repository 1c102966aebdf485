import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runReadWorkout } from '../../shared/vision/index.js';
import { damagedFiles, EASY_RUN, makeFit, makeGpx, makeTcx } from '../harness/vision-activity-files.js';

const dir = mkdtempSync(join(tmpdir(), 'read-workout-'));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runReadWorkout(
    argv,
    {},
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out, err };
}

describe('read-workout CLI', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the reading of FIT, GPX and TCX files as JSON, dated in --tz', async () => {
    const fit = await run(file('run.fit', makeFit(EASY_RUN)), '--tz', 'America/Los_Angeles');
    assert.equal(fit.code, 0, fit.err.join('\n'));
    assert.deepEqual(JSON.parse(fit.out[0]!), {
      distance_km: 5.02,
      duration_s: 1513,
      date: '2025-03-01',
      avg_hr: 150,
      method: 'fit',
      confidence: 1,
    });
    for (const [name, bytes, method] of [
      ['run.gpx', makeGpx(EASY_RUN), 'gpx'],
      ['run.tcx', makeTcx(EASY_RUN), 'tcx'],
    ] as const) {
      const r = await run(file(name, bytes), '--today', '2025-03-05');
      assert.equal(r.code, 0, r.err.join('\n'));
      const json = JSON.parse(r.out[0]!);
      assert.deepEqual(Object.keys(json), [
        'distance_km',
        'duration_s',
        'date',
        'avg_hr',
        'method',
        'confidence',
      ]);
      assert.equal(json.method, method);
      assert.equal(json.date, '2025-03-02');
    }
  });

  it('damaged, foreign or missing files: a clear sentence on stderr and exit code 1', async () => {
    const { fit, gpx, tcx } = damagedFiles();
    for (const [name, bytes] of [
      ['bad.fit', fit],
      ['bad.gpx', gpx],
      ['bad.tcx', tcx],
    ] as const) {
      const r = await run(file(name, bytes));
      assert.equal(r.code, 1);
      assert.deepEqual(r.out, []);
      assert.match(r.err[0]!, /file damaged/);
    }
    const ride = await run(file('ride.fit', makeFit({ ...EASY_RUN, sport: 'cycling' })));
    assert.equal(ride.code, 1);
    assert.match(ride.err[0]!, /not running: sport is ride/);
    const text = await run(file('notes.png', Buffer.from('not a picture')));
    assert.equal(text.code, 1);
    assert.match(text.err[0]!, /isn't a PNG, JPEG or WebP image, nor a FIT, GPX or TCX/);
    const missing = await run(join(dir, 'nope.fit'));
    assert.equal(missing.code, 1);
    assert.match(missing.err[0]!, /cannot open .*ENOENT/);
  });

  it('wrong usage exits 2 with the usage line', async () => {
    for (const argv of [[], ['a.fit', '--tz', 'Mars/Base'], ['a.fit', '--today', '5 March'], ['a', 'b']]) {
      const r = await run(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err[0]!, /usage: npm run read-workout/);
    }
  });
});
