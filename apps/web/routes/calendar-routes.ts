import type Router from '@koa/router';
import { feedForSecret } from '../../../shared/calendar/index.js';
import type { Sql } from '../../../shared/db/index.js';

/**
 * `/calendar/<secret>.ics`: a runner's plan as a live iCalendar feed (calendar apps poll it). A wrong or
 * rotated secret gets 404, exactly like a runner without a plan: nothing tells one from the other.
 *
 * @example
 * registerCalendarRoutes(router, sql);
 */
export function registerCalendarRoutes(router: Router, sql: Sql): void {
  router.get('/calendar/:file', async (ctx) => {
    const match = /^([A-Za-z0-9_-]+)\.ics$/.exec(ctx.params.file ?? '');
    const ics = match ? await feedForSecret(sql, match[1]!) : undefined;
    ctx.set('Cache-Control', 'no-store');
    if (!ics) {
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    }
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.set('Content-Disposition', 'inline; filename="training-plan.ics"');
    ctx.body = ics;
  });
}
