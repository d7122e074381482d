-- Messages for the queues are written here, in the business transaction that causes them, and a relay
-- moves them to the broker in batches right after that transaction commits. Intake then commits against
-- the database alone instead of a two-phase commit with the broker for every request, and one broker
-- transaction carries many messages. The relay deletes a row in the same transaction that sends it.
CREATE SEQUENCE outbox_message_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE outbox_message (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    -- the Operational Center's messages leave first
    priority     SMALLINT                 NOT NULL,
    destination  VARCHAR(120)             NOT NULL,
    message_id   VARCHAR(64)              NOT NULL,
    kind         VARCHAR(60)              NOT NULL,
    body         VARCHAR(8000)            NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outbox_message_order_idx ON outbox_message (priority DESC, id);
