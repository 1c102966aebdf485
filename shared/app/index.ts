export type { AppName, Container, ProcessContainer } from './container.js';
export { projectRoot } from './project-root.js';
export { MIGRATION_EXIT_CODE, type StartAppOptions, startApp } from './start-app.js';
export { flushAndExit, type StartProcessOptions, startProcess } from './start-process.js';
