import { escapeHtml } from '../text/index.js';
import { CHAT_PAGE_SCRIPT } from './chat-page-script.js';
import { CHAT_PAGE_CSS } from './chat-page-style.js';

const ATTACH_ICON =
  '<svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M21.4 11.1l-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5"/></svg>';
const SEND_ICON =
  '<svg width="20" height="20" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M3.4 20.4l17.5-7.5a1 1 0 0 0 0-1.8L3.4 3.6a1 1 0 0 0-1.4 1.2L4.5 12l-2.5 7.2a1 1 0 0 0 1.4 1.2z"/></svg>';

// Numeric references for all five specials, as this page always wrote them.
const escapeAttr = (s: string): string => escapeHtml(s, { numeric: true });

/** JSON safe to embed inside a <script> element. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Renders the self-contained sandbox chat page (no external assets). It talks to the sandbox user API at
 * `sandboxUrl` (cross-origin allowed), so any server may serve it (the sandbox at `/chat`, the web app
 * at `/chat` in local mode).
 *
 * @example
 * ctx.body = renderChatPage({ sandboxUrl: 'http://127.0.0.1:8081', title: 'Run coach (local)' });
 */
export function renderChatPage(opts: { sandboxUrl: string; title?: string }): string {
  const title = escapeAttr(opts.title ?? 'Telegram sandbox');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<title>${title}</title>
<style>${CHAT_PAGE_CSS}</style>
</head>
<body>
<div class="app">
  <header>
    <div class="avatar" id="avatar">B</div>
    <div class="title"><b id="bot-name">${title}</b><small id="subtitle">bot</small></div>
    <select id="user-select" aria-label="Simulated user"></select>
    <button type="button" id="new-user" title="New simulated user">+ User</button>
    <button type="button" id="block-btn" class="danger">Block</button>
  </header>
  <div id="error" role="alert"></div>
  <main id="messages" aria-live="polite"></main>
  <div id="rkb"></div>
  <form id="composer" autocomplete="off">
    <label id="attach" for="file-input" title="Send a photo or file">${ATTACH_ICON}</label>
    <input id="file-input" type="file">
    <input id="text" type="text" placeholder="Message" aria-label="Message">
    <button id="send-btn" type="submit" aria-label="Send">${SEND_ICON}</button>
  </form>
</div>
<div id="toast" role="status"></div>
<script>window.SANDBOX_URL = ${scriptJson(opts.sandboxUrl)};</script>
<script>${CHAT_PAGE_SCRIPT}</script>
</body>
</html>`;
}
