import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { MigrationError, migrate, readMigrations } from '../../shared/db/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';

const run = promisify(execFile);
const databases: TestDatabase[] = [];
after(async () => {
  for (const db of databases) await db.drop();
  await stopEmbeddedAdminCluster();
});

async function freshDb(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  databases.push(db);
  return db;
}

const CORE_TABLES = [
  'conversation_state',
  'jobs',
  'outgoing_messages',
  'planned_workouts',
  'runner_profiles',
  'schema_migrations',
  'telegram_updates',
  'training_plans',
  'users',
  'workout_cancellations',
  'workout_completions',
];

describe('migrations', () => {
  it('apply on an empty database and create the core schema', async () => {
    const db = await freshDb();
    const { applied } = await migrate(db.sql, 'sql');
    assert.deepEqual(
      applied,
      readMigrations('sql').map((m) => m.name),
    );
    const tables = await db.sql<{ table_name: string }[]>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name`;
    for (const table of CORE_TABLES) {
      assert.ok(
        tables.some((t) => t.table_name === table),
        `missing table ${table}`,
      );
    }
  });

  it('a rerun is a no-op', async () => {
    const db = await freshDb();
    await migrate(db.sql, 'sql');
    const before = await db.sql`select version, applied_at from schema_migrations order by version`;
    const { applied } = await migrate(db.sql, 'sql');
    assert.deepEqual(applied, []);
    const afterRows = await db.sql`select version, applied_at from schema_migrations order by version`;
    assert.deepEqual(afterRows, before);
  });

  it('three processes migrating at once apply each file exactly once', async () => {
    const db = await freshDb();
    // A slow extra migration widens the race window: the others must wait on the advisory lock.
    const dir = mkdtempSync(join(tmpdir(), 'mig-'));
    cpSync('sql', dir, { recursive: true });
    writeFileSync(
      join(dir, '900_slow_probe.sql'),
      'select pg_sleep(0.5);\ncreate table slow_probe (id int);\n',
    );
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        run(process.execPath, ['--import', 'tsx', 'test/harness/migrate-once.ts', dir], {
          env: { ...process.env, DATABASE_URL: db.url },
        }),
      ),
    );
    const appliedLists = results.map((r) => JSON.parse(r.stdout) as string[]);
    const all = appliedLists.flat();
    const files = readMigrations(dir).map((m) => m.name);
    assert.deepEqual(
      [...all].sort(),
      [...files].sort(),
      `each file applied once in all: ${JSON.stringify(appliedLists)}`,
    );
    const [{ count }] = await db.sql<
      { count: number }[]
    >`select count(*)::int as count from schema_migrations`;
    assert.equal(count, files.length);
  });

  it('refuses to run when an applied file changed', async () => {
    const db = await freshDb();
    const dir = mkdtempSync(join(tmpdir(), 'mig-'));
    cpSync('sql', dir, { recursive: true });
    await migrate(db.sql, dir);
    writeFileSync(join(dir, '001_init.sql'), `${readMigrations(dir)[0]?.sql}\n-- edited later\n`);
    await assert.rejects(migrate(db.sql, dir), (err: unknown) => {
      assert.ok(err instanceof MigrationError);
      assert.equal(err.code, 'checksum_mismatch');
      assert.equal(err.file, '001_init.sql');
      assert.match(err.message, /append-only/);
      return true;
    });
  });

  it('rolls back a failing migration and names the file', async () => {
    const db = await freshDb();
    const dir = mkdtempSync(join(tmpdir(), 'mig-'));
    cpSync('sql', dir, { recursive: true });
    writeFileSync(
      join(dir, '901_broken.sql'),
      'create table half_done (id int);\nselect * from no_such_table;\n',
    );
    await assert.rejects(migrate(db.sql, dir), /901_broken\.sql failed/);
    const [row] = await db.sql`select to_regclass('half_done') as t`;
    assert.equal(row?.t, null, 'the failed migration left nothing behind');
  });
});
