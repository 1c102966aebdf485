// Child process for the concurrent-migration test: migrates DATABASE_URL from the folder in argv[2] and
// prints the applied file names as JSON.
import { createSql, migrate } from '../../shared/db/index.js';

const sql = createSql(process.env.DATABASE_URL ?? '', { max: 2 });
try {
  const { applied } = await migrate(sql, process.argv[2] ?? 'sql');
  process.stdout.write(JSON.stringify(applied));
} finally {
  await sql.end();
}
