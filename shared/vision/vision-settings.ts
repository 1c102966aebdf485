import { z } from 'zod';

const settingsSchema = z.object({
  VISION_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  VISION_MAX_PENDING_PER_USER: z.coerce.number().int().min(1).max(50).default(3),
  VISION_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(120_000),
  VISION_PROGRESS_MS: z.coerce.number().int().min(100).max(600_000).default(8_000),
});

/** Vision tuning from the environment (all optional). @example readSettings(process.env).concurrency; // 2 */
export interface VisionSettings {
  /** Screenshots analysed at once by one vision process (`VISION_CONCURRENCY`, default 2). */
  readonly concurrency: number;
  /** Screenshots one runner may have waiting (`VISION_MAX_PENDING_PER_USER`, default 3). */
  readonly maxPendingPerUser: number;
  /** Job lease (`VISION_LEASE_MS`, default 120 000): how soon a job of a killed process runs again. */
  readonly leaseMs: number;
  /** When a slow analysis starts showing progress (`VISION_PROGRESS_MS`, default 8 000). */
  readonly progressAfterMs: number;
}

/**
 * Reads the vision settings; an invalid value throws with the variable's name.
 *
 * @example
 * readSettings({ VISION_CONCURRENCY: '4' }); // { concurrency: 4, maxPendingPerUser: 3, … }
 */
export function readSettings(env: NodeJS.ProcessEnv): VisionSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${String(issue.path[0])} ${issue.message}`);
  }
  const s = parsed.data;
  return {
    concurrency: s.VISION_CONCURRENCY,
    maxPendingPerUser: s.VISION_MAX_PENDING_PER_USER,
    leaseMs: s.VISION_LEASE_MS,
    progressAfterMs: s.VISION_PROGRESS_MS,
  };
}
