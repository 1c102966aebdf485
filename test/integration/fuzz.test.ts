import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type FuzzReport, printFuzzReport, runFuzz } from '../../fuzz/run.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';

// The CI slice of `npm run fuzz`: 200 hostile inputs (fixed seed, FUZZ_SEED overrides) through the sandbox
// into the real bot-poller, web and vision (offline OCR, so hostile images reach tesseract). The full run is `npm run fuzz` (1,000 inputs, random seed).
describe('fuzz: 200 hostile inputs', () => {
  let report: FuzzReport;
  before(async () => {
    report = await runFuzz({ count: 200, seed: Number(process.env.FUZZ_SEED ?? 20_261_128) });
    printFuzzReport(report);
  });
  after(() => stopEmbeddedAdminCluster());

  it('no process crashes, no secret in any log file, the bystander untouched', () => {
    assert.deepEqual(report.crashes, []);
    assert.deepEqual(report.secretLeaks, []);
    assert.equal(report.bystanderChanged, false);
  });

  it('every stored input is answered and every answer accepted by Telegram', () => {
    assert.deepEqual(report.unanswered, []);
    assert.deepEqual(report.failedSends, []);
  });

  it('no update blocks or fails in the inbox', () => {
    assert.deepEqual(report.failedUpdates, []);
  });
});
