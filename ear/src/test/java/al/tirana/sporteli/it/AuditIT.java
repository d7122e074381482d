package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.audit.boundary.AuditLog;
import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.audit.entity.AuditEntry;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.Role;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AuditIT {

    private static final Caller AUDITOR = new Caller("auditor.it", EnumSet.of(Role.AUDITOR), null, "127.0.0.1", Channel.DESK);
    private static final Caller OFFICER = new Caller("officer.it", EnumSet.of(Role.UNIT_OFFICER), "NA03", "10.0.0.7", Channel.DESK);

    @Deployment
    static EnterpriseArchive deployment() {
        return SporteliDeployment.withProbe(AuditIT.class);
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog log;

    @Resource
    UserTransaction transaction;

    private AuditEntry append(String subject, String after) throws Exception {
        transaction.begin();
        try {
            AuditEntry entry = trail.record(OFFICER, "test.change", "test", subject, "before", after);
            transaction.commit();
            return entry;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    @Test
    void recordsWhoWhatWhenAndFromWhere() throws Exception {
        String subject = UUID.randomUUID().toString();

        append(subject, "after");

        AuditEntry entry = log.forSubject("test", subject).get(0);
        assertEquals("officer.it", entry.actor());
        assertEquals("UNIT_OFFICER", entry.actorRole());
        assertEquals("NA03", entry.actorUnit());
        assertEquals("10.0.0.7", entry.address());
        assertEquals("DESK", entry.channel());
        assertEquals("before", entry.before());
        assertEquals("after", entry.after());
    }

    @Test
    void chainsEachEntryToThePreviousOne() throws Exception {
        String one = UUID.randomUUID().toString();
        String two = UUID.randomUUID().toString();
        append(one, "one");
        append(two, "two");

        assertTrue(log.verify(AUDITOR).intact());
        AuditEntry first = log.forSubject("test", one).get(0);
        AuditEntry second = log.forSubject("test", two).get(0);
        assertTrue(second.chainNo() > first.chainNo());
        assertNotNull(second.previousHash());
    }

    @Test
    void theSealerChainsACommittedEntryWithinSecondsWithoutAVerification() throws Exception {
        String subject = UUID.randomUUID().toString();
        AuditEntry written = append(subject, "sealed later");
        assertNull(written.chainNo(), "the business transaction does not take the chain's head");

        Instant deadline = Instant.now().plusSeconds(10);
        while (log.forSubject("test", subject).get(0).chainNo() == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        AuditEntry sealed = log.forSubject("test", subject).get(0);
        assertNotNull(sealed.chainNo(), "sealed by the timer");
        assertEquals(sealed.computeHash(), sealed.hash());
    }

    @Test
    void verificationFindsATamperedEntryAndRestoringItHealsTheChain() throws Exception {
        String subject = UUID.randomUUID().toString();
        append(subject, "the original text");
        append(UUID.randomUUID().toString(), "a later entry");
        assertTrue(log.verify(AUDITOR).intact());
        AuditEntry victim = log.forSubject("test", subject).get(0);
        DataSource dataSource = (DataSource) new InitialContext().lookup(
                "java:jboss/datasources/sporteli-" + System.getenv().getOrDefault("SPORTELI_DB", "h2"));

        setAfterState(dataSource, victim.chainNo(), "a forged text");
        try {
            AuditLog.Verification verification = log.verify(AUDITOR);

            assertTrue(verification.firstBrokenLink().isPresent());
            assertEquals(victim.chainNo(), verification.firstBrokenLink().get().chainNo());
        } finally {
            setAfterState(dataSource, victim.chainNo(), "the original text");
        }
        assertTrue(log.verify(AUDITOR).intact());
    }

    @Test
    void onlyAuditorsVerify() {
        assertThrows(AccessDeniedException.class, () -> log.verify(OFFICER));
    }

    private static void setAfterState(DataSource dataSource, long chainNo, String text) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update audit_entry set after_state = ? where chain_no = ?")) {
            update.setString(1, text);
            update.setLong(2, chainNo);
            assertEquals(1, update.executeUpdate());
        }
    }
}
