/**
 * Escapes text for Telegram's HTML parse mode. Every piece of user-provided text that is echoed back
 * goes through this, so a runner typing `<b>` or `&` can never break (or inject into) a message. The one
 * definition is in the shared text module; this keeps the profile's import path.
 *
 * @example
 * escapeHtml('Tom & <Jerry>'); // 'Tom &amp; &lt;Jerry&gt;'
 */
export { escapeHtml } from '../text/index.js';
