package al.tirana.sporteli.routing.boundary;

import al.tirana.sporteli.routing.control.RoutedMessage;
import al.tirana.sporteli.routing.entity.ProcessedMessage;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.boundary.Tasks.Filing;
import al.tirana.sporteli.workflow.control.TaskMessages;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Takes in the work that arrives on a queue, exactly once in effect. A task message is known by its task's
 * round: the unique key of request and round admits one task per round, so a copy finds its task filed
 * and files nothing. Any other message is known by its id, in the consumers' ledger. Runs in a
 * transaction of its own that commits before the consumer acknowledges the message: if handling fails,
 * the task or ledger line rolls back with it and the broker redelivers; if the acknowledgement is lost
 * after the commit, the redelivery finds what the first delivery wrote and does nothing again.
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

    /** @return false when this message was handled before, so nothing was done again */
    public boolean accept(RoutedMessage message, String destination) {
        boolean fresh = acceptAll(List.of(new Delivery(message, destination))).get(0);
        if (!fresh) {
            LOG.fine(() -> "Message " + message.id() + " was already handled; redelivery ignored");
        }
        return fresh;
    }

    /**
     * Takes in several messages in one transaction, with one look at the tasks and, for messages of other
     * kinds, one at the ledger for all of them. A copy of a message in the same batch counts as handled.
     *
     * @return for each delivery, in order, false when its message was handled before
     */
    public List<Boolean> acceptAll(List<Delivery> deliveries) {
        List<String> ledgerIds = deliveries.stream().map(Delivery::message).filter(m -> !isTask(m))
                .map(RoutedMessage::id).toList();
        Set<String> handled = new HashSet<>();
        if (!ledgerIds.isEmpty()) {
            handled.addAll(em.createNamedQuery(ProcessedMessage.FIND_HANDLED, String.class)
                    .setParameter("ids", ledgerIds)
                    .getResultList());
        }
        Instant now = clock.instant();
        Boolean[] accepted = new Boolean[deliveries.size()];
        List<Filing> work = new ArrayList<>();
        List<Integer> workAt = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            RoutedMessage message = deliveries.get(i).message();
            if (isTask(message)) {
                work.add(new Filing(TaskMessages.read(message), message.sentAt()));
                workAt.add(i);
            } else {
                accepted[i] = handled.add(message.id());
                if (accepted[i]) {
                    em.persist(new ProcessedMessage(message.id(), deliveries.get(i).destination(), message.kind(),
                            message.sentAt(), now));
                }
            }
        }
        List<Boolean> filed = tasks.fileAll(work);
        for (int j = 0; j < filed.size(); j++) {
            accepted[workAt.get(j)] = filed.get(j);
        }
        // flush now: a delivery racing on one of these rounds or ids collides on its unique key here; a batch is
        // then handled again one by one, and a single message is redelivered
        em.flush();
        return Arrays.asList(accepted);
    }

    private static boolean isTask(RoutedMessage message) {
        return TaskMessages.TASK_REQUESTED.equals(message.kind());
    }

    public Optional<ProcessedMessage> processed(String messageId) {
        return Optional.ofNullable(em.find(ProcessedMessage.class, messageId));
    }
}
