package al.tirana.sporteli.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Without the broker no work reaches the units, so Sporteli is not ready. The check also reports how
 * many messages wait in the dead-letter queue, the first number operations look at.
 */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(BrokerHealthCheck.class.getName());

    @Override
    public HealthCheckResponse call() {
        // the in-VM, non-transactional factory: a probe must not enlist in anything
        try (JMSContext context = ((ConnectionFactory) new InitialContext().lookup("java:/ConnectionFactory")).createContext();
             QueueBrowser browser = context.createBrowser((Queue) new InitialContext().lookup("java:/jms/queue/DLQ"))) {
            int deadLetters = Collections.list(browser.getEnumeration()).size();
            return HealthCheckResponse.named("broker").up().withData("deadLetters", deadLetters).build();
        } catch (NamingException | JMSException | JMSRuntimeException e) {
            LOG.log(Level.WARNING, "Broker check failed", e);
            return HealthCheckResponse.named("broker").down().build();
        }
    }
}
