package al.tirana.sporteli.routing.consumers;

import al.tirana.sporteli.routing.boundary.MessageFailures;
import al.tirana.sporteli.routing.control.MalformedMessageException;
import al.tirana.sporteli.routing.control.RoutedMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.function.BiConsumer;

/** What every consumer does around its one boundary call: read the message, and on failure note why and rethrow. */
final class Messages {

    private Messages() {
    }

    static void handle(Message message, MessageFailures failures, BiConsumer<RoutedMessage, String> boundary) {
        String destination = "?";
        String messageId = null;
        try {
            destination = String.valueOf(message.getJMSDestination());
            messageId = message.getJMSMessageID();
            if (!(message instanceof TextMessage text)) {
                throw new MalformedMessageException("Expected a JSON text message, got " + message.getClass().getSimpleName());
            }
            boundary.accept(RoutedMessage.fromJson(text.getText()), destination);
        } catch (JMSException e) {
            failures.record(messageId, destination, e);
            // rethrown so the container rolls back and the broker redelivers
            throw new IllegalStateException("Could not read message", e);
        } catch (RuntimeException e) {
            // the reason outlives the rollback, for the operator who finds the message in the dead-letter queue
            failures.record(messageId, destination, e);
            throw e;
        }
    }
}
