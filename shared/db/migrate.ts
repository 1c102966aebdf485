import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sql } from './client.js';
import { MigrationError } from './migration-error.js';

/** Advisory lock key shared by every process that migrates (any constant, unique to this purpose). */
const MIGRATION_LOCK_KEY = 727_001;
const FILE_PATTERN = /^(\d{3})_[a-z0-9_]+\.sql$/;

export interface MigrationFile {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export interface MigrationResult {
  /** File names applied by this call (empty when the schema was already up to date). */
  readonly applied: string[];
}

/**
 * Reads `NNN_name.sql` files from a folder, in version order.
 *
 * @example
 * const files = readMigrations('sql'); // [{ version: 1, name: '001_init.sql', … }]
 */
export function readMigrations(dir: string): MigrationFile[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const seen = new Map<number, string>();
  return files.map((name) => {
    const match = FILE_PATTERN.exec(name);
    if (!match) {
      throw new MigrationError('bad_name', name, `migration ${name} must be named NNN_lowercase_name.sql`);
    }
    const version = Number(match[1]);
    const twin = seen.get(version);
    if (twin)
      throw new MigrationError('bad_name', name, `migrations ${twin} and ${name} share version ${version}`);
    seen.set(version, name);
    const sql = readFileSync(join(dir, name), 'utf8');
    return { version, name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}

/**
 * Applies pending migrations in order, each in its own transaction that first takes a transaction-level
 * advisory lock: four apps starting at once apply each file exactly once, the others wait and then see it
 * applied. An applied file whose checksum changed stops everything (migrations are append-only).
 *
 * @example
 * const { applied } = await migrate(sql, 'sql');
 */
export async function migrate(sql: Sql, dir: string): Promise<MigrationResult> {
  const files = readMigrations(dir);
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
    await tx`
      create table if not exists schema_migrations (
        version integer primary key,
        name text not null,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`;
  });
  const applied: string[] = [];
  for (const file of files) {
    const didApply = await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
      const [row] = await tx<{ checksum: string; name: string }[]>`
        select checksum, name from schema_migrations where version = ${file.version}`;
      if (row) {
        if (row.checksum !== file.checksum) {
          throw new MigrationError(
            'checksum_mismatch',
            file.name,
            `migration ${file.name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)} in the database, ` +
              `${file.checksum.slice(0, 12)} on disk). Migrations are append-only: restore the file and add a new one.`,
          );
        }
        return false;
      }
      try {
        await tx.unsafe(file.sql);
      } catch (err) {
        throw new MigrationError(
          'failed',
          file.name,
          `migration ${file.name} failed: ${(err as Error).message}`,
          {
            cause: err,
          },
        );
      }
      await tx`
        insert into schema_migrations (version, name, checksum)
        values (${file.version}, ${file.name}, ${file.checksum})`;
      return true;
    });
    if (didApply) applied.push(file.name);
  }
  return { applied };
}
