import type { Sql } from '../db/index.js';
import { combineSnapshot, type DbSnapshot, readLiveFigures, readTotals, type Totals } from './db-snapshot.js';

export interface DbSnapshotReaderOptions {
  /** Requests within this time share one read of the live figures (default 1 000 ms). */
  readonly liveMaxAgeMs?: number;
  /** Totals older than this are counted again on the next request (default 60 000 ms; 0: every time). */
  readonly totalsMaxAgeMs?: number;
  /** Bound on the live queries (default 3 000 ms); the totals get `3 ×` that. */
  readonly timeoutMs?: number;
}

interface Cached<T> {
  readonly at: number;
  readonly value: Promise<T>;
  /** Still in flight: later requests share it whatever its age. */
  pending: boolean;
}

/**
 * The web app's one way to read the database figures. Whatever the request rate on `/`, `/healthz` and
 * `/metrics` (a public page, a load balancer probing every second), the database sees at most one read
 * of the live figures per `liveMaxAgeMs`, and the whole-table totals at most once per `totalsMaxAgeMs`:
 * concurrent requests share the read in flight. When counting the totals fails, the last good totals
 * are shown with their time (`totalsAt`).
 *
 * @example
 * const reader = new DbSnapshotReader(sql, { totalsMaxAgeMs: config.health.totalsMaxAgeMs });
 * const db = await reader.read();
 */
export class DbSnapshotReader {
  private live: Cached<DbSnapshot> | undefined;
  private totals: Cached<Totals | undefined> | undefined;
  private lastGoodTotals: Totals | undefined;
  private readonly liveMaxAgeMs: number;
  private readonly totalsMaxAgeMs: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly sql: Sql,
    options: DbSnapshotReaderOptions = {},
  ) {
    this.liveMaxAgeMs = options.liveMaxAgeMs ?? 1_000;
    this.totalsMaxAgeMs = options.totalsMaxAgeMs ?? 60_000;
    this.timeoutMs = options.timeoutMs ?? 3_000;
  }

  /** The current snapshot; never throws (an unreachable database gives `reachable: false`). */
  read(): Promise<DbSnapshot> {
    if (this.live && (this.live.pending || Date.now() - this.live.at < this.liveMaxAgeMs)) {
      return this.live.value;
    }
    const entry: Cached<DbSnapshot> = { at: Date.now(), pending: true, value: this.readFresh() };
    const settled = () => {
      entry.pending = false;
    };
    entry.value.then(settled, settled);
    this.live = entry;
    return entry.value;
  }

  private async readFresh(): Promise<DbSnapshot> {
    const live = await readLiveFigures(this.sql, this.timeoutMs);
    if ('error' in live) return combineSnapshot(live, undefined);
    return combineSnapshot(live, await this.currentTotals());
  }

  private currentTotals(): Promise<Totals | undefined> {
    const cached = this.totals;
    if (cached && (cached.pending || Date.now() - cached.at < this.totalsMaxAgeMs)) return cached.value;
    const entry: Cached<Totals | undefined> = {
      at: Date.now(),
      pending: true,
      value: readTotals(this.sql, this.timeoutMs * 3).then(
        (totals) => {
          this.lastGoodTotals = totals;
          entry.pending = false;
          return totals;
        },
        () => {
          // Counted again on the next request; the last good totals (with their time) meanwhile.
          if (this.totals === entry) this.totals = undefined;
          return this.lastGoodTotals;
        },
      ),
    };
    this.totals = entry;
    return entry.value;
  }
}
