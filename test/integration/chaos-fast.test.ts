import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { ScenarioResult } from '../../chaos/ledger.js';
import { formatChaosTable, SCENARIOS } from '../../chaos/run.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';

// The fast CI slice of `npm run chaos` (quick sizes: 3 kill -9 rounds of bot-poller, one kill -9 of vision
// with six screenshots being read, one kill -9 of reminder in a 1,000-user fan-out, two PostgreSQL outages
// on a throwaway embedded cluster (SIGKILL of the server, then a clean stop), one foreign-poller episode,
// one 429 storm, four runners against a broken LLM). The full run is `npm run chaos`. Timings are printed, never asserted.
describe('chaos (quick)', () => {
  const results: ScenarioResult[] = [];
  after(async () => {
    if (results.length > 0) console.log(formatChaosTable(results));
    await stopEmbeddedAdminCluster();
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.key}: nothing lost or applied twice, no app exits on its own, no harm left`, {
      timeout: 240_000,
    }, async () => {
      const row = await scenario.run(true);
      results.push(row);
      assert.ok(row.runs > 0, `no run completed: ${row.notes.join('; ')}`);
      assert.ok(row.sent > 0);
      assert.equal(row.lost, 0, `lost updates; notes: ${row.notes.join('; ')}`);
      assert.equal(row.appliedTwice, 0, `applied twice; notes: ${row.notes.join('; ')}`);
      // No app may exit on its own either, not even once: a database restart included (the postgres.js
      // crash on a dead reserved connection is patched, scripts/patches).
      const exits = row.notes.filter((n) => /crashed|exited \d+×|CRASH LOOP|not running at the end/.test(n));
      assert.deepEqual(exits, []);
      // Nothing else a user or an operator would call broken is left behind (chaos/harm.ts).
      assert.deepEqual(row.harms, []);
      // A kill scenario proves it hit work in progress, not an idle process.
      if (row.kills) {
        assert.equal(row.kills.total, row.runs);
        assert.ok(row.kills.midWork > 0, `no kill landed ${row.kills.what}: ${row.notes.join('; ')}`);
      }
    });
  }
});
