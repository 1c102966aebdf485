-- Secrets every host of one installation must share, such as the Telegram webhook's secret token: with
-- two web apps behind one webhook URL, a per-host secret would make Telegram's requests fail on every
-- host but the one that called setWebhook last. Created once (insert … on conflict do nothing).
create table if not exists app_secrets (
  name text primary key,
  value text not null,
  created_at timestamptz not null default now()
);
