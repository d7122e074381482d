-- When the escalation warns of a nearing service target, kept with the due times: three quarters of
-- the way to a short target instead of a fixed day before any target, which warned every request of a
-- service of a day or less at intake. Requests already filed keep the day's lead they were given.
ALTER TABLE service_request ADD COLUMN warn_at TIMESTAMP WITH TIME ZONE;
UPDATE service_request SET warn_at = target_due_at - INTERVAL '24' HOUR WHERE target_due_at IS NOT NULL;
CREATE INDEX service_request_warn_idx ON service_request (status, warn_at);
