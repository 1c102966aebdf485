-- The coach (shared/coach): conversation memory, proposals waiting for Apply, and model usage.
-- Append-only: change with a new numbered file.

-- The last turns per runner (pruned to the newest few by the coach job). job_id makes an answer
-- idempotent: a retried job finds its turns and answers nothing twice. No foreign key to jobs: finished
-- jobs are pruned.
create table coach_turns (
  id bigserial primary key,
  user_id bigint not null references users (id) on delete cascade,
  job_id bigint,
  role text not null check (role in ('runner', 'coach')),
  text text not null,
  created_at timestamptz not null default now()
);
create index coach_turns_user on coach_turns (user_id, id);
create unique index coach_turns_job on coach_turns (job_id, role) where job_id is not null;

-- A change the coach computed and vetted; written only when the runner presses Apply (status moves
-- pending → applied once, under a row lock). payload is what Apply writes (proposalPayloadSchema).
create table coach_proposals (
  id bigserial primary key,
  user_id bigint not null references users (id) on delete cascade,
  intent jsonb not null,
  payload jsonb not null,
  summary text not null,
  status text not null default 'pending'
    check (status in ('pending', 'applied', 'cancelled', 'superseded', 'stale', 'expired', 'failed')),
  result jsonb,
  created_at timestamptz not null default now(),
  decided_at timestamptz
);
create index coach_proposals_user on coach_proposals (user_id, created_at);

-- One row per model call attempt sequence: the daily cap counts them, tokens are kept for cost.
create table coach_model_calls (
  id bigserial primary key,
  user_id bigint not null references users (id) on delete cascade,
  job_id bigint,
  model text not null,
  outcome text not null,
  attempts integer not null,
  prompt_tokens integer,
  completion_tokens integer,
  total_tokens integer,
  created_at timestamptz not null default now()
);
create index coach_model_calls_user on coach_model_calls (user_id, created_at);
