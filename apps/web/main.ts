import { startApp } from '../../shared/app/index.js';

await startApp('web', async () => {});
