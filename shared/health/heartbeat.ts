import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** What an app writes to `DATA_DIR/run/<app>.health`. */
export const heartbeatSchema = z.object({
  app: z.string(),
  pid: z.number().int(),
  /** When the file was written (ISO time). */
  time: z.string(),
  state: z.enum(['starting', 'ready', 'standby', 'degraded', 'stopping']),
  /**
   * Last time the app made real progress (ISO). For bot-poller: the last *completed* getUpdates, so a
   * stuck long poll goes stale even while timers keep writing the file.
   */
  progressAt: z.string(),
  detail: z.record(z.string(), z.unknown()).default({}),
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;

/** Folder of health and lock files: `DATA_DIR/run`. @example runDir('data') // 'data/run' */
export function runDir(dataDir: string): string {
  return join(dataDir, 'run');
}

/** Path of an app's health file. @example healthFilePath('data', 'web') // 'data/run/web.health' */
export function healthFilePath(dataDir: string, app: string): string {
  return join(runDir(dataDir), `${app}.health`);
}

/**
 * Writes an app's heartbeat file every `intervalMs` (default 5 s) — atomically (write + rename), so a
 * reader never sees half a file. `progress()` records real progress; `setState()` the app's state.
 *
 * @example
 * const hb = new HeartbeatWriter({ dataDir: 'data', app: 'reminder' });
 * hb.start(); hb.progress(); … await hb.stop();
 */
export class HeartbeatWriter {
  private state: Heartbeat['state'] = 'starting';
  private progressAt = new Date();
  private detail: Record<string, unknown> = {};
  private timer: NodeJS.Timeout | undefined;
  private fileName: string;

  constructor(
    private readonly options: { dataDir: string; app: string; intervalMs?: number; fileName?: string },
  ) {
    this.fileName = options.fileName ?? options.app;
  }

  /** The state last set. */
  get currentState(): Heartbeat['state'] {
    return this.state;
  }

  /** Path of the file being written. */
  get file(): string {
    return healthFilePath(this.options.dataDir, this.fileName);
  }

  /**
   * Switches the file name (without `.health`), removing the old file: a standby bot-poller writes
   * `bot-poller.standby-<pid>` so it never overwrites the leader's `bot-poller`.
   */
  setFileName(name: string): void {
    if (name === this.fileName) return;
    rmSync(this.file, { force: true });
    this.fileName = name;
    if (this.timer) this.write();
  }

  start(): void {
    mkdirSync(runDir(this.options.dataDir), { recursive: true });
    this.write();
    // Not unref'd: the heartbeat is what keeps an otherwise idle app alive until it is stopped.
    this.timer = setInterval(() => this.write(), this.options.intervalMs ?? 5_000);
  }

  setState(state: Heartbeat['state'], detail?: Record<string, unknown>): void {
    this.state = state;
    if (detail) this.detail = { ...this.detail, ...detail };
    this.write();
  }

  /** Marks progress now (and merges `detail`); cheap, the file is rewritten on the next tick. */
  progress(detail?: Record<string, unknown>): void {
    this.progressAt = new Date();
    if (detail) this.detail = { ...this.detail, ...detail };
  }

  /** Stops writing and removes the file (a clean stop leaves no heartbeat behind). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    rmSync(this.file, { force: true });
  }

  private write(): void {
    const beat: Heartbeat = {
      app: this.options.app,
      pid: process.pid,
      time: new Date().toISOString(),
      state: this.state,
      progressAt: this.progressAt.toISOString(),
      detail: this.detail,
    };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(beat));
      renameSync(tmp, this.file);
    } catch {
      // The run folder can vanish under us (clean-start.sh); recreate it and retry on the next tick.
      mkdirSync(runDir(this.options.dataDir), { recursive: true });
    }
  }
}

/**
 * Reads an app's heartbeat, or `undefined` when missing or unreadable.
 *
 * @example
 * const beat = readHeartbeat('data', 'bot-poller');
 * const ageMs = beat ? Date.now() - Date.parse(beat.progressAt) : Infinity;
 */
export function readHeartbeat(dataDir: string, app: string): Heartbeat | undefined {
  try {
    return heartbeatSchema.parse(JSON.parse(readFileSync(healthFilePath(dataDir, app), 'utf8')));
  } catch {
    return undefined;
  }
}
