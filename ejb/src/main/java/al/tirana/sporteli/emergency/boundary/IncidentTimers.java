package al.tirana.sporteli.emergency.boundary;

import al.tirana.sporteli.emergency.control.DeadLetterQueue;
import al.tirana.sporteli.emergency.control.IncidentChanges;
import al.tirana.sporteli.emergency.control.DeadLetterQueue.Letter;
import al.tirana.sporteli.emergency.control.OperationsSettings;
import al.tirana.sporteli.emergency.entity.EntryKind;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentKind;
import al.tirana.sporteli.emergency.entity.IncidentPlace;
import al.tirana.sporteli.emergency.entity.IncidentStatus;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.routing.boundary.MessageFailures;
import al.tirana.sporteli.routing.entity.MessageFailure;
import al.tirana.sporteli.units.boundary.AdministrativeUnits;
import al.tirana.sporteli.units.entity.AdministrativeUnit;
import al.tirana.sporteli.workflow.entity.TaskStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the center watches on its own, at a time the caller gives (so tests choose it): incidents
 * nobody acknowledged in time, messages that landed in the dead-letter queue, units whose queue of
 * open work grew past the threshold.
 */
@Stateless
public class IncidentTimers {

    private static final Caller ACK_TIMER = Caller.system("acknowledgement-timer");
    private static final Caller DLQ_WATCH = Caller.system("dead-letter-watch");
    private static final Caller BACKLOG_WATCH = Caller.system("backlog-watch");
    static final String EMERGENCY_QUEUE_NAME = "sporteli.emergency";

    @PersistenceContext
    EntityManager em;

    @Inject
    Incidents incidents;

    @Inject
    IncidentChanges changes;

    @Inject
    OperationsSettings settings;

    @Inject
    DeadLetterQueue deadLetters;

    @Inject
    MessageFailures failures;

    @Inject
    AdministrativeUnits units;

    /** @return how many incidents escalated */
    public int acknowledgements(Instant now) {
        List<Incident> late = em.createNamedQuery(Incident.FIND_UNACKNOWLEDGED_DUE, Incident.class)
                .setParameter("now", now).getResultList();
        for (Incident incident : late) {
            changes.apply(incident, "incident.escalate", ACK_TIMER, i -> {
                i.escalate(settings.acknowledgeWithin(i.severity()), now);
                changes.entry(i, ACK_TIMER, EntryKind.ESCALATION, "Not acknowledged in time: escalation level "
                        + i.escalationLevel() + ", next by " + i.ackDueAt());
            });
        }
        return late.size();
    }

    /** @return how many new dead letters became incidents */
    public int deadLetters(Instant now) {
        if (deadLetters.count() == 0) {
            return 0;
        }
        List<Letter> letters = deadLetters.list();
        Map<String, MessageFailure> reasons = failures.byMessageIds(letters.stream()
                .map(Letter::messageId).filter(java.util.Objects::nonNull).map(MessageFailures::plainId).collect(Collectors.toSet()));
        Set<String> known = Set.copyOf(em.createQuery("select i.signalKey from Incident i where i.signalKey in :keys", String.class)
                .setParameter("keys", letters.stream().map(DeadLetters::signalKey).toList()).getResultList());
        int raised = 0;
        for (Letter letter : letters) {
            String key = DeadLetters.signalKey(letter);
            if (known.contains(key)) {
                continue;
            }
            MessageFailure failure = letter.messageId() == null ? null : reasons.get(MessageFailures.plainId(letter.messageId()));
            String reason = failure == null ? "No consumer failure was recorded (expired or undeliverable)"
                    : failure.lastError() + " (" + failure.attempts() + " attempts)";
            int severity = EMERGENCY_QUEUE_NAME.equals(letter.originalQueue()) ? 2 : 3;
            incidents.signal(IncidentKind.DEAD_LETTER, severity, key,
                    letter.originalQueue() + " · " + (letter.kind() == null ? "?" : letter.kind()) + " · " + letter.brokerId(),
                    reason, IncidentPlace.UNKNOWN, null, DLQ_WATCH);
            raised++;
        }
        return raised;
    }

    /** @return how many units are over the threshold now */
    public int backlogs(Instant now) {
        int threshold = settings.backlogThreshold();
        Set<String> unitCodes = units.all().stream().map(u -> u.code().value()).collect(Collectors.toSet());
        Map<String, Long> open = em.createQuery("select t.queueCode, count(t) from Task t where t.status in :statuses"
                        + " group by t.queueCode", Object[].class)
                .setParameter("statuses", EnumSet.of(TaskStatus.OPEN, TaskStatus.CLAIMED))
                .getResultStream()
                .filter(row -> unitCodes.contains((String) row[0]))
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        int over = 0;
        for (String unit : unitCodes) {
            long count = open.getOrDefault(unit, 0L);
            String key = "backlog:" + unit;
            List<Incident> raised = em.createNamedQuery(Incident.FIND_OPEN_FOR_SIGNAL, Incident.class)
                    .setParameter("key", key).setParameter("statuses", IncidentStatus.openStatuses()).getResultList();
            if (count > threshold) {
                over++;
                if (!raised.isEmpty()) {
                    continue;
                }
                incidents.signal(IncidentKind.UNIT_BACKLOG, 3, key, unit + " · " + count,
                        count + " open tasks, over the threshold of " + threshold,
                        new IncidentPlace(unit, null, null, null), null, BACKLOG_WATCH);
            } else {
                raised.forEach(incident -> changes.apply(incident, "incident.status", BACKLOG_WATCH, i -> {
                            i.moveTo(IncidentStatus.RESOLVED, now);
                            changes.entry(i, BACKLOG_WATCH, EntryKind.STATUS,
                                    "RESOLVED: " + count + " open tasks, back under the threshold of " + threshold);
                        }));
            }
        }
        return over;
    }
}
