-- A foreign key makes PostgreSQL look up the referencing rows for every referenced row deleted. Without
-- an index on the referencing column each look-up scans the whole table:
-- - outgoing_messages.update_id: the hourly prune of a few thousand old updates scanned the whole outbox
--   once per update (5,000 updates with 100,000 messages kept took 16 s, growing with the square of the
--   traffic). The column only records which update a reply answered, so it stays, without the
--   constraint (which also cost a look-up in telegram_updates for every reply queued).
-- - reminder_deliveries.planned_workout_id: a new plan deletes the old plan's untouched workouts, up to a
--   few hundred, each scanning every reminder ever materialised.
-- - vision_extractions.completion_id, workout_cancellations.user_id: deleting an account.
alter table outgoing_messages drop constraint if exists outgoing_messages_update_id_fkey;
create index if not exists reminder_deliveries_planned_workout on reminder_deliveries (planned_workout_id)
  where planned_workout_id is not null;
create index if not exists vision_extractions_completion on vision_extractions (completion_id)
  where completion_id is not null;
create index if not exists workout_cancellations_user on workout_cancellations (user_id);
