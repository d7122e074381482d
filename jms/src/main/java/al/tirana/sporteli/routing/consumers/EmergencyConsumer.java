package al.tirana.sporteli.routing.consumers;

import al.tirana.sporteli.emergency.boundary.EmergencyInbox;
import al.tirana.sporteli.routing.boundary.MessageFailures;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The Operational Center's consumer: a bean of its own, with its own sessions on its own queue, so
 * no backlog in the units' queues stands between an emergency and the board.
 */
public class EmergencyConsumer implements MessageListener {

    @Inject
    EmergencyInbox inbox;

    @Inject
    MessageFailures failures;

    /**
     * Outside a transaction: the boundary commits its own, against the database alone, and the message
     * is acknowledged after it. A redelivery after a lost acknowledgement finds the task or ledger line the
     * first delivery wrote and does nothing, so no two-phase commit with the broker is needed for each
     * message.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onMessage(Message message) {
        Messages.handle(message, failures, inbox::accept);
    }
}
