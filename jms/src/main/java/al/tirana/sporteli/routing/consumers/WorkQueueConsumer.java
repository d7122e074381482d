package al.tirana.sporteli.routing.consumers;

import al.tirana.sporteli.routing.boundary.MessageFailures;
import al.tirana.sporteli.routing.boundary.RoutedWork;
import al.tirana.sporteli.routing.control.RoutedMessage;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.concurrent.Semaphore;

/**
 * Files the work that arrives on a unit's or department's queue. One class, one bean per queue:
 * META-INF/ejb-jar.xml declares an instance for each queue of config/configure-messaging.cli.
 */
public class WorkQueueConsumer implements MessageListener {

    /**
     * How many messages of all the units' and departments' queues are handled at once, across their
     * sessions: one per core (or {@code sporteli.routing.concurrency}). Each queue keeps its own sessions so
     * that no queue waits for another's backlog, but a backlog across many queues would otherwise keep a
     * runnable thread per session and leave the Operational Center's consumer a sliver of the processors.
     */
    static final Semaphore IN_HAND = new Semaphore(Integer.getInteger("sporteli.routing.concurrency",
            Runtime.getRuntime().availableProcessors()), true);

    @Inject
    RoutedWork routedWork;

    @Inject
    MessageFailures failures;

    /**
     * Outside a transaction: the boundary commits its own, against the database alone, and the message
     * is acknowledged after it. A redelivery after a lost acknowledgement finds the ledger line and does
     * nothing, so no two-phase commit with the broker is needed for each message.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onMessage(Message message) {
        IN_HAND.acquireUninterruptibly();
        try {
            Messages.handle(message, failures, (routed, destination) -> routedWork.accept(routed, destination));
        } finally {
            IN_HAND.release();
        }
    }
}
