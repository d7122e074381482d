-- Administrative units and central departments: the places where work is done.
-- Ids come from sequences stepping by 50, the allocation size of the entities;
-- seeded rows take ids below the first block the application draws.

CREATE SEQUENCE administrative_unit_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE administrative_unit (
    id       BIGINT       NOT NULL PRIMARY KEY,
    code     VARCHAR(8)   NOT NULL,
    name_sq  VARCHAR(120) NOT NULL,
    name_en  VARCHAR(120) NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    ordinal  INTEGER      NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT administrative_unit_code_uk UNIQUE (code),
    CONSTRAINT administrative_unit_kind_ck CHECK (kind IN ('URBAN', 'FORMER_COMMUNE'))
);

CREATE SEQUENCE department_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE department (
    id       BIGINT       NOT NULL PRIMARY KEY,
    code     VARCHAR(12)  NOT NULL,
    name_sq  VARCHAR(160) NOT NULL,
    name_en  VARCHAR(160) NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT department_code_uk UNIQUE (code)
);
