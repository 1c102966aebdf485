import { startApp } from '../../shared/app/index.js';

await startApp('reminder', async () => {});
