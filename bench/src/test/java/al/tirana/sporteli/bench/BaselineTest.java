package al.tirana.sporteli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BaselineTest {

    /**
     * The hash the application's AuditEntry.computeHash gives for these fields, so that baseline appends
     * keep the audit chain verifiable.
     */
    @Test
    void hashesAuditEntriesAsTheApplicationDoes() {
        String hash = Baseline.auditHash(1L, Instant.ofEpochMilli(1_790_000_000_123L), "api:bench-baseline", null, null,
                "127.0.0.1", "PORTAL", "request.submit", "request", "2026-000001-5", null,
                "status=RECEIVED;step=0;queue=NA01", "0".repeat(64));
        assertEquals("8b8e941c3f65698183149d6ec865518257b8fe7e7e514e8c5d86972af690feeb", hash);
    }
}
