import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createSql, migrate, startEmbeddedCluster } from '../../shared/db/index.js';

// Always boots the embedded database, so the fresh-machine default (no DATABASE_URL) stays proven.
describe('embedded PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'embedded-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as the `postgres` user, which must reach the folder
  const port = 28000 + Math.floor(Math.random() * 400); // below the ephemeral range (32768–60999)
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('start → write → stop → start → the data is still there', async () => {
    const first = await startEmbeddedCluster({ dir: join(dir, 'pg'), port });
    let sql = createSql(first.url, { max: 1 });
    await migrate(sql, 'sql');
    await sql`insert into users (id, chat_id, first_name) values (42, 42, 'Persistent')`;
    await sql.end();
    await first.stop();

    const second = await startEmbeddedCluster({ dir: join(dir, 'pg'), port });
    sql = createSql(second.url, { max: 1 });
    const rows = await sql<{ first_name: string }[]>`select first_name from users where id = 42`;
    assert.deepEqual(
      rows.map((r) => r.first_name),
      ['Persistent'],
    );
    const { applied } = await migrate(sql, 'sql');
    assert.deepEqual(applied, [], 'schema already there after restart');
    await sql.end();
    await second.stop();
  });
});
