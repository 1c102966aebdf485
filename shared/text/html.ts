/**
 * How {@link escapeHtml} writes the characters it escapes.
 *
 * - `apostrophe`: also escape `'` (needed inside single-quoted HTML attributes; Telegram's HTML parse mode
 *   does not need it, so Telegram text keeps its apostrophes readable in the raw message).
 * - `numeric`: write every escape as a numeric reference (`&#38;`) instead of a named one (`&amp;`). Browsers
 *   decode both alike; the sandbox chat page has always used the numeric form.
 *
 * A later locale option has no effect on escaping, so none is offered.
 *
 * @example
 * const opts: HtmlEscapeOptions = { apostrophe: true };
 */
export interface HtmlEscapeOptions {
  readonly apostrophe?: boolean;
  readonly numeric?: boolean;
}

const NAMED: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML: Telegram's HTML parse mode by default (`&`, `<`, `>`, `"`), web pages with
 * `{ apostrophe: true }`. Every piece of user-provided text that is echoed back goes through this, so a
 * runner typing `<b>` or `&` can never break (or inject into) a message.
 *
 * @example
 * escapeHtml('Tom & <Jerry> "fast"');               // 'Tom &amp; &lt;Jerry&gt; &quot;fast&quot;'
 * escapeHtml("it's", { apostrophe: true });         // 'it&#39;s'
 * escapeHtml('<a>', { numeric: true, apostrophe: true }); // '&#60;a&#62;'
 */
export function escapeHtml(text: string, options: HtmlEscapeOptions = {}): string {
  const special = options.apostrophe || options.numeric ? /[&<>"']/g : /[&<>"]/g;
  if (options.numeric) return text.replace(special, (c) => `&#${c.charCodeAt(0)};`);
  return text.replace(special, (c) => NAMED[c] ?? c);
}
