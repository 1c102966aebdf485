import postgres from 'postgres';

/** The porsager/postgres client type used everywhere. */
export type Sql = postgres.Sql;
/** A transaction handle inside `sql.begin`. */
export type TransactionSql = postgres.TransactionSql;

export interface SqlOptions {
  /** Pool size (default 10). */
  readonly max?: number;
  /** `application_name` shown in pg_stat_activity, e.g. the app name. */
  readonly applicationName?: string;
}

/**
 * Seconds before a pool connection tries the server again after losing it: 0.1 s doubling to at most
 * 2 s, ±20 % jitter. postgres.js's default (3^n/100 s up to 20 s) counts failures across the whole pool,
 * so a 5-second database restart pushed reconnects 15–20 s out; the apps would sit idle that long after
 * the database was back. Attempts are cheap and refused at once while it is down.
 *
 * @example
 * reconnectDelaySec(0); // ≈ 0.1
 * reconnectDelaySec(10); // ≈ 2
 */
export function reconnectDelaySec(failures: number): number {
  return (0.8 + Math.random() * 0.4) * Math.min(0.1 * 2 ** failures, 2);
}

/**
 * Creates the PostgreSQL client. `int8` columns (Telegram ids, bigserial ids) come back as JS numbers:
 * every id we store is below 2^53.
 *
 * @example
 * const sql = createSql('postgres://127.0.0.1/test', { applicationName: 'web' });
 * const [row] = await sql`select 1 as one`;
 */
export function createSql(url: string, options: SqlOptions = {}): Sql {
  return postgres(url, {
    max: options.max ?? 10,
    idle_timeout: 60,
    connect_timeout: 10,
    onnotice: () => {},
    backoff: reconnectDelaySec,
    connection: { application_name: options.applicationName ?? 'runcoach' },
    types: {
      bigint: {
        to: 20,
        from: [20],
        serialize: (value: number | bigint) => value.toString(),
        parse: (value: string) => Number(value),
      },
    },
  });
}
