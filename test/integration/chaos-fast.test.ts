import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { ScenarioResult } from '../../chaos/ledger.js';
import { formatChaosTable, SCENARIOS } from '../../chaos/run.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';

// The fast CI slice of `npm run chaos` (quick sizes: 3 kill -9 rounds of bot-poller, one kill -9 of vision
// with six screenshots being read, one kill -9 of reminder in a 1,000-user fan-out, one PostgreSQL restart
// on a throwaway embedded cluster, one foreign-poller episode, one 429 storm, four runners against a broken
// LLM). The full run is `npm run chaos`. Timings are printed, never asserted.
describe('chaos (quick)', () => {
  const results: ScenarioResult[] = [];
  after(async () => {
    if (results.length > 0) console.log(formatChaosTable(results));
    await stopEmbeddedAdminCluster();
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.key}: nothing lost, nothing applied twice`, { timeout: 240_000 }, async () => {
      const row = await scenario.run(true);
      results.push(row);
      assert.ok(row.runs > 0, `no run completed: ${row.notes.join('; ')}`);
      assert.ok(row.sent > 0);
      assert.equal(row.lost, 0, `lost updates; notes: ${row.notes.join('; ')}`);
      assert.equal(row.appliedTwice, 0, `applied twice; notes: ${row.notes.join('; ')}`);
      const loops = row.notes.filter((n) => n.includes('CRASH LOOP') || n.includes('not running at the end'));
      assert.deepEqual(loops, []);
    });
  }
});
