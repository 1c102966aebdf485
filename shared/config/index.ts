export type { HealthSettings, ReminderSettings, SandboxSettings, VisionSettings } from './app-settings.js';
export { CONFIG_EXIT_CODE, type Config, loadConfig } from './config.js';
export { ConfigError, type ConfigProblem } from './config-error.js';
export { loadConfigOrExit } from './load-or-exit.js';
