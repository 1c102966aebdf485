import type Router from '@koa/router';
import type { Config } from '../../../shared/config/index.js';
import { renderChatPage } from '../../../shared/telegram-sandbox/index.js';

/**
 * `/chat`: the sandbox chat page in local mode (it talks to the sandbox's user API); 404 otherwise.
 *
 * @example
 * registerChatRoutes(router, config);
 */
export function registerChatRoutes(router: Router, config: Config): void {
  router.get('/chat', (ctx) => {
    if (!config.telegram.local) {
      ctx.status = 404;
      ctx.body = 'Not found: the chat page exists only in local mode (no TELEGRAM_BOT_TOKEN).';
      return;
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderChatPage({ sandboxUrl: config.telegram.apiRoot, title: 'Running coach — sandbox chat' });
  });
}
