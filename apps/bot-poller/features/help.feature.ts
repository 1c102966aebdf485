import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { renderHelp } from '../../../shared/profile/index.js';

/** /help: every command in plain words. */
export const helpFeature = new Composer<BotContext>();

helpFeature.command('help', (ctx) => ctx.out.html(renderHelp(ctx.t)));
