-- The pruning job (outbox.OutboxOpruimer) deletes published messages older than the retention, oldest first: a
-- partial index over the publication time of published rows finds them without reading the whole table.

create index outbox_gepubliceerd on outbox (gepubliceerd_op) where gepubliceerd_op is not null;
