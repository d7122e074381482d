package al.tirana.sporteli.routing.boundary;

import al.tirana.sporteli.routing.control.RoutedMessage;
import al.tirana.sporteli.routing.entity.ProcessedMessage;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.control.TaskMessages;
import al.tirana.sporteli.workflow.control.TaskMessages.TaskRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** A message as its queue delivered it. */
    public record Delivery(RoutedMessage message, String destination) {
    }

    /** @return false when this message id was handled before, so nothing was done again */
    public boolean accept(RoutedMessage message, String destination) {
        boolean fresh = acceptAll(List.of(new Delivery(message, destination))).get(0);
        if (!fresh) {
            LOG.fine(() -> "Message " + message.id() + " was already handled; redelivery ignored");
        }
        return fresh;
    }

    /**
     * Takes in several messages in one transaction, with one look at the ledger and one at the tasks for all
     * of them. A copy of a message in the same batch counts as handled.
     *
     * @return for each delivery, in order, false when its message id was handled before
     */
    public List<Boolean> acceptAll(List<Delivery> deliveries) {
        Set<String> handled = new HashSet<>(em.createNamedQuery(ProcessedMessage.FIND_HANDLED, String.class)
                .setParameter("ids", deliveries.stream().map(d -> d.message().id()).toList())
                .getResultList());
        Instant now = clock.instant();
        List<Boolean> accepted = new ArrayList<>(deliveries.size());
        List<TaskRequest> work = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            RoutedMessage message = delivery.message();
            boolean fresh = handled.add(message.id());
            accepted.add(fresh);
            if (fresh) {
                em.persist(new ProcessedMessage(message.id(), delivery.destination(), message.kind(), message.sentAt(), now));
                if (TaskMessages.TASK_REQUESTED.equals(message.kind())) {
                    work.add(TaskMessages.read(message));
                }
            }
        }
        // flush now: a delivery racing on one of these ids collides on the primary key here; a batch is then
        // handled again one by one, and a single message is redelivered
        em.flush();
        tasks.fileAll(work);
        return accepted;
    }

    public Optional<ProcessedMessage> processed(String messageId) {
        return Optional.ofNullable(em.find(ProcessedMessage.class, messageId));
    }
}
