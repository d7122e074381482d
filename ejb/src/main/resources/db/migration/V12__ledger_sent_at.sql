-- When the sender stamped the message, beside when the consumer handled it: the two give the
-- routing time of every message, which IT operations and the capacity bench read from here.
-- Lines written before this column existed have no sending time.
ALTER TABLE processed_message ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
