import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type FuzzReport, printFuzzReport, runFuzz } from '../../fuzz/run.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';

// The CI slice of `npm run fuzz`: 200 hostile inputs through the sandbox into the real bot-poller, web and
// vision (offline OCR, so hostile images reach tesseract). A fresh seed every run, printed first so a
// failure can be replayed (FUZZ_SEED=<seed>). The full run is `npm run fuzz` (1,000 inputs).
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

describe(`fuzz: 200 hostile inputs (seed ${SEED})`, () => {
  let report: FuzzReport;
  before(async () => {
    console.log(`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED} node scripts/run-tests.mjs fuzz)`);
    report = await runFuzz({ count: 200, seed: SEED });
    printFuzzReport(report);
  });
  after(() => stopEmbeddedAdminCluster());

  it('no process crashes, no secret in any log file, the bystander untouched', () => {
    assert.deepEqual(report.crashes, []);
    assert.deepEqual(report.secretLeaks, []);
    assert.equal(report.bystanderChanged, false);
  });

  it('every input sent is stored once and answered, and every answer accepted by Telegram', () => {
    assert.ok(report.sent > report.inputs / 2, `only ${report.sent} of ${report.inputs} inputs were sent`);
    assert.ok(report.updates >= report.sent, `${report.updates} updates for ${report.sent} inputs sent`);
    assert.deepEqual(report.unstored, []);
    assert.deepEqual(report.unanswered, []);
    assert.deepEqual(report.failedSends, []);
  });

  it('no update blocks or fails in the inbox', () => {
    assert.deepEqual(report.failedUpdates, []);
  });
});
