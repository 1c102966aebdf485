import { z } from 'zod';
import { badRequest } from './errors.js';

const emptyToUndefined = (v: unknown): unknown => (v === '' || v === null ? undefined : v);

function custom<T>(fn: (v: unknown) => T | string | undefined, missing: string | undefined): z.ZodType<T> {
  return z
    .unknown()
    .optional()
    .transform((raw, ctx) => {
      const v = emptyToUndefined(raw);
      if (v === undefined) {
        if (missing === undefined) return undefined as T;
        ctx.addIssue({ code: 'custom', message: missing });
        return z.NEVER;
      }
      const r = fn(v);
      if (typeof r === 'object' && r !== null && 'error' in (r as object)) {
        ctx.addIssue({ code: 'custom', message: (r as unknown as { error: string }).error });
        return z.NEVER;
      }
      return r as T;
    }) as unknown as z.ZodType<T>;
}

function toInteger(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^\s*[+-]?\d{1,16}\s*$/.test(v)) return Number(v);
  return undefined;
}

/**
 * Integer parameter accepting numbers or numeric strings (Telegram reads every value as a string).
 * `missing` is the detail for an absent value (omit for optional), `invalid` for a non-integer.
 *
 * @example
 * intParam('message identifier is not specified').parse('42'); // 42
 */
export function intParam(missing: string, invalid?: string): z.ZodType<number>;
export function intParam(missing: undefined, invalid?: string): z.ZodType<number | undefined>;
export function intParam(
  missing: string | undefined,
  invalid = missing ?? 'invalid integer',
): z.ZodType<unknown> {
  return custom((v) => toInteger(v) ?? ({ error: invalid } as unknown as string), missing);
}

/**
 * Optional boolean parameter: true/false, "true"/"false", 1/0.
 *
 * @example
 * boolParam().parse('true'); // true
 */
export function boolParam(): z.ZodType<boolean | undefined> {
  return custom<boolean | undefined>(
    (v) => v === true || v === 'true' || v === 'True' || v === 1 || v === '1',
    undefined,
  );
}

/**
 * String parameter; numbers are stringified like Telegram does.
 *
 * @example
 * stringParam('message text is empty').parse('hi'); // 'hi'
 */
export function stringParam(missing: string): z.ZodType<string>;
export function stringParam(missing?: undefined): z.ZodType<string | undefined>;
export function stringParam(missing?: string): z.ZodType<unknown> {
  return custom((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)), missing);
}

/**
 * `chat_id`: integer or `@username`; missing → `chat_id is empty`, garbage → `chat not found`.
 *
 * @example
 * chatIdParam().parse('1001'); // 1001
 */
export function chatIdParam(): z.ZodType<number | string> {
  return custom<number | string>((v) => {
    const n = toInteger(v);
    if (n !== undefined) return n;
    if (typeof v === 'string' && /^@[A-Za-z0-9_]{1,64}$/.test(v.trim())) return v.trim();
    return { error: 'chat not found' } as unknown as string;
  }, 'chat_id is empty');
}

/**
 * Parses values with a zod object schema; the first issue becomes Telegram's `400 Bad Request: <detail>`.
 *
 * @example
 * const p = parseParams(z.object({ chat_id: chatIdParam() }), { chat_id: '1' });
 */
export function parseParams<T>(schema: z.ZodType<T>, values: Record<string, unknown>): T {
  const r = schema.safeParse(values);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw badRequest(
    issue.code === 'custom' ? issue.message : `invalid ${String(issue.path[0] ?? 'parameter')}`,
  );
}
