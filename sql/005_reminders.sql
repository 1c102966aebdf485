-- Next-day workout reminders (apps/reminder, shared/reminders). Append-only: change with a new numbered file.

-- A rest day tomorrow: send a short note (true) or nothing (false, the default). Set with /reminders.
alter table runner_profiles add column rest_day_reminders boolean not null default false;

-- One row per reminder the app decided was due: claimed → sent → recorded (see shared/reminders/README.md).
--   pending   due (or waiting for not_before after a retryable error)
--   claimed   taken by a sender (locked_by, lease locked_until), not yet handed to Telegram
--   sending   the sendMessage call is (or was) in flight; a lease expiring here means the outcome is
--             unknown: the row is sent again once, flagged possible_duplicate
--   sent      Telegram accepted it (telegram_message_id)
--   failed    gave up (403 blocked, 400, or retries exhausted; last_error says why)
--   stale     its useful window (before the workout's day starts in the user's zone) passed unsent
--   cancelled no longer wanted when its turn came (reminders off, user inactive, workout done/skipped)
create table reminder_deliveries (
  id bigserial primary key,
  user_id bigint not null references users (id) on delete cascade,
  chat_id bigint not null,
  kind text not null check (kind in ('workout', 'rest_day')),
  -- The local date the reminder is about (the workout's day); the reminder is due the evening before.
  for_date date not null,
  planned_workout_id bigint references planned_workouts (id) on delete set null,
  due_at timestamptz not null,
  -- Start of for_date in the user's zone: after this the reminder is useless and is skipped as stale.
  expires_at timestamptz not null,
  -- sendMessage parameters except chat_id (text, parse_mode, reply_markup), rendered when it became due.
  payload jsonb not null default '{}',
  status text not null default 'pending'
    check (status in ('pending', 'claimed', 'sending', 'sent', 'failed', 'stale', 'cancelled')),
  attempts integer not null default 0,
  not_before timestamptz,
  locked_by text,
  locked_until timestamptz,
  -- True once a send was repeated after an attempt whose outcome is unknown (crash or lost response).
  possible_duplicate boolean not null default false,
  telegram_message_id bigint,
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  sent_at timestamptz,
  -- The exactly-once key: one reminder of each kind per user and workout day.
  unique (user_id, for_date, kind)
);
create index reminder_deliveries_open on reminder_deliveries (due_at, id)
  where status in ('pending', 'claimed', 'sending');
create index reminder_deliveries_updated on reminder_deliveries (updated_at);

-- Figures for the status page (web app): one row. "Today" is the database server's day.
create view reminder_stats as
select
  count(*) filter (where status = 'sent' and sent_at >= date_trunc('day', now()))::int as sent_today,
  count(*) filter (where status = 'failed' and updated_at >= date_trunc('day', now()))::int as failed_today,
  count(*) filter (where status = 'stale' and updated_at >= date_trunc('day', now()))::int as stale_today,
  count(*) filter (where status = 'cancelled' and updated_at >= date_trunc('day', now()))::int
    as cancelled_today,
  count(*) filter (where possible_duplicate and updated_at >= date_trunc('day', now()))::int
    as possible_duplicates_today,
  count(*) filter (where status in ('pending', 'claimed', 'sending') and due_at <= now())::int as queued,
  coalesce(
    extract(epoch from now() - min(due_at) filter (where status in ('pending', 'claimed', 'sending')
      and due_at <= now())),
    0
  )::double precision as queue_lag_seconds,
  max(sent_at) as last_sent_at
from reminder_deliveries
where updated_at >= date_trunc('day', now()) or status in ('pending', 'claimed', 'sending');
