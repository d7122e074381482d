package al.tirana.sporteli.audit.control;

import al.tirana.sporteli.audit.entity.AuditEntry;
import al.tirana.sporteli.platform.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes an audit entry inside the caller's transaction: the entry exists exactly when the change it
 * describes was committed. It is chained by the sealer (AuditSeals) right after, not here, so that
 * no business transaction holds the chain's head while it commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public AuditEntry record(Caller caller, String action, String subjectType, String subjectId, String before, String after) {
        AuditEntry entry = new AuditEntry(clock.instant(), clip(caller.name(), 80), caller.primaryRole(),
                clip(caller.organisation(), 12), clip(caller.address(), 64), caller.channel().name(), action, subjectType,
                subjectId == null || subjectId.isEmpty() ? "-" : clip(subjectId, 40),
                truncate(before), truncate(after));
        em.persist(entry);
        return entry;
    }

    /**
     * Refusals of malformed input are audited too, with whatever was sent as the name or the subject:
     * cut to the column, so that the record of a hostile attempt is always written.
     */
    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String truncate(String state) {
        return state == null || state.length() <= 4000 ? state : state.substring(0, 3990) + "…";
    }
}
