import { startApp } from '../../shared/app/index.js';

await startApp('vision', async () => {});
