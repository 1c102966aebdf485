export { createLogger, type Logger, type LoggerOptions, logFilePath } from './logger.js';
export { REDACTED, redactText, redactValue } from './redact.js';
