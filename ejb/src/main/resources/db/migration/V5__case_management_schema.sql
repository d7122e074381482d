-- The case-management core: service catalog, requests and their tasks, the holiday calendar,
-- unit territories, the audit chain and API clients. Sequences step by 50, the entities' allocation size.

-- Service catalog: every change of a service makes a new version; requests keep the version they started with.
CREATE SEQUENCE service_definition_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE service_definition (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL,
    version_no          INTEGER       NOT NULL,
    current_version     BOOLEAN       NOT NULL,
    name_sq             VARCHAR(200)  NOT NULL,
    name_en             VARCHAR(200)  NOT NULL,
    category            VARCHAR(30)   NOT NULL,
    legal_basis         VARCHAR(300),
    fee_lek             INTEGER       NOT NULL DEFAULT 0,
    handler_kind        VARCHAR(20)   NOT NULL,
    handler_department  VARCHAR(12)   REFERENCES department (code),
    channels            VARCHAR(60)   NOT NULL,
    legal_amount        INTEGER,
    legal_unit          VARCHAR(20),
    target_amount       INTEGER       NOT NULL,
    target_unit         VARCHAR(20)   NOT NULL,
    target_published    BOOLEAN       NOT NULL,
    silence_rule        VARCHAR(20)   NOT NULL,
    extension_limit     INTEGER       NOT NULL DEFAULT 0,
    emergency           BOOLEAN       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(80)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT service_definition_version_uk UNIQUE (code, version_no),
    CONSTRAINT service_definition_handler_ck CHECK (handler_kind IN ('DEPARTMENT', 'UNIT', 'EMERGENCY_CENTER')),
    CONSTRAINT service_definition_silence_ck CHECK (silence_rule IN ('TACIT_APPROVAL', 'TACIT_REFUSAL', 'NONE'))
);

CREATE TABLE service_document (
    service_id     BIGINT       NOT NULL REFERENCES service_definition (id),
    position       INTEGER      NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    name_sq        VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    mandatory      BOOLEAN      NOT NULL,
    allowed_types  VARCHAR(100) NOT NULL,
    PRIMARY KEY (service_id, position)
);

CREATE TABLE service_field (
    service_id  BIGINT       NOT NULL REFERENCES service_definition (id),
    position    INTEGER      NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name_sq     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    field_type  VARCHAR(20)  NOT NULL,
    mandatory   BOOLEAN      NOT NULL,
    PRIMARY KEY (service_id, position)
);

CREATE TABLE service_step (
    service_id    BIGINT       NOT NULL REFERENCES service_definition (id),
    position      INTEGER      NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    name_sq       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    role          VARCHAR(30)  NOT NULL,
    limit_amount  INTEGER      NOT NULL,
    limit_unit    VARCHAR(20)  NOT NULL,
    PRIMARY KEY (service_id, position)
);

-- Requests: one per citizen application, whatever the channel.
CREATE SEQUENCE service_request_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE service_request (
    id                BIGINT        NOT NULL PRIMARY KEY,
    tracking_number   VARCHAR(24)   NOT NULL,
    access_code_hash  VARCHAR(64)   NOT NULL,
    idempotency_key   VARCHAR(100),
    service_id        BIGINT        NOT NULL REFERENCES service_definition (id),
    service_code      VARCHAR(40)   NOT NULL,
    channel           VARCHAR(10)   NOT NULL,
    applicant_kind    VARCHAR(10)   NOT NULL,
    applicant_number  VARCHAR(12),
    applicant_name    VARCHAR(200)  NOT NULL,
    applicant_email   VARCHAR(200),
    applicant_phone   VARCHAR(40),
    address           VARCHAR(300),
    locality          VARCHAR(120),
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    unit_code         VARCHAR(8)    REFERENCES administrative_unit (code),
    description       VARCHAR(4000),
    field_values      VARCHAR(4000),
    status            VARCHAR(30)   NOT NULL,
    current_step      INTEGER       NOT NULL,
    queue_code        VARCHAR(12)   NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at         TIMESTAMP WITH TIME ZONE,
    legal_due_at      TIMESTAMP WITH TIME ZONE,
    target_due_at     TIMESTAMP WITH TIME ZONE,
    paused_since      TIMESTAMP WITH TIME ZONE,
    extension         INTEGER       NOT NULL DEFAULT 0,
    extension_reason  VARCHAR(500),
    warned            BOOLEAN       NOT NULL DEFAULT FALSE,
    breached          BOOLEAN       NOT NULL DEFAULT FALSE,
    decision_note     VARCHAR(2000),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT service_request_tracking_uk UNIQUE (tracking_number),
    CONSTRAINT service_request_idempotency_uk UNIQUE (idempotency_key)
);
CREATE INDEX service_request_queue_idx ON service_request (queue_code, status, id);
CREATE INDEX service_request_unit_idx ON service_request (unit_code, id);
CREATE INDEX service_request_status_due_idx ON service_request (status, target_due_at);

CREATE TABLE request_pause (
    request_id  BIGINT NOT NULL REFERENCES service_request (id),
    position    INTEGER NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (request_id, position)
);

-- Tasks: one step of one request, in the work queue of a unit or a department.
CREATE SEQUENCE task_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE task (
    id             BIGINT       NOT NULL PRIMARY KEY,
    request_id     BIGINT       NOT NULL REFERENCES service_request (id),
    round_no       INTEGER      NOT NULL,
    step_position  INTEGER      NOT NULL,
    step_code      VARCHAR(40)  NOT NULL,
    role           VARCHAR(30)  NOT NULL,
    queue_code     VARCHAR(12)  NOT NULL,
    assignee       VARCHAR(80),
    status         VARCHAR(20)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT task_round_uk UNIQUE (request_id, round_no)
);
CREATE INDEX task_queue_idx ON task (queue_code, status, id);

-- Notifications to staff: deadline warnings and breaches, for the officer's or head's queue.
CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE notification (
    id          BIGINT       NOT NULL PRIMARY KEY,
    queue_code  VARCHAR(12)  NOT NULL,
    recipient   VARCHAR(80),
    role        VARCHAR(30)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    request_id  BIGINT       NOT NULL REFERENCES service_request (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_queue_idx ON notification (queue_code, role, id);

-- Working-day calendar: public holidays as data, edited by administrators.
CREATE SEQUENCE holiday_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE holiday (
    id       BIGINT       NOT NULL PRIMARY KEY,
    holiday_date DATE     NOT NULL,
    name_sq  VARCHAR(160) NOT NULL,
    name_en  VARCHAR(160) NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT holiday_date_uk UNIQUE (holiday_date),
    CONSTRAINT holiday_kind_ck CHECK (kind IN ('FIXED', 'RELIGIOUS', 'DECLARED'))
);

-- Territory: the neighbourhoods and villages each unit serves, and optional boundary polygons (GeoJSON).
CREATE SEQUENCE unit_locality_seq START WITH 5000 INCREMENT BY 50;
CREATE TABLE unit_locality (
    id         BIGINT       NOT NULL PRIMARY KEY,
    unit_code  VARCHAR(8)   NOT NULL REFERENCES administrative_unit (code),
    name       VARCHAR(120) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    CONSTRAINT unit_locality_uk UNIQUE (unit_code, name),
    CONSTRAINT unit_locality_kind_ck CHECK (kind IN ('NEIGHBOURHOOD', 'VILLAGE'))
);

CREATE TABLE unit_boundary (
    unit_code   VARCHAR(8)    NOT NULL PRIMARY KEY REFERENCES administrative_unit (code),
    geojson     VARCHAR(100000) NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Audit: append-only, each entry chained to the one before by a SHA-256 hash.
CREATE SEQUENCE audit_entry_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    chain_no      BIGINT        NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(80)   NOT NULL,
    actor_role    VARCHAR(30),
    actor_unit    VARCHAR(12),
    address       VARCHAR(64),
    channel       VARCHAR(10),
    action        VARCHAR(40)   NOT NULL,
    subject_type  VARCHAR(30)   NOT NULL,
    subject_id    VARCHAR(40)   NOT NULL,
    before_state  VARCHAR(4000),
    after_state   VARCHAR(4000),
    previous_hash VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL,
    CONSTRAINT audit_entry_chain_uk UNIQUE (chain_no)
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id, chain_no);

-- The head of the audit chain: one row, locked by each append so the chain has one order.
CREATE TABLE audit_chain_head (
    id          INTEGER      NOT NULL PRIMARY KEY,
    last_no     BIGINT       NOT NULL,
    last_hash   VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (id, last_no, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Systems and Open311 clients, which authenticate with an API key (stored hashed).
CREATE SEQUENCE api_client_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE api_client (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    key_hash    VARCHAR(64)  NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_client_key_uk UNIQUE (key_hash)
);
