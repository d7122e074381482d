package al.tirana.sporteli.routing.boundary;

import al.tirana.sporteli.routing.control.RoutedMessage;
import al.tirana.sporteli.routing.entity.ProcessedMessage;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.control.TaskMessages;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Takes in the work that arrives on a queue, exactly once per message id. Runs in a transaction of its
 * own that commits before the consumer acknowledges the message: if handling fails, the ledger line rolls
 * back with it and the broker redelivers; if the acknowledgement is lost after the commit, the redelivery
 * finds the ledger line and does nothing again.
 */
@Stateless
public class RoutedWork {

    private static final Logger LOG = Logger.getLogger(RoutedWork.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tasks tasks;

    /** @return false when this message id was handled before, so nothing was done again */
    public boolean accept(RoutedMessage message, String destination) {
        if (em.find(ProcessedMessage.class, message.id()) != null) {
            LOG.fine(() -> "Message " + message.id() + " was already handled; redelivery ignored");
            return false;
        }
        // flush now: two deliveries racing on the same id collide on the primary key here, and the loser is redelivered
        em.persist(new ProcessedMessage(message.id(), destination, message.kind(), message.sentAt(), clock.instant()));
        em.flush();
        if (TaskMessages.TASK_REQUESTED.equals(message.kind())) {
            tasks.file(TaskMessages.read(message));
        }
        return true;
    }

    public Optional<ProcessedMessage> processed(String messageId) {
        return Optional.ofNullable(em.find(ProcessedMessage.class, messageId));
    }
}
