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
