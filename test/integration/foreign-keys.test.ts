// Every foreign key's referencing column is indexed: deleting a referenced row makes PostgreSQL find the
// rows that point at it, and without an index that is a scan of the whole referencing table per deleted
// row (the inbox prune once took 16 s for 5,000 updates against 100,000 kept replies; sql/011).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTestDatabase } from '../harness/db.js';

describe('foreign keys', () => {
  const db = useTestDatabase({ migrate: true });

  it('every referencing column leads an index', async () => {
    const unindexed = await db().sql<{ fk: string }[]>`
      select c.conrelid::regclass || '.' || a.attname || ' → ' || c.confrelid::regclass as fk
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
        and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
      order by 1`;
    assert.deepEqual(
      unindexed.map((r) => r.fk),
      [],
    );
  });

  it('the reference look-ups use those indexes (partial ones included)', async () => {
    const plans = await db().sql.begin(async (tx) => {
      await tx`set local enable_seqscan = off`;
      const texts: string[] = [];
      for (const query of [
        tx`update reminder_deliveries set planned_workout_id = null where planned_workout_id = ${7}`,
        tx`update vision_extractions set completion_id = null where completion_id = ${7}`,
        tx`delete from workout_cancellations where user_id = ${7}`,
      ]) {
        const rows = await tx<{ 'QUERY PLAN': string }[]>`explain ${query}`;
        texts.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
      return texts;
    });
    for (const plan of plans) assert.doesNotMatch(plan, /Seq Scan/, plan);
  });

  it('a reply records the update it answered without a constraint on it', async () => {
    await db().sql`
      insert into outgoing_messages (update_id, chat_id, method, payload) values (424242, 1, 'sendMessage', '{}')`;
    const [row] = await db().sql<
      { n: number }[]
    >`select count(*)::int as n from outgoing_messages where update_id = 424242`;
    assert.equal(row?.n, 1);
  });
});
