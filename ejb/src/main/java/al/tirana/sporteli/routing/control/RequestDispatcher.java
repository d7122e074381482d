package al.tirana.sporteli.routing.control;

import al.tirana.sporteli.routing.entity.OutboxMessage;
import al.tirana.sporteli.units.entity.UnitCode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The one place that puts messages on Sporteli's queues. It refuses to send outside a transaction:
 * the send must commit or roll back together with the business change that caused it. A message is
 * written to the outbox table in that transaction and reaches the broker right after the commit, through
 * the relay, in one broker transaction with the messages committed beside it (see BrokerLink).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RequestDispatcher {

    public static final String KIND_PROPERTY = "sporteliKind";
    public static final String ID_PROPERTY = "sporteliMessageId";

    private static final Object WAKE = new Object();
    private static final Object NOTICES = new Object();

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    OutboxSignal signal;

    @Inject
    BrokerLink brokerLink;

    @Inject
    Clock clock;

    private final Map<String, Destination> destinations = new ConcurrentHashMap<>();

    public void toUnit(UnitCode unit, RoutedMessage message) {
        send(Destinations.unitQueue(unit), message);
    }

    public void toDepartment(String departmentCode, RoutedMessage message) {
        send(Destinations.departmentQueue(departmentCode), message);
    }

    public void send(String queueJndiName, RoutedMessage message) {
        destination(queueJndiName);
        short priority = Destinations.EMERGENCY_QUEUE.equals(queueJndiName) ? OutboxMessage.URGENT : OutboxMessage.ORDINARY;
        em.persist(new OutboxMessage(priority, queueJndiName, message.id(), message.kind(), message.toJson(), clock.instant()));
        // one wake-up per transaction, urgent if any of its messages is
        AtomicBoolean urgent = onceAfterCommit(WAKE, AtomicBoolean::new, flag -> signal.wake(flag.get()));
        if (priority == OutboxMessage.URGENT) {
            urgent.set(true);
        }
    }

    /** Hands messages of the outbox to the broker and commits them there, before the caller deletes their rows. */
    public void transmit(List<OutboxMessage> messages) {
        brokerLink.sendAndCommit(messages, this::destination);
    }

    /**
     * Tells whoever listens on a topic that something changed, right after the transaction commits, so
     * that listeners never see a change that did not happen. A notice is not kept: a board that missed
     * one (a crash in between) shows the change with the next one, or on its next load.
     */
    public void announce(String topicJndiName, String text) {
        Destination topic = destination(topicJndiName);
        List<BrokerLink.Notice> notices = onceAfterCommit(NOTICES, ArrayList::new, brokerLink::tell);
        notices.add(new BrokerLink.Notice(topic, text));
    }

    /**
     * What the transaction holds under {@code key}, made on the first call; {@code action} gets it once,
     * after the transaction commits, with all that later calls added to it.
     */
    @SuppressWarnings("unchecked")
    private <T> T onceAfterCommit(Object key, Supplier<T> make, Consumer<T> action) {
        T held = (T) transaction.getResource(key);
        if (held == null) {
            T made = make.get();
            transaction.putResource(key, made);
            afterCommit(() -> action.accept(made));
            held = made;
        }
        return held;
    }

    private void afterCommit(Runnable action) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    /** Looked up on the first use of a name, so that a message for a queue that does not exist fails in its own transaction. */
    private Destination destination(String jndiName) {
        return destinations.computeIfAbsent(jndiName, name -> {
            try {
                return (Destination) new InitialContext().lookup(name);
            } catch (NamingException e) {
                throw new IllegalArgumentException("No queue is bound at " + name, e);
            }
        });
    }
}
