-- The outbox row of the message that carries a dialog's current buttons. When the runner answers by
-- typing (or the question is asked again), those buttons are removed, so only the current question has
-- live buttons. Its Telegram message id is on the outbox row once sent; no foreign key (the outbox is
-- pruned after 7 days, the dialog may wait longer).
alter table conversation_state add column if not exists prompt_outgoing_id bigint;
