package al.tirana.sporteli.routing.boundary;

import al.tirana.sporteli.platform.control.DatabaseProduct;
import al.tirana.sporteli.routing.control.RequestDispatcher;
import al.tirana.sporteli.routing.entity.OutboxMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Relays the outbox to the broker. A batch is committed on the broker first and then deleted here, so
 * each message reaches its queue at least once, also across a crash; the consumers take each message in
 * once (a task by its round, any other message by its id in their ledger), which makes it exactly once
 * in effect. Rows locked by another relay (another server of a cluster) are skipped, not waited for.
 */
@Stateless
public class Outbox {

    public static final int BATCH = 500;

    private static final String NEXT_BATCH = "SELECT * FROM outbox_message ORDER BY priority DESC, id"
            + " FETCH FIRST " + BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED";

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestDispatcher dispatcher;

    @Inject
    DatabaseProduct database;

    /** @return how many messages were sent */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int relayBatch() {
        if (database.isPostgres()) {
            // The table is emptied as fast as it fills, so between two autovacuum runs it is a few live rows among
            // tens of thousands of dead ones; its statistics say a few rows, and the planner reads every page (a
            // sequential scan, milliseconds and growing) to find them, where the indexes lead to them at once.
            // The commit need not wait for the disk: it only deletes rows already on the broker, and should a crash
            // of the database lose it, the rows come back and are sent again, which the consumers drop as repeats
            em.createNativeQuery("SELECT set_config('enable_seqscan', 'off', true),"
                    + " set_config('synchronous_commit', 'off', true)").getSingleResult();
        }
        List<OutboxMessage> batch = em.createNativeQuery(NEXT_BATCH, OutboxMessage.class).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        dispatcher.transmit(batch);
        em.createQuery("DELETE FROM OutboxMessage m WHERE m.id IN :ids")
                .setParameter("ids", batch.stream().map(OutboxMessage::id).toList())
                .executeUpdate();
        return batch.size();
    }

    /** Messages written and not yet sent: IT operations watch it; it stays near zero. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long pending() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m", Long.class).getSingleResult();
    }
}
