-- Every routed message a consumer has handled, by its message id: a redelivered
-- message finds its id here and is not processed a second time.
CREATE TABLE processed_message (
    message_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
    destination  VARCHAR(120)             NOT NULL,
    kind         VARCHAR(60)              NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
