export type { AppName, Container } from './container.js';
export { projectRoot } from './project-root.js';
export { flushAndExit, MIGRATION_EXIT_CODE, type StartAppOptions, startApp } from './start-app.js';
