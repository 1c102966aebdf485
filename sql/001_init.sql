-- Core schema. Append-only: change the schema with a new numbered file, never by editing this one.

-- Telegram users who talked to the bot. id is Telegram's user id; chat_id their private chat.
create table users (
  id bigint primary key,
  chat_id bigint not null,
  first_name text not null default '',
  last_name text,
  username text,
  language_code text,
  time_zone text not null default 'UTC',
  -- false once Telegram answers 403 (the user blocked the bot): no more reminders until they write again.
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- The runner's answers, validated by the profile schema (shared/profile) when written and when read.
create table runner_profiles (
  user_id bigint primary key references users (id) on delete cascade,
  profile jsonb not null,
  reminder_hour smallint not null default 19 check (reminder_hour between 0 and 23),
  reminders_enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Plans are versioned; exactly one active plan per user (partial unique index below).
create table training_plans (
  id bigserial primary key,
  user_id bigint not null references users (id) on delete cascade,
  version integer not null,
  status text not null default 'active' check (status in ('active', 'superseded')),
  source text not null check (source in ('llm', 'deterministic')),
  input jsonb not null,
  plan jsonb not null,
  meta jsonb not null default '{}',
  created_at timestamptz not null default now(),
  unique (user_id, version)
);
create unique index training_plans_one_active on training_plans (user_id) where status = 'active';

create table planned_workouts (
  id bigserial primary key,
  plan_id bigint not null references training_plans (id) on delete cascade,
  user_id bigint not null references users (id) on delete cascade,
  workout_date date not null,
  week_index integer not null,
  type text not null,
  title text not null,
  distance_km numeric(6, 2),
  duration_min integer,
  details jsonb not null default '{}',
  status text not null default 'planned' check (status in ('planned', 'done', 'cancelled', 'missed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index planned_workouts_user_date on planned_workouts (user_id, workout_date);
create index planned_workouts_plan on planned_workouts (plan_id);

create table workout_completions (
  id bigserial primary key,
  user_id bigint not null references users (id) on delete cascade,
  planned_workout_id bigint references planned_workouts (id) on delete set null,
  completed_on date not null,
  distance_km numeric(6, 2),
  duration_sec integer,
  avg_hr smallint,
  rpe smallint check (rpe between 1 and 10),
  source text not null check (source in ('button', 'log', 'vision')),
  notes text,
  created_at timestamptz not null default now()
);
-- A double tap on "Done" records one completion.
create unique index workout_completions_once on workout_completions (planned_workout_id)
  where planned_workout_id is not null;
create index workout_completions_user_date on workout_completions (user_id, completed_on);

create table workout_cancellations (
  id bigserial primary key,
  user_id bigint not null references users (id) on delete cascade,
  planned_workout_id bigint not null unique references planned_workouts (id) on delete cascade,
  reason text not null check (reason in ('sick', 'injured', 'no_time', 'weather', 'other')),
  note text,
  created_at timestamptz not null default now()
);

-- Durable inbox: every update from getUpdates or the webhook lands here before it is confirmed.
create table telegram_updates (
  update_id bigint primary key,
  payload jsonb not null,
  source text not null check (source in ('polling', 'webhook')),
  -- Updates of one chat are handled in update_id order; chat_id lets handlers serialise per chat.
  chat_id bigint,
  status text not null default 'pending' check (status in ('pending', 'processed', 'failed')),
  attempts integer not null default 0,
  locked_by text,
  locked_until timestamptz,
  last_error text,
  received_at timestamptz not null default now(),
  processed_at timestamptz
);
create index telegram_updates_pending on telegram_updates (update_id) where status = 'pending';
create index telegram_updates_chat_pending on telegram_updates (chat_id, update_id) where status = 'pending';

-- Messages an update handler decided to send. Written in the handler's transaction, sent after commit,
-- marked sent with Telegram's message id: a crash between send and mark re-sends at most once, detected.
create table outgoing_messages (
  id bigserial primary key,
  update_id bigint references telegram_updates (update_id) on delete set null,
  chat_id bigint not null,
  method text not null,
  payload jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  attempts integer not null default 0,
  -- Earliest next try (after a 429's retry_after or a backoff); a claim's lease while status = 'sending'.
  not_before timestamptz,
  locked_until timestamptz,
  telegram_message_id bigint,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outgoing_messages_pending on outgoing_messages (id) where status in ('pending', 'sending');
create index outgoing_messages_chat_pending on outgoing_messages (chat_id, id) where status in ('pending', 'sending');

-- Background work (plan generation, screenshot analysis…): see shared/queue.
create table jobs (
  id bigserial primary key,
  queue text not null,
  payload jsonb not null,
  status text not null default 'pending'
    check (status in ('pending', 'running', 'completed', 'dead')),
  attempts integer not null default 0,
  max_attempts integer not null default 5,
  run_at timestamptz not null default now(),
  locked_by text,
  locked_until timestamptz,
  last_error text,
  result jsonb,
  -- Enqueueing twice with the same key (e.g. a retried update) creates one job.
  dedupe_key text unique,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz
);
create index jobs_ready on jobs (queue, run_at) where status = 'pending';
create index jobs_running on jobs (locked_until) where status = 'running';

-- Where each user is in a multi-step conversation (profile dialog, workout form…).
create table conversation_state (
  user_id bigint primary key references users (id) on delete cascade,
  kind text not null,
  state jsonb not null,
  updated_at timestamptz not null default now()
);
