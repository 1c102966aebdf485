import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Constant-time equality of two secrets (hashed first, so neither content nor length leaks by timing). */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Whether an `Authorization` header carries the operators' token: `Bearer <token>`, or HTTP basic auth
 * with the token as password (any user name, so a browser's login prompt works). Compared in constant
 * time. Pure.
 *
 * @example
 * operatorAuthorized('Bearer s3cret-s3cret-s3cret', 's3cret-s3cret-s3cret'); // true
 * operatorAuthorized(`Basic ${btoa('ops:s3cret-s3cret-s3cret')}`, 's3cret-s3cret-s3cret'); // true
 * operatorAuthorized(undefined, 's3cret-s3cret-s3cret'); // false
 */
export function operatorAuthorized(header: string | undefined, token: string): boolean {
  if (!header) return false;
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return sameSecret(value, token);
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 && sameSecret(decoded.slice(colon + 1), token);
  }
  return false;
}

/** What an unauthenticated request may reach: `open` fully, `status-only` the bare status code. */
export type PublicAccess = 'open' | 'status-only' | 'closed';

/**
 * The web app's public surface when `STATUS_TOKEN` is set: the Telegram webhook (it checks its own
 * secret) and the runners' calendar feeds (`/calendar/<secret>.ics`: a calendar app cannot send a token;
 * the per-runner secret is the key, and a wrong one gets 404) are open, `/livez` and `/healthz` answer their status code without details, everything else
 * (status page, `/metrics`, `/chat`) needs the token. Pure.
 *
 * @example
 * publicAccess('/telegram/webhook'); // 'open'
 * publicAccess('/calendar/abc.ics'); // 'open'
 * publicAccess('/healthz'); // 'status-only'
 * publicAccess('/metrics'); // 'closed'
 */
export function publicAccess(path: string): PublicAccess {
  if (path === '/telegram/webhook' || path.startsWith('/telegram/webhook/')) return 'open';
  if (/^\/calendar\/[^/]+\.ics$/.test(path)) return 'open';
  if (path === '/livez' || path === '/healthz') return 'status-only';
  return 'closed';
}
