package al.tirana.sporteli.emergency.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.emergency.control.BoardNotices;
import al.tirana.sporteli.emergency.control.DeadLetterQueue;
import al.tirana.sporteli.emergency.control.IncidentChanges;
import al.tirana.sporteli.emergency.control.DeadLetterQueue.Letter;
import al.tirana.sporteli.emergency.control.OperationsAccess;
import al.tirana.sporteli.emergency.entity.EntryKind;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentStatus;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.routing.boundary.MessageFailures;
import al.tirana.sporteli.routing.entity.MessageFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The dead-letter queue as the Operational Center works it: each message with the reason its consumer
 * gave up, retried onto its queue or discarded by an operator, each decision audited.
 */
@Stateless
public class DeadLetters {

    /** A dead-lettered message, why it is there, and the incident it raised (if the watch has seen it yet). */
    public record View(Letter letter, String reason, int attempts, Long incidentId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeadLetterQueue queue;

    @Inject
    MessageFailures failures;

    @Inject
    OperationsAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Incidents incidents;

    @Inject
    IncidentChanges changes;

    @Inject
    BoardNotices board;

    public List<View> list(Caller caller) {
        access.requireRead(caller, "deadletter", null);
        List<Letter> letters = queue.list();
        Map<String, MessageFailure> reasons = failures.byMessageIds(letters.stream().map(Letter::messageId)
                .filter(Objects::nonNull).map(MessageFailures::plainId).collect(Collectors.toSet()));
        return letters.stream().map(letter -> {
            MessageFailure failure = letter.messageId() == null ? null : reasons.get(MessageFailures.plainId(letter.messageId()));
            return new View(letter, failure == null ? null : failure.lastError(),
                    failure == null ? letter.deliveries() : failure.attempts(), incidentFor(letter));
        }).toList();
    }

    /** How many messages wait in the dead-letter queue: what the board shows, without reading them. */
    public long count(Caller caller) {
        access.requireRead(caller, "deadletter", null);
        return queue.count();
    }

    /** Back onto the queue it failed on, for its consumer to try again. */
    public void retry(long brokerId, Caller caller) {
        decide(brokerId, "deadletter.retry", caller, true);
    }

    public void discard(long brokerId, Caller caller) {
        decide(brokerId, "deadletter.discard", caller, false);
    }

    private void decide(long brokerId, String action, Caller caller, boolean retry) {
        access.requireOperator(caller, action, "message", String.valueOf(brokerId));
        Letter letter = queue.list().stream().filter(l -> l.brokerId() == brokerId).findFirst()
                .orElseThrow(() -> new NotFoundException("No message " + brokerId + " in the dead-letter queue"));
        String subject = letter.messageId() == null ? String.valueOf(brokerId) : letter.messageId();
        audit.record(caller, action, "message", subject, "queue=DLQ, original=" + letter.originalQueue() + ", kind=" + letter.kind(),
                retry ? "queue=" + letter.originalQueue() : "discarded");
        Long incidentId = incidentFor(letter);
        if (incidentId != null) {
            Incident incident = em.find(Incident.class, incidentId);
            if (incident.status().open()) {
                changes.apply(incident, "incident.status", caller, i -> {
                    i.moveTo(IncidentStatus.RESOLVED, clock.instant());
                    changes.entry(i, caller, EntryKind.STATUS, "RESOLVED: message " + (retry ? "retried onto " + letter.originalQueue() : "discarded"));
                });
            }
        }
        em.flush();
        // last, once the audit and the incident are written: a broker refusal rolls them back
        boolean done = retry ? queue.retry(brokerId) : queue.discard(brokerId);
        if (!done) {
            throw new NotFoundException("Message " + brokerId + " left the dead-letter queue meanwhile");
        }
        board.refreshed("deadletters");
    }

    private Long incidentFor(Letter letter) {
        return em.createQuery("select i.id from Incident i where i.signalKey = :key", Long.class)
                .setParameter("key", signalKey(letter)).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Each arrival in the DLQ gets its own broker id, so a message that fails again after a retry raises a new incident. */
    static String signalKey(Letter letter) {
        return "dlq:" + letter.brokerId();
    }
}
