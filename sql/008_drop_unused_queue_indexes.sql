-- The inbox and outbox claims find each chat's oldest pending row through the (chat_id, …) partial
-- indexes; nothing reads the single-column "pending" indexes any more. Each of them cost an index entry
-- for every row inserted or moved, and a dead entry for every row handled.
drop index if exists telegram_updates_pending;
drop index if exists outgoing_messages_pending;
