export { Wakeup } from './wakeup.js';
