import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import postgres from 'postgres';
import { createSql, migrate, type Sql, startEmbeddedCluster } from '../../shared/db/index.js';

/** Admin URL of the machine's PostgreSQL; override with TEST_PG_ADMIN_URL. */
const LOCAL_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty database for one test file; `drop()` removes it. */
export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  /** A connected client (closed by drop). */
  readonly sql: Sql;
  /** 'local' = the machine's server, 'embedded' = a throwaway embedded cluster. */
  readonly kind: 'local' | 'embedded';
  drop(): Promise<void>;
}

let embeddedAdmin: Promise<{ adminUrl: string; stop: () => Promise<void> }> | undefined;

async function localServerAnswers(): Promise<boolean> {
  const probe = postgres(LOCAL_ADMIN_URL, { connect_timeout: 2, max: 1, onnotice: () => {} });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 }).catch(() => {});
  }
}

/** Starts (once per test process) a throwaway embedded cluster, for machines without a local server. */
export function embeddedAdminCluster(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  embeddedAdmin ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runcoach-pg-'));
    chmodSync(dir, 0o755); // as root, PostgreSQL runs as the `postgres` user, which must reach the folder
    const port = 26000 + Math.floor(Math.random() * 2000); // below the ephemeral range (32768–60999)
    const cluster = await startEmbeddedCluster({ dir: join(dir, 'pg'), port, database: 'postgres' });
    return {
      adminUrl: cluster.url,
      stop: async () => {
        await cluster.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  })();
  return embeddedAdmin;
}

/**
 * Creates a fresh database on the local PostgreSQL (127.0.0.1:5432) when it answers, otherwise on an
 * embedded cluster; optionally migrated. Never a mock.
 *
 * @example
 * const db = await createTestDatabase({ migrate: true });
 * after(() => db.drop());
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const kind = (await localServerAnswers()) ? 'local' : 'embedded';
  const adminUrl = kind === 'local' ? LOCAL_ADMIN_URL : (await embeddedAdminCluster()).adminUrl;
  const name = `runcoach_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const sql = createSql(url.toString(), { applicationName: 'test', max: 5 });
  if (options.migrate) await migrate(sql, 'sql');
  return {
    url: url.toString(),
    name,
    sql,
    kind,
    drop: async () => {
      await sql.end({ timeout: 2 }).catch(() => {});
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Stops the embedded cluster if this test process started one (call from a top-level `after`). */
export async function stopEmbeddedAdminCluster(): Promise<void> {
  if (!embeddedAdmin) return;
  const cluster = await embeddedAdmin;
  embeddedAdmin = undefined;
  await cluster.stop();
}

/**
 * A fresh database for the enclosing `describe` (or the file): created before its tests, dropped after
 * them (and the embedded cluster stopped, when one was started). Returns a getter for tests and hooks.
 *
 * @example
 * const db = useTestDatabase({ migrate: true });
 * it('counts', async () => { await db().sql`select 1`; });
 */
export function useTestDatabase(options: { migrate?: boolean } = {}): () => TestDatabase {
  let db: TestDatabase | undefined;
  before(async () => {
    db = await createTestDatabase(options);
  });
  after(async () => {
    await db?.drop();
    await stopEmbeddedAdminCluster();
  });
  return () => {
    if (!db) throw new Error('the test database is created in a before hook: use it inside tests or hooks');
    return db;
  };
}
