package al.tirana.sporteli.routing.control;

import al.tirana.sporteli.units.entity.UnitCode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Destination;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The one place that puts messages on Sporteli's queues. It refuses to send outside a transaction:
 * the send must commit or roll back together with the business change that caused it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RequestDispatcher {

    public static final String KIND_PROPERTY = "sporteliKind";
    public static final String ID_PROPERTY = "sporteliMessageId";

    @Resource(lookup = Destinations.TRANSACTIONAL_CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    private final Map<String, Destination> destinations = new ConcurrentHashMap<>();

    public void toUnit(UnitCode unit, RoutedMessage message) {
        send(Destinations.unitQueue(unit), message);
    }

    public void toDepartment(String departmentCode, RoutedMessage message) {
        send(Destinations.departmentQueue(departmentCode), message);
    }

    public void send(String queueJndiName, RoutedMessage message) {
        try (JMSContext context = connectionFactory.createContext()) {
            TextMessage text = context.createTextMessage(message.toJson());
            text.setStringProperty(KIND_PROPERTY, message.kind());
            text.setStringProperty(ID_PROPERTY, message.id());
            context.createProducer().send(destination(queueJndiName), text);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("Could not build the message for " + queueJndiName, e);
        }
    }

    /**
     * Tells whoever listens on a topic that something changed; like a send, it is delivered only if
     * the transaction commits, so listeners never see a change that did not happen.
     */
    public void announce(String topicJndiName, String text) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT)
                    .send(destination(topicJndiName), text);
        }
    }

    private Destination destination(String jndiName) {
        return destinations.computeIfAbsent(jndiName, name -> {
            try {
                return (Destination) new InitialContext().lookup(name);
            } catch (NamingException e) {
                throw new IllegalArgumentException("No queue is bound at " + name, e);
            }
        });
    }
}
