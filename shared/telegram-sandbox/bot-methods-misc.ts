import { z } from 'zod';
import { badRequest } from './errors.js';
import type { MethodContext, MethodHandler } from './method-context.js';
import { parseParams, stringParam } from './param-schemas.js';
import { jsonParam } from './request-params.js';
import type { TgBotCommand } from './types.js';

const SCOPES = new Set([
  'default',
  'all_private_chats',
  'all_group_chats',
  'all_chat_administrators',
  'chat',
  'chat_administrators',
  'chat_member',
]);

function scopeKey(ctx: MethodContext): string {
  const p = parseParams(z.object({ language_code: stringParam() }), ctx.params.values);
  const scope = jsonParam(ctx.params.values.scope, "can't parse BotCommandScope JSON object") as
    | { type?: string; chat_id?: number | string; user_id?: number }
    | undefined;
  const type = scope?.type ?? 'default';
  if (!SCOPES.has(type)) throw badRequest('unsupported bot command scope type');
  const lang = p.language_code ?? '';
  if (lang !== '' && !/^[a-z]{2}$/.test(lang)) throw badRequest('invalid language code specified');
  return JSON.stringify([type, scope?.chat_id ?? null, scope?.user_id ?? null, lang]);
}

const setMyCommands: MethodHandler = (ctx) => {
  const raw = jsonParam(ctx.params.values.commands, "can't parse commands JSON object");
  if (raw === undefined) throw badRequest('parameter "commands" is required');
  if (!Array.isArray(raw)) throw badRequest('field "commands" must be an Array');
  if (raw.length > 100) throw badRequest('too many commands specified');
  const commands: TgBotCommand[] = raw.map((c: unknown) => {
    const o = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
    const command = String(o.command ?? '').replace(/^\//, '');
    const description = String(o.description ?? '');
    if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest('BOT_COMMAND_INVALID');
    if (description.trim().length === 0 || [...description].length > 256) {
      throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    }
    return { command, description };
  });
  const key = scopeKey(ctx);
  if (commands.length === 0) ctx.bot.commands.delete(key);
  else ctx.bot.commands.set(key, commands);
  return true;
};

/** Bot identity and command-menu methods. */
export const miscMethods: Record<string, MethodHandler> = {
  getMe: ({ bot }) => bot.me,
  setMyCommands,
  getMyCommands: (ctx) => ctx.bot.commands.get(scopeKey(ctx)) ?? [],
  deleteMyCommands: (ctx) => {
    ctx.bot.commands.delete(scopeKey(ctx));
    return true;
  },
};
