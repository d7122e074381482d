-- The (status, target_due_at) index served the escalation's old search for overdue requests. That search
-- now reads breach_at through service_request_breach_idx, and no other query filters on the target, so
-- the index only cost every intake and every change of status one more index entry to write.
DROP INDEX service_request_status_due_idx;
