-- A task message is taken in once by its task's round (the unique key of request and round), so it needs no
-- line in the consumers' ledger. The task keeps the time its message was sent beside the time it was filed
-- (created_at): the two give its routing time, which IT operations and the capacity bench read from here.
-- Tasks filed before this column existed have no sending time.
ALTER TABLE task ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
