import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QueueVacuum } from '../../shared/db/index.js';
import { createLogger } from '../../shared/log/index.js';
import { useTestDatabase } from '../harness/db.js';

const log = createLogger({ app: 'test-vacuum', dir: '/tmp/runcoach-test-logs', console: false });

describe('QueueVacuum', () => {
  const db = useTestDatabase({ migrate: true });

  it('vacuums a queue table once it holds enough dead rows, and leaves the others alone', async () => {
    const { sql } = db();
    await sql`
      insert into outgoing_messages (chat_id, method, payload)
      select 1, 'sendMessage', '{"text":"x"}'::jsonb from generate_series(1, 3000)`;
    // Claimed, then sent: two dead row versions per message, like the sender leaves behind.
    await sql`update outgoing_messages set status = 'sending'`;
    await sql`update outgoing_messages set status = 'sent', sent_at = now()`;
    await sql`select pg_stat_force_next_flush()`;
    const deadBefore = async () => {
      const [row] = await sql<{ dead: number; vacuums: number }[]>`
        select n_dead_tup::int as dead, vacuum_count::int as vacuums
        from pg_stat_user_tables where relname = 'outgoing_messages'`;
      return row;
    };
    const before = await deadBefore();
    assert.ok((before?.dead ?? 0) >= 3000, `dead rows counted (${before?.dead})`);

    const vacuum = new QueueVacuum({ sql, log, deadRows: 1000 });
    const vacuumed = await vacuum.runOnce();
    assert.deepEqual(vacuumed, ['outgoing_messages'], 'only the table past the threshold');
    assert.equal(vacuum.vacuums, 1);
    const afterRun = await deadBefore();
    assert.ok((afterRun?.dead ?? 0) < 100, `dead rows removed (${afterRun?.dead} left)`);
    assert.equal(afterRun?.vacuums, (before?.vacuums ?? 0) + 1);
    assert.deepEqual(await vacuum.runOnce(), [], 'nothing left to do');
  });
});
