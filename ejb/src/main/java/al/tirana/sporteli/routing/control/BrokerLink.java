package al.tirana.sporteli.routing.control;

import al.tirana.sporteli.routing.entity.OutboxMessage;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sporteli's own sessions with the broker, kept open and outside JTA, so that no business transaction
 * spans the database and the broker. The outbox relay's session is transacted locally: a batch is
 * committed on the broker before its rows are deleted; a crash in between sends the batch again, and
 * the consumers drop the repeats (a task message finds its round filed, any other its id in their
 * ledger). Against one XA transaction over both, this saves the prepare round, the transaction log and
 * their disk syncs on the path of every routed message. Board notices go out after their commit,
 * through a session of their own.
 */
@ApplicationScoped
public class BrokerLink {

    private static final Logger LOG = Logger.getLogger(BrokerLink.class.getName());

    @Resource(lookup = Destinations.PLAIN_CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    private JMSContext context;
    private JMSContext notices;
    private final Object noticeLock = new Object();

    /** A notice for the listeners of a topic: not persisted, not part of any transaction. */
    public record Notice(Destination topic, String text) {
    }

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
        } catch (JMSException | RuntimeException e) {
            // the session may be broken (broker restarted): the next batch starts a new one
            dropSession();
            throw new IllegalStateException("The broker did not take the outbox batch", e);
        }
    }

    /** Sends notices that a commit has made true; one that cannot be sent now is dropped, with a warning. */
    public void tell(List<Notice> pending) {
        synchronized (noticeLock) {
            try {
                if (notices == null) {
                    notices = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                }
                JMSProducer producer = notices.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
                for (Notice notice : pending) {
                    producer.send(notice.topic(), notice.text());
                }
            } catch (JMSRuntimeException e) {
                LOG.log(Level.WARNING, "A board notice could not be sent; boards show the change with the next one: {0}",
                        String.valueOf(e.getMessage()));
                closeQuietly(notices);
                notices = null;
            }
        }
    }

    private void dropSession() {
        closeQuietly(context);
        context = null;
    }

    private JMSContext session() {
        if (context == null) {
            context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
        }
        return context;
    }

    @PreDestroy
    void close() {
        synchronized (this) {
            closeQuietly(context);
            context = null;
        }
        synchronized (noticeLock) {
            closeQuietly(notices);
            notices = null;
        }
    }

    private static void closeQuietly(JMSContext session) {
        if (session != null) {
            try {
                session.close();
            } catch (JMSRuntimeException e) {
                // already gone with the broker
            }
        }
    }
}
