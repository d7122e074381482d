package al.tirana.sporteli.it;

import al.tirana.sporteli.routing.control.Destinations;
import al.tirana.sporteli.routing.control.RequestDispatcher;
import al.tirana.sporteli.routing.control.RoutedMessage;
import al.tirana.sporteli.routing.entity.OutboxMessage;
import java.time.Instant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Plays the business transaction around a send, so the tests can commit it or roll it back. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TestSender {

    @Inject
    RequestDispatcher dispatcher;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Resource(lookup = Destinations.TRANSACTIONAL_CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @PersistenceContext
    EntityManager em;

    public void commit(String queue, RoutedMessage message) {
        dispatcher.send(queue, message);
    }

    /** Sends each message to the queue at the same position, all in one transaction. */
    public void commitAll(java.util.List<String> queues, java.util.List<RoutedMessage> messages) {
        for (int i = 0; i < messages.size(); i++) {
            dispatcher.send(queues.get(i), messages.get(i));
        }
    }

    public void rollBack(String queue, RoutedMessage message) {
        dispatcher.send(queue, message);
        transaction.setRollbackOnly();
    }

    /**
     * Leaves a message in the outbox without waking the relay, as a server that crashed right after the
     * business commit would.
     */
    public void leaveInOutbox(String queue, RoutedMessage message) {
        em.persist(new OutboxMessage(OutboxMessage.ORDINARY, queue, message.id(), message.kind(), message.toJson(), Instant.now()));
    }

    /**
     * Puts a message on the broker through the relay's own session and leaves its row behind, as a
     * crash between the broker's commit and the row's delete would.
     */
    public void onBrokerAndInOutbox(String queue, RoutedMessage message) {
        OutboxMessage row = new OutboxMessage(OutboxMessage.ORDINARY, queue, message.id(), message.kind(), message.toJson(), Instant.now());
        dispatcher.transmit(java.util.List.of(row));
        em.persist(row);
    }

    /** Bypasses the message contract, as a broken producer would. */
    public void raw(String queue, String text, String probeId) throws NamingException {
        try (JMSContext context = connectionFactory.createContext()) {
            var message = context.createTextMessage(text);
            message.setStringProperty("sporteliProbe", probeId);
            context.createProducer().send((Queue) new InitialContext().lookup(queue), message);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
