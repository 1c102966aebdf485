import { CHAT_PAGE_SCRIPT } from './chat-page-script.js';
import { CHAT_PAGE_CSS } from './chat-page-style.js';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

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
  const title = escapeHtml(opts.title ?? 'Telegram sandbox');
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
    <label id="attach" for="file-input" title="Send a photo or file">📎</label>
    <input id="file-input" type="file">
    <input id="text" type="text" placeholder="Message" aria-label="Message">
    <button id="send-btn" type="submit" aria-label="Send">➤</button>
  </form>
</div>
<div id="toast" role="status"></div>
<script>window.SANDBOX_URL = ${scriptJson(opts.sandboxUrl)};</script>
<script>${CHAT_PAGE_SCRIPT}</script>
</body>
</html>`;
}
