package al.tirana.sporteli.audit.boundary;

import al.tirana.sporteli.audit.entity.AuditChainHead;
import al.tirana.sporteli.audit.entity.AuditEntry;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Chains the committed, unsealed audit entries: each gets the next number, the previous entry's hash
 * and its own hash. The head of the chain is locked for one batch at a time, so the chain has one
 * order even when two sealers meet (the timer and a verification).
 */
@Stateless
public class AuditSeals {

    static final int BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** @return how many entries were sealed */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long sealPending() {
        AuditSeals self = context.getBusinessObject(AuditSeals.class);
        long sealed = 0;
        int batch;
        do {
            batch = self.sealBatch();
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealBatch() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        // read after the lock: what another sealer sealed before us is committed and no longer pending
        List<AuditEntry> pending = em.createNamedQuery(AuditEntry.FIND_UNSEALED, AuditEntry.class)
                .setMaxResults(BATCH)
                .getResultList();
        for (AuditEntry entry : pending) {
            entry.seal(head.lastNo() + 1, head.lastHash());
            head.advance(entry);
        }
        return pending.size();
    }
}
