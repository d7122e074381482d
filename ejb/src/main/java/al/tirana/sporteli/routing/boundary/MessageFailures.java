package al.tirana.sporteli.routing.boundary;

import al.tirana.sporteli.routing.entity.MessageFailure;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Remembers why a consumer failed on a message. It commits on its own, because the consumer's
 * transaction is about to roll back so that the broker redelivers the message.
 */
@Stateless
public class MessageFailures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String messageId, String destination, Throwable failure) {
        if (messageId == null) {
            return;
        }
        String id = plainId(messageId);
        MessageFailure row = em.find(MessageFailure.class, id);
        if (row == null) {
            row = new MessageFailure(id, destination.length() > 120 ? destination.substring(0, 120) : destination);
            em.persist(row);
        }
        row.failed(reason(failure), clock.instant());
    }

    public Map<String, MessageFailure> byMessageIds(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        List<MessageFailure> rows = em.createQuery("select f from MessageFailure f where f.messageId in :ids", MessageFailure.class)
                .setParameter("ids", messageIds).getResultList();
        return rows.stream().collect(Collectors.toMap(MessageFailure::messageId, Function.identity()));
    }

    /** The broker's message id without the "ID:" that JMS puts before it, as its management beans show it. */
    public static String plainId(String jmsMessageId) {
        return jmsMessageId.startsWith("ID:") ? jmsMessageId.substring(3) : jmsMessageId;
    }

    /** The first cause that is not the container's wrapping says what went wrong. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause.getClass().getName().startsWith("jakarta.ejb.") || cause.getMessage() == null)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
