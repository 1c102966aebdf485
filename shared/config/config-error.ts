/** One invalid environment variable and what to do about it. */
export interface ConfigProblem {
  readonly variable: string;
  readonly message: string;
}

/**
 * Thrown by {@link loadConfig} when the environment is invalid; lists every problem at once.
 *
 * @example
 * try { loadConfig(env) } catch (err) { if (err instanceof ConfigError) console.error(err.message) }
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p.message}`).join('\n') +
        '\nFix the environment variables above (see the Configuration table in README.md) and start again.',
    );
  }
}
