-- The status page, /healthz and /metrics count failed inbox and outbox rows on every refresh. These
-- partial indexes hold only failed rows (normally none), so those counts no longer scan the 7 days of
-- history; rows that never fail never get an entry.
create index if not exists telegram_updates_failed on telegram_updates (update_id) where status = 'failed';
create index if not exists outgoing_messages_failed on outgoing_messages (id) where status = 'failed';
