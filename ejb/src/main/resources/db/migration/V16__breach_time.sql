-- When the escalation marks a request overdue, kept with the due times as the warning time is: the
-- legal deadline where the law sets one, else the service target. Its query was an OR over the two
-- columns, which no index serves, so every run read every request awaiting a decision. Both indexes
-- hold the flag the escalation sets after the status, so that requests already warned or marked are not read again.
ALTER TABLE service_request ADD COLUMN breach_at TIMESTAMP WITH TIME ZONE;
UPDATE service_request SET breach_at = COALESCE(legal_due_at, target_due_at);
CREATE INDEX service_request_breach_idx ON service_request (status, breached, breach_at);
DROP INDEX service_request_warn_idx;
CREATE INDEX service_request_warn_idx ON service_request (status, warned, warn_at);
