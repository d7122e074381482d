package al.tirana.sporteli.deadlines.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.catalog.entity.SilenceRule;
import al.tirana.sporteli.platform.control.Jsons;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.entity.RequestStatus;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.routing.control.Destinations;
import al.tirana.sporteli.routing.control.RequestDispatcher;
import al.tirana.sporteli.routing.control.RoutedMessage;
import al.tirana.sporteli.workflow.control.Action;
import al.tirana.sporteli.workflow.control.StepTransitions;
import al.tirana.sporteli.workflow.entity.Notification;
import al.tirana.sporteli.workflow.entity.Task;
import al.tirana.sporteli.workflow.entity.TaskStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Walks the open requests against the clock: warns the officer and the head as the service target
 * nears (WarningTime), reports a breach of the deadline to the head and to the Operational Center, and
 * applies the service's silence rule where its law sets one. The time is a parameter, so tests choose it.
 */
@Stateless
public class Escalations {

    /**
     * Requests warned in one transaction. A busy morning's requests of a short service come due for their
     * warning within minutes of each other, hundreds a run; a few dozen at a time keep each lock short.
     */
    static final int WARNING_BATCH = 50;
    private static final Logger LOG = Logger.getLogger(Escalations.class.getName());
    public static final String DEADLINE_BREACH = "incident.deadline-breach";
    private static final Caller TIMER = Caller.system("deadline-timer");

    public record Outcome(int warned, int breached, int decidedBySilence) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestDispatcher dispatcher;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /**
     * Each request is handled in a transaction of its own: a run that finds thousands (a busy morning, a
     * calendar change) must not hold the audit chain, and with it every intake, until it has done them all.
     * A request that fails is left for the next run and does not undo the others.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome run(Instant now) {
        Escalations self = context.getBusinessObject(Escalations.class);
        int warned = 0;
        int breached = 0;
        int silence = 0;
        List<Long> nearing = em.createNamedQuery(ServiceRequest.FIND_DUE_FOR_WARNING, Long.class)
                .setParameter("statuses", RequestStatus.AWAITING_DECISION)
                .setParameter("now", now)
                .getResultList();
        for (int from = 0; from < nearing.size(); from += WARNING_BATCH) {
            List<Long> batch = nearing.subList(from, Math.min(from + WARNING_BATCH, nearing.size()));
            try {
                warned += self.warnAll(batch, now);
            } catch (EJBException batchFailed) {
                warned += warnOneByOne(self, batch, now);
            }
        }
        List<Long> overdue = em.createNamedQuery(ServiceRequest.FIND_DUE_FOR_BREACH, Long.class)
                .setParameter("statuses", RequestStatus.AWAITING_DECISION)
                .setParameter("now", now)
                .getResultList();
        for (Long id : overdue) {
            Boolean decided = self.breach(id, now);
            if (decided != null) {
                breached++;
                if (decided) {
                    silence++;
                }
            }
        }
        return new Outcome(warned, breached, silence);
    }

    private static int warnOneByOne(Escalations self, List<Long> ids, Instant now) {
        int warned = 0;
        for (Long id : ids) {
            try {
                if (self.warn(id, now)) {
                    warned++;
                }
            } catch (EJBException e) {
                LOG.log(Level.WARNING, e, () -> "Request " + id + " could not be warned; the next run tries again");
            }
        }
        return warned;
    }

    /**
     * Warns a few requests in one transaction, with one query for the requests (locked in id order) and one
     * for their assignees. A request that another run or a decision has dealt with meanwhile is left alone.
     *
     * @return how many were warned now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int warnAll(List<Long> ids, Instant now) {
        List<ServiceRequest> batch = em.createNamedQuery(ServiceRequest.FIND_BY_IDS, ServiceRequest.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<Long, String> assignees = new HashMap<>();
        em.createNamedQuery(Task.FIND_ASSIGNEES, Object[].class)
                .setParameter("requests", ids)
                .setParameter("statuses", EnumSet.of(TaskStatus.CLAIMED))
                .getResultStream().forEach(row -> assignees.putIfAbsent((Long) row[0], (String) row[1]));
        int warned = 0;
        for (ServiceRequest request : batch) {
            if (warnable(request, now)) {
                warnNow(request, assignees.get(request.id()), now);
                warned++;
            }
        }
        return warned;
    }

    /** @return whether the request was warned now (another run, or a decision, may have come first) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean warn(long id, Instant now) {
        return warnAll(List.of(id), now) == 1;
    }

    private static boolean warnable(ServiceRequest request, Instant now) {
        return !request.warned() && request.pausedSince() == null && RequestStatus.AWAITING_DECISION.contains(request.status())
                && request.warnAt() != null && !request.warnAt().isAfter(now);
    }

    private void warnNow(ServiceRequest request, String assignee, Instant now) {
        request.markWarned();
        notifyQueue(request, Notification.Kind.DEADLINE_WARNING, assignee, now);
        audit.record(TIMER, "deadline.warning", "request", request.trackingNumber().toString(), null,
                "targetDueAt=" + request.targetDueAt());
    }

    /** @return null if the request was not (or no longer) in breach, else whether silence decided it */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Boolean breach(long id, Instant now) {
        ServiceRequest request = em.find(ServiceRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.breached() || request.pausedSince() != null
                || !RequestStatus.AWAITING_DECISION.contains(request.status())) {
            return null;
        }
        Instant due = request.legalDueAt() != null ? request.legalDueAt() : request.targetDueAt();
        if (due == null || due.isAfter(now)) {
            return null;
        }
        request.markBreached();
        String before = request.auditState();
        SilenceRule rule = request.service().silenceRule();
        boolean silence = rule != SilenceRule.NONE && request.legalDueAt() != null && !request.legalDueAt().isAfter(now)
                && applySilence(request, rule, now);
        notifyQueue(request, Notification.Kind.DEADLINE_BREACH, claimedBy(request), now);
        dispatcher.send(Destinations.EMERGENCY_QUEUE, RoutedMessage.create(DEADLINE_BREACH, now, Jsons.createObjectBuilder()
                .add("trackingNumber", request.trackingNumber().toString())
                .add("service", request.serviceCode())
                .add("queue", request.queueCode())
                .add("dueAt", String.valueOf(due))
                .build()));
        audit.record(TIMER, "deadline.breach", "request", request.trackingNumber().toString(), before, request.auditState());
        return silence;
    }

    /** Tacit approval or refusal: the law decides where the municipality stayed silent. */
    private boolean applySilence(ServiceRequest request, SilenceRule rule, Instant now) {
        Action decision = rule == SilenceRule.TACIT_APPROVAL ? Action.TACIT_APPROVAL : Action.TACIT_REFUSAL;
        if (!StepTransitions.allowed(request.status(), decision)) {
            return false;
        }
        request.perform(decision);
        request.recordDecision(rule == SilenceRule.TACIT_APPROVAL
                ? "Miratim në heshtje: afati ligjor kaloi pa përgjigje / Tacit approval: the legal deadline passed unanswered"
                : "Refuzim në heshtje: afati ligjor kaloi pa përgjigje / Tacit refusal: the legal deadline passed unanswered");
        em.createNamedQuery(Task.FIND_ACTIVE_FOR_REQUEST, Task.class)
                .setParameter("request", request.id())
                .setParameter("statuses", EnumSet.of(TaskStatus.OPEN, TaskStatus.CLAIMED))
                .getResultStream().forEach(t -> t.finish(now));
        return true;
    }

    private String claimedBy(ServiceRequest request) {
        return em.createNamedQuery(Task.FIND_ACTIVE_FOR_REQUEST, Task.class)
                .setParameter("request", request.id())
                .setParameter("statuses", EnumSet.of(TaskStatus.CLAIMED))
                .getResultStream().findFirst().map(Task::assignee).orElse(null);
    }

    private void notifyQueue(ServiceRequest request, Notification.Kind kind, String assignee, Instant now) {
        Role officer = request.service().step(request.currentStep()).role();
        if (kind == Notification.Kind.DEADLINE_WARNING && officer != Role.DEPARTMENT_HEAD) {
            em.persist(new Notification(request.queueCode(), assignee, officer, kind, request.id(), now));
        }
        em.persist(new Notification(request.queueCode(), null, Role.DEPARTMENT_HEAD, kind, request.id(), now));
    }
}
