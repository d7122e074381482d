package al.tirana.sporteli.audit.boundary;

import al.tirana.sporteli.audit.entity.AuditEntry;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Reads and verifies the audit chain. */
@Stateless
public class AuditLog {

    /** How many entries verification reads at a time, so a long chain never sits in memory whole. */
    private static final int PAGE = 500;
    private static final String GENESIS = "0".repeat(64);

    /** The first entry whose hash or link does not match, or empty when the whole chain holds. */
    public record BrokenLink(long chainNo, String reason) {
    }

    public record Verification(long entriesChecked, Optional<BrokenLink> firstBrokenLink) {
        public boolean intact() {
            return firstBrokenLink.isEmpty();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditSeals seals;

    public List<AuditEntry> forSubject(String subjectType, String subjectId) {
        return em.createNamedQuery(AuditEntry.FIND_BY_SUBJECT, AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }

    /** Any subject's trail (an account's sign-ins, say), for auditors and administrators. */
    public List<AuditEntry> forSubject(String subjectType, String subjectId, Caller caller) {
        if (!caller.hasAny(EnumSet.of(Role.AUDITOR, Role.ADMIN, Role.SYSTEM))) {
            throw new AccessDeniedException("Only auditors read the audit trail of any subject");
        }
        return forSubject(subjectType, subjectId);
    }

    public Verification verify(Caller caller) {
        if (!caller.hasAny(EnumSet.of(Role.AUDITOR, Role.ADMIN, Role.SYSTEM))) {
            throw new AccessDeniedException("Only auditors verify the audit chain");
        }
        // everything committed so far is checked, not only what the sealer has reached
        seals.sealPending();
        long expectedNo = 1;
        String expectedPrevious = GENESIS;
        long checked = 0;
        List<AuditEntry> page;
        do {
            page = em.createNamedQuery(AuditEntry.FIND_CHAIN_PAGE, AuditEntry.class)
                    .setParameter("after", expectedNo - 1)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (AuditEntry entry : page) {
                if (entry.chainNo() != expectedNo) {
                    return new Verification(checked, Optional.of(new BrokenLink(expectedNo, "missing entry")));
                }
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return new Verification(checked, Optional.of(new BrokenLink(entry.chainNo(), "link to the previous entry does not match")));
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return new Verification(checked, Optional.of(new BrokenLink(entry.chainNo(), "content does not match its hash")));
                }
                checked++;
                expectedNo++;
                expectedPrevious = entry.hash();
            }
            em.clear();
        } while (page.size() == PAGE);
        return new Verification(checked, Optional.empty());
    }
}
