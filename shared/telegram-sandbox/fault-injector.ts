/**
 * A scripted failure for the next `times` calls of `method` (case-insensitive, `*` = any method).
 * `mode: 'error'` answers with the given error; `'drop'` destroys the connection without answering;
 * `'drop-after'` executes the call and then destroys the connection (the bot never sees the result).
 *
 * @example
 * const f: FaultSpec = { method: 'sendMessage', times: 2, error_code: 502, description: 'Bad Gateway' };
 */
export interface FaultSpec {
  method: string;
  times?: number;
  mode?: 'error' | 'drop' | 'drop-after';
  error_code?: number;
  description?: string;
  retry_after?: number;
  /** Only for this bot token (default: any bot). */
  token?: string;
}

/**
 * Queue of injected faults; consulted once per Bot API call.
 *
 * @example
 * const faults = new FaultInjector();
 * faults.add({ method: 'getUpdates', times: 1, error_code: 500, description: 'Internal Server Error' });
 * faults.take('123:abc', 'getUpdates'); // the spec, then undefined
 */
export class FaultInjector {
  private faults: (FaultSpec & { left: number })[] = [];

  /** Adds a fault (default: once, mode error, 500 Internal Server Error). */
  add(spec: FaultSpec): void {
    this.faults.push({ ...spec, left: spec.times ?? 1 });
  }

  /** Removes all faults. */
  clear(): void {
    this.faults = [];
  }

  /** Faults still armed. */
  list(): FaultSpec[] {
    return this.faults.map(({ left, ...f }) => ({ ...f, times: left }));
  }

  /** Returns (and counts down) the first fault matching this call. */
  take(token: string, method: string): FaultSpec | undefined {
    const m = method.toLowerCase();
    const f = this.faults.find(
      (x) =>
        (x.method === '*' || x.method.toLowerCase() === m) && (x.token === undefined || x.token === token),
    );
    if (!f) return undefined;
    f.left--;
    if (f.left <= 0) this.faults = this.faults.filter((x) => x !== f);
    return f;
  }
}
