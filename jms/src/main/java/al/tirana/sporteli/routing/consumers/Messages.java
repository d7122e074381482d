package al.tirana.sporteli.routing.consumers;

import al.tirana.sporteli.platform.control.DatabaseOutage;
import al.tirana.sporteli.routing.boundary.MessageFailures;
import al.tirana.sporteli.routing.control.MalformedMessageException;
import al.tirana.sporteli.routing.control.RoutedMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/** What every consumer does around its one boundary call: read the message, and on failure note why and rethrow. */
final class Messages {

    /**
     * How long a delivery that found the database down waits before it gives the message back. The
     * broker tries a message four times, 1, 2 and 4 s apart, before the dead-letter queue: right for a
     * poison message, but a database restart outlasts those 7 s, and every message taken meanwhile
     * would end among the dead letters though nothing is wrong with it. Waiting here stretches the four
     * attempts over some 45 s. The consumer could do nothing else meanwhile anyway.
     */
    static final long OUTAGE_BACKOFF_SECONDS = 10;

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
            if (DatabaseOutage.causedBy(e)) {
                // nothing can be recorded without the database; the message is fine, so try it again later
                backOff();
                throw e;
            }
            // the reason outlives the rollback, for the operator who finds the message in the dead-letter queue
            failures.record(messageId, destination, e);
            throw e;
        }
    }

    private static void backOff() {
        try {
            TimeUnit.SECONDS.sleep(OUTAGE_BACKOFF_SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
