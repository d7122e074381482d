package al.tirana.sporteli.routing.consumers;

import al.tirana.sporteli.routing.boundary.RoutedWork;
import al.tirana.sporteli.routing.control.MalformedMessageException;
import al.tirana.sporteli.routing.control.RoutedMessage;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Files the work that arrives on a unit's or department's queue. One class, one bean per queue:
 * META-INF/ejb-jar.xml declares an instance for each queue of config/configure-messaging.cli.
 */
public class WorkQueueConsumer implements MessageListener {

    @Inject
    RoutedWork routedWork;

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                throw new MalformedMessageException("Expected a JSON text message, got " + message.getClass().getSimpleName());
            }
            routedWork.accept(RoutedMessage.fromJson(text.getText()), String.valueOf(message.getJMSDestination()));
        } catch (JMSException e) {
            // rethrown so the container rolls back and the broker redelivers
            throw new IllegalStateException("Could not read message", e);
        }
    }
}
