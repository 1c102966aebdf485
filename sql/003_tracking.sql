-- Workout tracking (shared/tracking). Append-only: change with a new numbered file.

-- "Missed" is both computed and stored. Computed: every view and statistic treats a workout still
-- 'planned' after its day (in the runner's zone) as missed, so it shows even if nothing marked it yet.
-- Stored: a new plan version deletes the still-'planned' workouts of older versions (saveActivePlan), so a
-- past workout left 'planned' would vanish with its history. mark_missed_workouts persists the status; it
-- runs whenever tracking touches a user and, through the trigger below, whenever a new plan version is
-- inserted — which happens before the old workouts are deleted, in the same transaction.
create function mark_missed_workouts(p_user bigint) returns integer
language plpgsql as $$
declare
  n integer;
begin
  update planned_workouts pw
     set status = 'missed', updated_at = now()
    from users u
   where u.id = pw.user_id
     and (p_user is null or pw.user_id = p_user)
     and pw.status = 'planned'
     and pw.type <> 'rest'
     and pw.workout_date < (now() at time zone u.time_zone)::date;
  get diagnostics n = row_count;
  return n;
end;
$$;

create function training_plans_mark_missed() returns trigger
language plpgsql as $$
begin
  perform mark_missed_workouts(new.user_id);
  return null;
end;
$$;

create trigger training_plans_mark_missed
  after insert on training_plans
  for each row execute function training_plans_mark_missed();

create index planned_workouts_user_status on planned_workouts (user_id, status, workout_date);

-- Offers to adjust the plan after setbacks (three missed/cancelled in 14 days, or sick/injured). The
-- offer's button carries its id: accepting twice enqueues one re-plan job (dedupe key replan:offer:<id>).
create table replan_offers (
  id bigserial primary key,
  user_id bigint not null references users (id) on delete cascade,
  trigger jsonb not null,
  status text not null default 'offered' check (status in ('offered', 'accepted', 'declined', 'done', 'failed')),
  result jsonb,
  created_at timestamptz not null default now(),
  decided_at timestamptz
);
create index replan_offers_user on replan_offers (user_id, created_at);
