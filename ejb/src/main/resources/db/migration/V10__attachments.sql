-- Documents handed in for a request. The bytes are files in the attachment store, named by the server
-- (storage_name); the row holds what serving them safely needs, and the SHA-256 that proves a file is
-- still what was handed in. The sequence steps by 50, the entity's allocation size.
CREATE SEQUENCE attachment_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE attachment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    request_id     BIGINT        NOT NULL REFERENCES service_request (id),
    document_code  VARCHAR(40)   NOT NULL,
    original_name  VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    storage_name   VARCHAR(36)   NOT NULL,
    uploaded_by    VARCHAR(80)   NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT attachment_storage_uk UNIQUE (storage_name),
    CONSTRAINT attachment_size_ck CHECK (size_bytes > 0)
);
CREATE INDEX attachment_request_idx ON attachment (request_id, id);
