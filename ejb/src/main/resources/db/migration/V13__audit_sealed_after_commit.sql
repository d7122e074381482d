-- Audit entries are written unsealed in the business transaction and chained (number, link, hash)
-- by the sealer right after they commit: the chain head is then locked for one short batch, not
-- across every business transaction's commit, which had made all writes wait in one line.
ALTER TABLE audit_entry ALTER COLUMN chain_no DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN hash DROP NOT NULL;
-- a subject's trail is read in the order it was written, sealed or not
CREATE INDEX audit_entry_subject_id_idx ON audit_entry (subject_type, subject_id, id);
DROP INDEX audit_entry_subject_idx;
