import { escapeHtml } from '../text/index.js';
import type { AppStatus, StatusReport, Verdict } from './collect-status.js';

// Element and attribute content: apostrophes too, so a value is safe in either quote style.
const e = (text: string): string => escapeHtml(text, { apostrophe: true });

function duration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} min`;
  const h = Math.floor(m / 60);
  return h < 48 ? `${h} h ${m % 60} min` : `${Math.floor(h / 24)} d ${h % 24} h`;
}

function since(iso: string | Date | undefined, now: number): string {
  if (!iso) return 'never';
  const at = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  return Number.isNaN(at) ? '—' : `${duration(now - at)} ago`;
}

const badge = (v: Verdict, text: string) => `<span class="badge ${v}">${e(text)}</span>`;
const label: Record<Verdict, string> = { ok: 'OK', warn: 'UNKNOWN', bad: 'PROBLEM' };

function appRow(app: AppStatus): string {
  const p = app.pm2;
  const hb = app.heartbeat;
  const mem = p?.memoryBytes !== undefined ? `${(p.memoryBytes / 1024 / 1024).toFixed(0)} MB` : '—';
  const cpu = p?.cpuPercent !== undefined ? `${p.cpuPercent}%` : '—';
  const uptime = p?.status === 'online' && p.startedAt ? duration(Date.now() - p.startedAt) : '—';
  return `<tr class="app ${app.verdict}" data-app="${e(app.name)}" data-verdict="${app.verdict}">
  <td><strong>${e(app.name)}</strong></td>
  <td>${badge(app.verdict, label[app.verdict])}</td>
  <td>${e(p?.status ?? '—')}</td><td>${uptime}</td><td>${p ? p.restarts : '—'}</td><td>${mem}</td><td>${cpu}</td>
  <td>${hb ? `${e(hb.state)} · beat ${duration(hb.beatAgeMs)} ago · progress ${duration(hb.progressAgeMs)} ago` : '—'}</td>
  <td class="reason">${app.reasons.map((r) => e(r)).join('<br>')}</td>
</tr>`;
}

function kv(rows: Array<[string, string, Verdict?]>): string {
  return `<table class="kv">${rows
    .map(([k, v, verdict]) => `<tr${verdict ? ` class="${verdict}"` : ''}><th>${e(k)}</th><td>${v}</td></tr>`)
    .join('')}</table>`;
}

/**
 * Renders the operators' status page (refreshes itself every 5 s). Everything wrong is red with its
 * reason. Shows only aggregates: no names, chat ids or message text.
 *
 * @example
 * ctx.body = renderStatusPage(await collectStatus(options));
 */
export function renderStatusPage(report: StatusReport): string {
  const now = Date.parse(report.generatedAt);
  const { db, poller } = report;
  const overall: Verdict =
    !report.healthy || report.apps.some((a) => a.verdict === 'bad')
      ? 'bad'
      : !report.pm2.reachable || report.apps.some((a) => a.verdict === 'warn')
        ? 'warn'
        : 'ok';
  const overallText = { ok: 'ALL GOOD', warn: 'HEALTHY · SOME UNKNOWN', bad: 'ATTENTION' }[overall];
  const jobs =
    db.jobs.length === 0
      ? '<p class="muted">No jobs yet.</p>'
      : `<table><tr><th>queue</th><th>status</th><th>jobs</th></tr>${db.jobs
          .map(
            (j) =>
              `<tr class="${j.status === 'dead' ? 'bad' : ''}"><td>${e(j.queue)}</td><td>${e(j.status)}</td><td>${j.count}</td></tr>`,
          )
          .join('')}</table>`;
  const watchdog = report.watchdog.filter((d) => d.action !== 'restart');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Running coach — status</title>
<style>
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
  header { padding: 16px 24px; background: #fff; border-bottom: 1px solid #d0d7de; display: flex; gap: 16px; align-items: center; }
  header h1 { font-size: 20px; margin: 0; flex: 1; }
  main { padding: 16px 24px; display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); }
  section { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 12px 16px; }
  section.wide { grid-column: 1 / -1; }
  h2 { font-size: 15px; margin: 0 0 8px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
  th { color: #57606a; font-weight: 600; }
  table.kv th { width: 45%; }
  tr.bad td, tr.bad th, .bad-text { color: #cf222e; }
  tr.warn td { color: #9a6700; }
  .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; }
  .badge.ok { background: #1a7f37; } .badge.warn { background: #bf8700; } .badge.bad { background: #cf222e; }
  .reason { color: #cf222e; }
  .muted { color: #57606a; }
  .problems { margin: 0; padding-left: 18px; color: #cf222e; }
  code { font-size: 12px; }
</style></head>
<body data-healthy="${report.healthy}">
<header><h1>Running coach — status</h1>
  <span id="overall">${badge(overall, overallText)}</span>
  ${report.local ? '<a href="/chat">Open the sandbox chat →</a>' : ''}
  <span class="muted">updated ${e(report.generatedAt.replace('T', ' ').slice(0, 19))} UTC</span></header>
<main>
${report.problems.length > 0 ? `<section class="wide" id="problems"><h2 class="bad-text">Health check failing</h2><ul class="problems">${report.problems.map((p) => `<li>${e(p)}</li>`).join('')}</ul></section>` : ''}
<section class="wide" id="apps"><h2>Apps</h2>
${report.pm2.reachable ? '' : `<p class="bad-text" id="pm2-unreachable">PM2 unreachable: ${e(report.pm2.error ?? 'no answer')} — status from heartbeats only.</p>`}
<table><tr><th>app</th><th>verdict</th><th>PM2</th><th>uptime</th><th>restarts</th><th>memory</th><th>CPU</th><th>heartbeat</th><th>reason</th></tr>
${report.apps.map(appRow).join('\n')}
</table></section>
<section id="poller"><h2>Telegram updates</h2>${kv([
    ['mode', e(poller.mode)],
    [
      'poller role',
      poller.leaderPid ? `pid ${poller.leaderPid}` : 'nobody',
      poller.leaderPid ? undefined : 'bad',
    ],
    [
      'standby pollers',
      poller.standbyPids.length ? poller.standbyPids.map((p) => `pid ${p}`).join(', ') : 'none',
    ],
    [
      'verdict',
      `${badge(poller.verdict, label[poller.verdict])} ${e(poller.reason)}`,
      poller.verdict === 'bad' ? 'bad' : undefined,
    ],
    ['last getUpdates', e(since(poller.lastGetUpdatesAt, now))],
    ['last processed update', e(since(db.lastProcessedAt, now))],
    ['alarm', poller.alarm ? e(poller.alarm) : 'none', poller.alarm ? 'bad' : undefined],
    ['inbox pending', String(db.inbox.pending)],
    ['inbox failed', String(db.inbox.failed), db.inbox.failed > 0 ? 'bad' : undefined],
    ['outbox pending', String((db.outbox.pending ?? 0) + (db.outbox.sending ?? 0))],
    ['outbox failed', String(db.outbox.failed ?? 0), (db.outbox.failed ?? 0) > 0 ? 'bad' : undefined],
  ])}</section>
<section id="database"><h2>Database</h2>${kv([
    [
      'reachable',
      db.reachable ? `yes · select 1 in ${db.latencyMs?.toFixed(1)} ms` : `NO — ${e(db.error ?? '')}`,
      db.reachable ? undefined : 'bad',
    ],
    ['users', String(db.users)],
    ['active plans', String(db.activePlans)],
    ['workouts done this week', String(db.workoutsThisWeek)],
    ['totals counted', db.totalsAt ? e(since(db.totalsAt, now)) : db.reachable ? 'not yet' : '—'],
  ])}</section>
<section id="jobs"><h2>Job queues</h2>${jobs}</section>
<section id="reminders"><h2>Reminders today</h2>${kv([
    ['sent', String(db.reminders.sentToday)],
    ['failed', String(db.reminders.failedToday), db.reminders.failedToday > 0 ? 'bad' : undefined],
    ['skipped as stale', String(db.reminders.staleToday)],
    ['possible duplicates', String(db.reminders.possibleDuplicatesToday)],
    [
      'queue',
      `${db.reminders.queued} due · lag ${Math.round(db.reminders.queueLagSeconds)} s`,
      db.reminders.queueLagSeconds > 300 ? 'bad' : undefined,
    ],
  ])}</section>
<section id="watchdog"><h2>Watchdog</h2>${
    watchdog.length === 0
      ? '<p class="muted">Nothing stale.</p>'
      : `<ul class="problems">${watchdog.map((d) => `<li>${e(d.app)}: ${e(d.action)} — ${e(d.reason)}</li>`).join('')}</ul>`
  }</section>
<section class="wide" id="errors"><h2>Last errors</h2>${
    report.errors.length === 0
      ? '<p class="muted">No error lines in the logs.</p>'
      : `<table><tr><th>time</th><th>app</th><th>message</th></tr>${report.errors
          .map(
            (r) =>
              `<tr class="bad"><td><code>${e(r.time.replace('T', ' ').slice(0, 19))}</code></td><td>${e(r.app)}</td><td>${e(r.message)}</td></tr>`,
          )
          .join('')}</table>`
  }</section>
</main></body></html>`;
}
