-- Who holds an outgoing message's lease (`host:pid:random`), like telegram_updates and jobs: a sender
-- restarted on the same host takes back at once the messages its killed predecessor had in flight,
-- while the leases of live senders (a standby bot-poller, another host) run their course. Not indexed,
-- so setting it with the lease keeps the claim a HOT update.
alter table outgoing_messages add column if not exists locked_by text;
