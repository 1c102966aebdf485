/**
 * Browser script of the chat page (plain ES2020, no framework). Bot text is rendered from its entities
 * with DOM nodes and textContent only — never innerHTML of bot-provided strings.
 */
export const CHAT_PAGE_SCRIPT = String.raw`
'use strict';
const API = window.SANDBOX_URL.replace(/\/$/, '');
const $ = (id) => document.getElementById(id);
const S = { users: [], userId: null, bot: null, version: -1, loop: 0, answers: new Map(), view: null };

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

async function api(method, path, body) {
  const init = { method, headers: {} };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) { init.body = JSON.stringify(body); init.headers['content-type'] = 'application/json'; }
  const res = await fetch(API + path, init);
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || ('HTTP ' + res.status));
  return data;
}

function showError(msg) {
  const e = $('error');
  e.textContent = msg || '';
  e.classList.toggle('shown', !!msg);
}

let toastTimer = 0;
function toast(text, alert) {
  const t = $('toast');
  t.textContent = text;
  t.className = 'shown' + (alert ? ' alert' : '');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.className = ''; }, alert ? 6000 : 3000);
}

function safeHref(url) {
  return /^(https?:|tg:|mailto:)/i.test(url) ? url : null;
}

function entityNode(e, segText) {
  switch (e.type) {
    case 'bold': return el('b');
    case 'italic': return el('i');
    case 'underline': return el('u');
    case 'strikethrough': return el('s');
    case 'code': return el('code');
    case 'pre': return el('pre');
    case 'blockquote': case 'expandable_blockquote': return el('blockquote');
    case 'spoiler': { const s = el('span', 'spoiler'); s.onclick = () => s.classList.add('shown'); return s; }
    case 'text_link': case 'url': case 'email': {
      const raw = e.type === 'text_link' ? e.url : e.type === 'email' ? 'mailto:' + segText
        : (/^[a-z]+:\/\//i.test(segText) ? segText : 'http://' + segText);
      const href = safeHref(raw || '');
      if (!href) return el('span');
      const a = el('a'); a.href = href; a.target = '_blank'; a.rel = 'noopener noreferrer'; return a;
    }
    case 'bot_command': { const s = el('span', 'cmd'); s.onclick = () => sendText(segText); return s; }
    case 'mention': case 'hashtag': case 'cashtag': return el('span', 'cmd');
    default: return el('span');
  }
}

function renderText(text, entities) {
  const frag = document.createDocumentFragment();
  const list = (entities || []).slice().sort((a, b) => a.offset - b.offset || b.length - a.length);
  const cuts = new Set([0, text.length]);
  for (const e of list) { cuts.add(e.offset); cuts.add(Math.min(text.length, e.offset + e.length)); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const seg = text.slice(a, b);
    let node = document.createTextNode(seg);
    const active = list.filter((e) => e.offset <= a && e.offset + e.length >= b);
    for (let j = active.length - 1; j >= 0; j--) {
      const e = active[j];
      const wrap = entityNode(e, text.slice(e.offset, e.offset + e.length));
      wrap.appendChild(node);
      node = wrap;
    }
    frag.appendChild(node);
  }
  return frag;
}

function fileUrl(fileId) { return API + '/sandbox/files/' + encodeURIComponent(fileId); }

function time(date) {
  const d = new Date(date * 1000);
  return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');
}

function renderMessage(m, box) {
  const msg = m.message;
  const b = el('div', 'msg ' + m.from);
  b.dataset.messageId = String(m.message_id);
  if (msg.photo && msg.photo.length) {
    const img = el('img');
    img.alt = 'photo';
    img.src = fileUrl(msg.photo[msg.photo.length - 1].file_id);
    img.onload = () => { if (S.stick) scrollDown(); };
    b.appendChild(img);
  }
  if (msg.document) {
    const a = el('a', 'doc', msg.document.file_name || 'document');
    a.href = fileUrl(msg.document.file_id);
    a.download = msg.document.file_name || 'document';
    b.appendChild(a);
  }
  if (m.text) {
    const t = el('div', 'text');
    t.appendChild(renderText(m.text, m.entities));
    b.appendChild(t);
  }
  b.appendChild(el('div', 'meta', (msg.edit_date ? 'edited ' : '') + time(msg.edit_date || msg.date)));
  box.appendChild(b);
  const kb = msg.reply_markup && msg.reply_markup.inline_keyboard;
  if (kb && kb.length) {
    const wrap = el('div', 'ikb');
    for (const row of kb) {
      const r = el('div', 'row');
      for (const btn of row) {
        if (btn.url) {
          const a = el('a', 'inline-btn', btn.text + ' ↗');
          const href = safeHref(btn.url);
          if (href) { a.href = href; a.target = '_blank'; a.rel = 'noopener noreferrer'; }
          r.appendChild(a);
          continue;
        }
        const x = el('button', 'inline-btn', btn.text);
        x.type = 'button';
        x.onclick = () => press(m.message_id, btn, x);
        r.appendChild(x);
      }
      wrap.appendChild(r);
    }
    box.appendChild(wrap);
  }
}

function scrollDown() { const box = $('messages'); box.scrollTop = box.scrollHeight; }

function render(view) {
  S.view = view;
  const box = $('messages');
  S.stick = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  box.textContent = '';
  if (!view.messages.length) box.appendChild(el('div', 'empty', view.blocked ? 'You blocked this bot.' : 'Send /start to begin.'));
  for (const m of view.messages) renderMessage(m, box);
  if (view.blocked) box.appendChild(el('div', 'system', 'You blocked the bot'));
  const sub = $('subtitle');
  if (view.chat_action) { sub.textContent = view.chat_action.action.replace(/_/g, ' ') + '…'; sub.className = 'typing'; }
  else { sub.textContent = 'bot'; sub.className = ''; }
  $('block-btn').textContent = view.blocked ? 'Unblock' : 'Block';
  const rkb = $('rkb');
  rkb.textContent = '';
  const k = view.reply_keyboard;
  rkb.classList.toggle('shown', !!(k && k.keyboard.length));
  if (k) {
    for (const row of k.keyboard) {
      const r = el('div', 'row');
      for (const btn of row) {
        const x = el('button', 'reply-btn', btn.text);
        x.type = 'button';
        x.onclick = () => sendText(btn.text);
        r.appendChild(x);
      }
      rkb.appendChild(r);
    }
  }
  $('text').placeholder = (k && k.input_field_placeholder) || (view.force_reply && view.force_reply.placeholder) || 'Message';
  for (const a of view.callback_answers) {
    const seen = S.answers.get(a.callback_query_id);
    if (a.answered && !seen) {
      S.answers.set(a.callback_query_id, true);
      if (S.ready && a.text) toast(a.text, a.show_alert);
    } else if (!seen && !a.answered) S.answers.set(a.callback_query_id, false);
  }
  S.ready = true;
  if (S.stick) scrollDown();
}

async function loop(token) {
  while (token === S.loop) {
    try {
      const q = '?bot=' + encodeURIComponent(S.bot) + '&since=' + S.version + '&wait=25000';
      const view = await api('GET', '/sandbox/chats/' + S.userId + q);
      if (token !== S.loop) return;
      showError('');
      if (view.version !== S.version) { S.version = view.version; render(view); }
    } catch (e) {
      showError('Sandbox unreachable: ' + e.message);
      await new Promise((r) => setTimeout(r, 1500));
    }
  }
}

function restart() {
  S.loop++;
  S.version = -1;
  S.ready = false;
  S.answers = new Map();
  localStorage.setItem('sandbox-user', String(S.userId));
  loop(S.loop);
}

async function act(fn) {
  try { showError(''); await fn(); } catch (e) { showError(e.message); }
}

function sendText(text) {
  if (!text.trim()) return;
  return act(() => api('POST', '/sandbox/users/' + S.userId + '/messages', { text, bot: S.bot }));
}

function press(messageId, btn, node) {
  node.classList.add('pending');
  return act(() => api('POST', '/sandbox/users/' + S.userId + '/callbacks', { message_id: messageId, data: btn.callback_data, bot: S.bot }));
}

function fillUsers() {
  const sel = $('user-select');
  sel.textContent = '';
  for (const u of S.users) {
    const o = el('option', '', u.first_name + (u.username ? ' @' + u.username : '') + ' · ' + u.id);
    o.value = String(u.id);
    sel.appendChild(o);
  }
  sel.value = String(S.userId);
}

async function newUser(name) {
  const u = await api('POST', '/sandbox/users', { first_name: name });
  S.users.push(u);
  S.userId = u.id;
  fillUsers();
  restart();
}

async function init() {
  const info = await api('GET', '/sandbox/info');
  const bot = info.bots[0];
  S.bot = String(bot.id);
  $('bot-name').textContent = bot.first_name;
  $('avatar').textContent = (bot.first_name || 'B').slice(0, 1).toUpperCase();
  document.title = bot.first_name + ' · Telegram sandbox';
  S.users = info.users;
  const saved = Number(localStorage.getItem('sandbox-user'));
  if (!S.users.length) { await newUser('Runner'); return; }
  S.userId = S.users.some((u) => u.id === saved) ? saved : S.users[0].id;
  fillUsers();
  restart();
}

$('composer').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const input = $('text');
  const text = input.value;
  input.value = '';
  sendText(text);
});
$('user-select').addEventListener('change', (ev) => { S.userId = Number(ev.target.value); restart(); });
$('new-user').addEventListener('click', () => {
  const name = prompt('Name of the new user', 'Runner ' + (S.users.length + 1));
  if (name) act(() => newUser(name));
});
$('block-btn').addEventListener('click', () => {
  const path = S.view && S.view.blocked ? 'unblock' : 'block';
  act(() => api('POST', '/sandbox/users/' + S.userId + '/' + path, { bot: S.bot }));
});
$('file-input').addEventListener('change', (ev) => {
  const file = ev.target.files[0];
  ev.target.value = '';
  if (!file) return;
  const fd = new FormData();
  fd.append('bot', S.bot);
  fd.append('file', file, file.name);
  const kind = /^image\/(png|jpeg|gif|webp)$/.test(file.type) ? 'photos' : 'documents';
  act(() => api('POST', '/sandbox/users/' + S.userId + '/' + kind, fd));
});
init().catch((e) => showError('Cannot reach the sandbox at ' + API + ': ' + e.message));
`;
