package al.tirana.sporteli.routing.consumers;

import al.tirana.sporteli.routing.boundary.MessageFailures;
import al.tirana.sporteli.routing.boundary.RoutedWork;
import al.tirana.sporteli.routing.boundary.RoutedWork.Delivery;
import al.tirana.sporteli.routing.control.GroupCommit;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Files the work that arrives on a unit's or department's queue. One class, one bean per queue:
 * META-INF/ejb-jar.xml declares an instance for each queue of config/configure-messaging.cli.
 */
public class WorkQueueConsumer implements MessageListener {

    /**
     * The messages in hand on all the units' and departments' sessions, taken in together. Each queue
     * keeps its own sessions so that no queue waits for another's backlog; but the sessions' threads
     * wait here while one of them commits for all, so a backlog costs one transaction per batch. Under a
     * backlog (batches of 16 and more with others waiting; everyday traffic makes batches of a few) the
     * committing thread rests as long as each batch took before the next (or {@code sporteli.routing.rest}
     * times as long): the backlog gets half a thread at most, and the Operational Center's consumer and
     * the intake keep the processors.
     */
    static final GroupCommit<Delivery, Boolean> IN_HAND = new GroupCommit<>(Integer.getInteger("sporteli.routing.batch", 100),
            16, Double.parseDouble(System.getProperty("sporteli.routing.rest", "1")), GroupCommit::sleep);

    @Inject
    RoutedWork routedWork;

    @Inject
    MessageFailures failures;

    /**
     * Outside a transaction: the boundary commits its own, against the database alone, and the message
     * is acknowledged after it. A redelivery after a lost acknowledgement finds the task or ledger line the
     * first delivery wrote and does nothing, so no two-phase commit with the broker is needed for each
     * message. A message that comes again after a failure is taken in alone, so that it cannot fail a batch
     * twice.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onMessage(Message message) {
        boolean alone = redelivered(message);
        Messages.handle(message, failures, (routed, destination) -> {
            if (alone || IN_HAND.join(new Delivery(routed, destination), routedWork::acceptAll).isEmpty()) {
                routedWork.accept(routed, destination);
            }
        });
    }

    private static boolean redelivered(Message message) {
        try {
            return message.getJMSRedelivered();
        } catch (JMSException e) {
            return true;
        }
    }
}
