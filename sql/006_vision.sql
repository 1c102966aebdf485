-- Workout screenshots read by the vision app (shared/vision). Append-only: change with a new numbered file.

-- One row per analysed screenshot, keyed by its vision job: the job handler inserts it (on conflict do
-- nothing) in the same transaction that queues the result message, so a retried or duplicated job run
-- never answers twice. Buttons under the result (Confirm / Edit / Discard) refer to the row's id.
create table vision_extractions (
  id bigserial primary key,
  job_id bigint not null unique references jobs (id) on delete cascade,
  user_id bigint not null references users (id) on delete cascade,
  chat_id bigint not null,
  -- workout: plausible numbers, can be confirmed; implausible: numbers that fail the checks (Edit or
  -- Discard only); not_workout: nothing to record; rejected: not an image, too large or unavailable.
  outcome text not null check (outcome in ('workout', 'implausible', 'not_workout', 'rejected')),
  method text check (method in ('llm', 'ocr')),
  -- The extracted numbers (shared/vision WorkoutReading, validated when read back).
  reading jsonb,
  -- Plausibility problems, the reject reason…
  detail jsonb not null default '{}',
  status text not null default 'open' check (status in ('open', 'confirmed', 'discarded', 'closed')),
  completion_id bigint references workout_completions (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index vision_extractions_user on vision_extractions (user_id, created_at);

-- "Still working on it" notes already sent for a slow job (at most one per job, even across retries).
create table vision_progress_notes (
  job_id bigint primary key references jobs (id) on delete cascade,
  created_at timestamptz not null default now()
);
