import { startApp } from '../../shared/app/index.js';

await startApp('bot-poller', async () => {});
