-- The inbox, the outbox and the job queue are rewritten constantly: every row is claimed (a lease) and
-- then marked done, a few seconds after it was inserted. Free space in each page (fillfactor) lets
-- PostgreSQL keep a claim's new row version on the same page (a HOT update, no new index entries when
-- no indexed column changed), and vacuuming after 2% dead rows instead of 20% keeps the partial
-- "pending" indexes free of the dead entries every claim would otherwise walk past.
alter table telegram_updates set (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 500);
alter table outgoing_messages set (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 500);
alter table jobs set (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 500);
