// Child process of test/integration/postgres-driver.test.ts: a reserved connection whose backend is
// terminated, then used. Prints how the query ended; the process must not die of an uncaught exception.
import { createSql } from '../../shared/db/index.js';

const sql = createSql(process.env.DATABASE_URL!, { max: 3 });
const reserved = await sql.reserve();
const [{ pid }] = await reserved<{ pid: number }[]>`select pg_backend_pid() as pid`;
await sql`select pg_terminate_backend(${pid})`;
await new Promise((resolve) => setTimeout(resolve, 200));
const outcome = await reserved`select 1`.then(
  () => 'resolved',
  (err: { code?: string }) => `rejected ${err.code ?? String(err)}`,
);
console.log(outcome);
reserved.release();
await sql.end({ timeout: 1 });
