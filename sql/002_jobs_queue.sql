-- Job queue wake-ups (shared/queue). Append-only: change with a new numbered file.
--
-- Every job that becomes pending (a new job, or one put back after a failure, a release or by an operator)
-- notifies channel `jobs_ready` with its queue name, so idle workers claim at once instead of waiting for
-- their poll. pg_notify inside a transaction is delivered on commit and dropped on rollback; identical
-- notifications of one transaction are folded into one.
create function jobs_notify_ready() returns trigger
language plpgsql as $$
begin
  perform pg_notify('jobs_ready', new.queue);
  return null;
end;
$$;

create trigger jobs_notify_insert
  after insert on jobs
  for each row when (new.status = 'pending')
  execute function jobs_notify_ready();

create trigger jobs_notify_requeue
  after update of status on jobs
  for each row when (new.status = 'pending' and old.status <> 'pending')
  execute function jobs_notify_ready();
