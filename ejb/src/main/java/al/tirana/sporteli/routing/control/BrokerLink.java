package al.tirana.sporteli.routing.control;

import al.tirana.sporteli.routing.entity.OutboxMessage;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.function.Function;

/**
 * The outbox relay's own session with the broker, kept open and transacted locally, outside the JTA
 * transaction that reads and deletes the outbox rows. A batch is committed on the broker before the
 * rows are deleted: a crash in between sends the batch again, and the consumers' ledger of message ids
 * drops the repeats. Against one XA transaction over both, this saves the prepare round, the transaction
 * log and their disk syncs on the path of every routed message.
 */
@ApplicationScoped
public class BrokerLink {

    @Resource(lookup = Destinations.PLAIN_CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    private JMSContext context;

    /** Sends the messages and commits them on the broker; on failure nothing of the batch is committed there. */
    public synchronized void sendAndCommit(List<OutboxMessage> messages, Function<String, Destination> destinations) {
        try {
            JMSContext session = session();
            JMSProducer producer = session.createProducer();
            for (OutboxMessage message : messages) {
                TextMessage text = session.createTextMessage(message.body());
                text.setStringProperty(RequestDispatcher.KIND_PROPERTY, message.kind());
                text.setStringProperty(RequestDispatcher.ID_PROPERTY, message.messageId());
                producer.send(destinations.apply(message.destination()), text);
            }
            session.commit();
        } catch (JMSException | JMSRuntimeException e) {
            // the session may be broken (broker restarted): the next batch starts a new one
            close();
            throw new IllegalStateException("The broker did not take the outbox batch", e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private JMSContext session() {
        if (context == null) {
            context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
        }
        return context;
    }

    @PreDestroy
    synchronized void close() {
        if (context != null) {
            try {
                context.close();
            } catch (JMSRuntimeException e) {
                // already gone with the broker
            }
            context = null;
        }
    }
}
