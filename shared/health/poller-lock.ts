import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type postgres from 'postgres';
import lockfile from 'proper-lockfile';
import type { Sql } from '../db/index.js';
import { pidIsAlive } from '../sync/index.js';
import { runDir } from './heartbeat.js';

/** Advisory lock key for "the one bot-poller that may call getUpdates" (any constant, unique to this use). */
export const POLLER_ADVISORY_KEY = 727_002;

/** How long dropping the locks waits for the advisory unlock on a session that may be gone. */
const UNLOCK_WAIT_MS = 3_000;

export interface PollerLockOptions {
  readonly sql: Sql;
  readonly dataDir: string;
  /**
   * A lock file not refreshed for this long belongs to a dead process and may be taken over (default 15 s;
   * proper-lockfile refreshes it every `stale / 3`). Bounds the takeover time after a kill -9 on one host.
   */
  readonly staleMs?: number;
  /** Called once when a held lock is lost (lock file compromised or the database session died). */
  readonly onLost?: (reason: string) => void;
}

/**
 * Leadership for polling: a `proper-lockfile` lock in `DATA_DIR/run/` (one poller per host, stale-aware)
 * AND a PostgreSQL session advisory lock (one poller per database, i.e. across hosts). Both must be held;
 * the advisory lock lives on a reserved connection, so it vanishes the moment the process dies.
 *
 * @example
 * const lock = new PollerLock({ sql, dataDir: 'data', onLost: (why) => poller.stop(why) });
 * if (await lock.tryAcquire()) { … poll … } else { … stand by … }
 * await lock.release();
 */
export class PollerLock {
  private releaseFile: (() => Promise<void>) | undefined;
  private reserved: postgres.ReservedSql | undefined;
  private watch: NodeJS.Timeout | undefined;
  private held = false;
  /** Release of the locks after a loss, still in flight: the next tryAcquire waits for it. */
  private dropping: Promise<void> | undefined;
  readonly lockPath: string;

  constructor(private readonly options: PollerLockOptions) {
    this.lockPath = join(runDir(options.dataDir), 'bot-poller');
  }

  get isHeld(): boolean {
    return this.held;
  }

  /**
   * Tries both locks once; true when this process is now the leader. Never throws for "already held".
   * `afterDeadOwner` is internal (the retry after clearing a dead owner's lock).
   */
  async tryAcquire(afterDeadOwner = false): Promise<boolean> {
    if (this.held) return true;
    await this.dropping; // our own lock file, still being released after a loss, is not someone else's
    mkdirSync(runDir(this.options.dataDir), { recursive: true });
    try {
      this.releaseFile = await lockfile.lock(this.lockPath, {
        realpath: false,
        stale: this.options.staleMs ?? 15_000,
        update: Math.floor((this.options.staleMs ?? 15_000) / 3),
        retries: 0,
        onCompromised: (err) => this.lose(`lock file compromised: ${err.message}`),
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      // The holder on this host may be dead (kill -9) with its lock not yet stale. Its pid is recorded
      // beside the lock: if that process is gone, the lock is free now rather than after `staleMs`.
      // (Two standbys racing here is harmless: the advisory lock below still admits only one.)
      if (afterDeadOwner || !this.ownerIsDead()) return false;
      rmSync(`${this.lockPath}.lock`, { recursive: true, force: true });
      return this.tryAcquire(true);
    }
    writeFileSync(this.ownerFile, String(process.pid));
    try {
      this.reserved = await this.options.sql.reserve();
      const [row] = await this.reserved<{ locked: boolean }[]>`
        select pg_try_advisory_lock(${POLLER_ADVISORY_KEY}) as locked`;
      if (!row?.locked) {
        await this.dropLocks();
        return false;
      }
    } catch (err) {
      await this.dropLocks();
      throw err;
    }
    this.held = true;
    // The advisory lock dies with its session; probe the session so a dropped connection (database
    // restart, network) is noticed and polling stops before another host can take over. Every 2 s: the
    // probe is a trivial query on an idle session, and it bounds how long polling pauses after a
    // database restart (loss noticed → locks released → taken again as soon as the database answers).
    this.watch = setInterval(() => {
      const reserved = this.reserved;
      if (!reserved) return;
      reserved`select 1`.catch((err: Error) => this.lose(`database session lost: ${err.message}`));
    }, 2_000);
    this.watch.unref();
    return true;
  }

  private get ownerFile(): string {
    return `${this.lockPath}.owner`;
  }

  private ownerIsDead(): boolean {
    let pid: number;
    try {
      pid = Number.parseInt(readFileSync(this.ownerFile, 'utf8'), 10);
    } catch {
      return false; // unknown owner: wait for staleness
    }
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
    return !pidIsAlive(pid);
  }

  /** Releases both locks (idempotent). */
  async release(): Promise<void> {
    if (this.held) {
      try {
        if (readFileSync(this.ownerFile, 'utf8') === String(process.pid))
          rmSync(this.ownerFile, { force: true });
      } catch {
        // no owner file: nothing to remove
      }
    }
    this.held = false;
    await this.dropLocks();
  }

  private lose(reason: string): void {
    if (!this.held) return;
    this.held = false;
    this.dropping = this.dropLocks().finally(() => {
      this.dropping = undefined;
    });
    this.options.onLost?.(reason);
  }

  private async dropLocks(): Promise<void> {
    if (this.watch) clearInterval(this.watch);
    this.watch = undefined;
    const reserved = this.reserved;
    this.reserved = undefined;
    if (reserved) {
      // A session advisory lock outlives `release()`: the connection would go back to the pool still
      // holding it, and no poller anywhere could take it again. Unlock first. The unlock only fails when
      // the session itself is broken, and the driver closes a broken connection, which frees the lock.
      // Bounded: on a session lost with the server down, the driver would wait for a reconnect first
      // (and a new session holds nothing).
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        reserved`select pg_advisory_unlock_all()`.catch(() => {}),
        new Promise((resolve) => {
          timer = setTimeout(resolve, UNLOCK_WAIT_MS);
        }),
      ]);
      clearTimeout(timer);
      reserved.release();
    }
    const releaseFile = this.releaseFile;
    this.releaseFile = undefined;
    await releaseFile?.().catch(() => {});
  }
}
