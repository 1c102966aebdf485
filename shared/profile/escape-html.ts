/**
 * Escapes text for Telegram's HTML parse mode. Every piece of user-provided text that is echoed back
 * goes through this, so a runner typing `<b>` or `&` can never break (or inject into) a message.
 *
 * @example
 * escapeHtml('Tom & <Jerry>'); // 'Tom &amp; &lt;Jerry&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
