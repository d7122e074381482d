-- Staff accounts for the back office and the API: who they are, the unit or department they belong to
-- (none for central staff), their roles, and what the lockout needs. Passwords are stored only as
-- PBKDF2-SHA256 hashes. No account is created here: the first administrator comes from the
-- SPORTELI_ADMIN_PASSWORD setting, and demo accounts only in demo mode.
CREATE SEQUENCE staff_account_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE staff_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    organisation    VARCHAR(12),
    password_hash   VARCHAR(300) NOT NULL,
    active          BOOLEAN      NOT NULL,
    failed_logins   INTEGER      NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_login_at   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT staff_account_username_uk UNIQUE (username)
);

CREATE TABLE staff_account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT staff_account_role_account_fk FOREIGN KEY (account_id) REFERENCES staff_account (id)
);
