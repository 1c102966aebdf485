import { CONFIG_EXIT_CODE, type Config, loadConfig } from './config.js';
import { ConfigError } from './config-error.js';

/**
 * Loads the configuration for an app's `main.ts`; on an invalid environment prints one message listing
 * every problem and exits with {@link CONFIG_EXIT_CODE}, which PM2 does not restart on.
 *
 * @example
 * const config = loadConfigOrExit('bot-poller');
 */
export function loadConfigOrExit(app: string, env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`[${app}] ${err.message}\n`);
      process.exit(CONFIG_EXIT_CODE);
    }
    throw err;
  }
}
