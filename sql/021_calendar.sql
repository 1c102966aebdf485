-- Calendar subscriptions (shared/calendar): one random secret per runner; the web app serves the plan
-- as an .ics feed at /calendar/<secret>.ics. /calendar reset replaces the secret (the old URL then 404s).
-- Append-only: change with a new numbered file.
create table calendar_feeds (
  user_id bigint primary key references users (id) on delete cascade,
  secret text not null unique check (length(secret) >= 32),
  -- The runner's hour (local, 0-23) for the events; null = all-day events.
  event_hour smallint check (event_hour between 0 and 23),
  created_at timestamptz not null default now(),
  rotated_at timestamptz
);
