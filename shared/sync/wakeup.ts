/**
 * A wake-up signal with memory, for loops that sleep until "there may be work" (NOTIFY, a local commit)
 * or a poll interval passes. A `wake()` that arrives while the loop is busy — e.g. between a claim query
 * that found nothing and going to sleep — is remembered, so the next `sleep()` returns at once instead of
 * losing the signal and waiting a whole poll interval.
 *
 * @example
 * const wakeup = new Wakeup();
 * sql.listen('jobs', () => wakeup.wake());
 * while (running) { wakeup.consume(); if (!(await claimOne())) await wakeup.sleep(2_000); }
 */
export class Wakeup {
  private pending = false;
  private readonly sleepers = new Set<() => void>();

  /** Signals work: wakes every sleeper, or is remembered for the next {@link sleep}. */
  wake(): void {
    if (this.sleepers.size === 0) {
      this.pending = true;
      return;
    }
    for (const resolve of [...this.sleepers]) resolve();
  }

  /** Call right before looking for work: wake-ups before this point are covered by that look. */
  consume(): void {
    this.pending = false;
  }

  /** Sleeps up to `ms`, returning early on {@link wake} (or at once if one arrived since `consume`). */
  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }
}
