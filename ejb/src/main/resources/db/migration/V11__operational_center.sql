-- The Operational and Control Center: incidents with their timeline, linked requests and related
-- incidents, the teams it sends, and the reasons consumers failed on messages (shown next to each
-- dead-lettered message). Sequences step by 50, the entities' allocation size.
CREATE SEQUENCE incident_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE incident (
    id                BIGINT        NOT NULL PRIMARY KEY,
    kind              VARCHAR(30)   NOT NULL,
    severity          INTEGER       NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    source            VARCHAR(20)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    description       VARCHAR(2000),
    unit_code         VARCHAR(8)    REFERENCES administrative_unit (code),
    address           VARCHAR(300),
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    caller_name       VARCHAR(120),
    caller_phone      VARCHAR(40),
    signal_key        VARCHAR(160),
    reported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_by       VARCHAR(80)   NOT NULL,
    ack_due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at   TIMESTAMP WITH TIME ZONE,
    acknowledged_by   VARCHAR(80),
    escalation_level  INTEGER       NOT NULL DEFAULT 0,
    merged_into       BIGINT        REFERENCES incident (id),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT incident_severity_ck CHECK (severity BETWEEN 1 AND 4)
);
CREATE INDEX incident_status_idx ON incident (status, severity, reported_at);
CREATE INDEX incident_kind_idx ON incident (kind, reported_at);
CREATE INDEX incident_signal_idx ON incident (signal_key);

CREATE SEQUENCE incident_entry_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE incident_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    incident_id  BIGINT        NOT NULL REFERENCES incident (id),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    author       VARCHAR(80)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    text         VARCHAR(2000) NOT NULL
);
CREATE INDEX incident_entry_incident_idx ON incident_entry (incident_id, at);

CREATE TABLE incident_request (
    incident_id      BIGINT       NOT NULL REFERENCES incident (id),
    tracking_number  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (incident_id, tracking_number)
);
CREATE INDEX incident_request_number_idx ON incident_request (tracking_number);

CREATE TABLE incident_link (
    incident_id  BIGINT NOT NULL REFERENCES incident (id),
    related_id   BIGINT NOT NULL REFERENCES incident (id),
    PRIMARY KEY (incident_id, related_id)
);

CREATE TABLE team (
    code          VARCHAR(20)   NOT NULL PRIMARY KEY,
    name_sq       VARCHAR(120)  NOT NULL,
    name_en       VARCHAR(120)  NOT NULL,
    team_type     VARCHAR(30)   NOT NULL,
    unit_code     VARCHAR(8)    REFERENCES administrative_unit (code),
    skills        VARCHAR(300)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    incident_id   BIGINT        REFERENCES incident (id),
    status_since  TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);

-- The teams the center starts with; operators change their status, administrators add more.
INSERT INTO team (code, name_sq, name_en, team_type, unit_code, skills, status, status_since) VALUES
 ('MC-1', 'Mbrojtja Civile, skuadra 1', 'Civil Protection, squad 1', 'CIVIL_PROTECTION', NULL, 'rescue,first aid,evacuation', 'AVAILABLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
 ('MC-2', 'Mbrojtja Civile, skuadra 2', 'Civil Protection, squad 2', 'CIVIL_PROTECTION', NULL, 'rescue,pumps,flood barriers', 'AVAILABLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
 ('MC-3', 'Mbrojtja Civile, skuadra 3', 'Civil Protection, squad 3', 'CIVIL_PROTECTION', NULL, 'rescue,snow clearing,chainsaws', 'AVAILABLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
 ('PV-1', 'Ndërlidhja me Policinë Vendore', 'Local police liaison', 'POLICE_LIAISON', NULL, 'traffic control,cordon', 'AVAILABLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
 ('UK-1', 'Ujësjellës Kanalizime, ekipi i avarive', 'Water utility, breakdown crew', 'UTILITIES', NULL, 'water mains,sewers,pumps', 'AVAILABLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
 ('EL-1', 'Ekipi i ndriçimit dhe energjisë', 'Lighting and power crew', 'UTILITIES', NULL, 'electrical,street lights', 'AVAILABLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
 ('NA01-T', 'Ekipi në terren i Njësisë nr. 1', 'Unit 1 field team', 'UNIT_FIELD_TEAM', 'NA01', 'inspection,first aid', 'AVAILABLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
 ('NA05-T', 'Ekipi në terren i Njësisë nr. 5', 'Unit 5 field team', 'UNIT_FIELD_TEAM', 'NA05', 'inspection,first aid', 'AVAILABLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
 ('KASH-T', 'Ekipi në terren i Kasharit', 'Kashar field team', 'UNIT_FIELD_TEAM', 'KASH', 'inspection,snow clearing', 'AVAILABLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
 ('DAJT-T', 'Ekipi në terren i Dajtit', 'Dajt field team', 'UNIT_FIELD_TEAM', 'DAJT', 'mountain rescue,snow clearing', 'AVAILABLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');

CREATE TABLE message_failure (
    message_id      VARCHAR(100)  NOT NULL PRIMARY KEY,
    destination     VARCHAR(120)  NOT NULL,
    attempts        INTEGER       NOT NULL,
    last_error      VARCHAR(1000) NOT NULL,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What kind of emergency a citizen reports, so the incident it raises starts with the right kind.
INSERT INTO service_field (service_id, position, code, name_sq, name_en, field_type, mandatory) VALUES
 (16, 0, 'HAZARD', 'Lloji i emergjencës', 'Kind of emergency', 'TEXT', FALSE);
