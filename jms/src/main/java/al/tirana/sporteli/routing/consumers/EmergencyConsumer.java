package al.tirana.sporteli.routing.consumers;

import al.tirana.sporteli.emergency.boundary.EmergencyInbox;
import al.tirana.sporteli.routing.boundary.MessageFailures;
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

    @Override
    public void onMessage(Message message) {
        Messages.handle(message, failures, inbox::accept);
    }
}
