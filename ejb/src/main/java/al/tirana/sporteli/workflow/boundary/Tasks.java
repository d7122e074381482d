package al.tirana.sporteli.workflow.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.deadlines.control.RequestClocks;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.routing.control.RequestDispatcher;
import al.tirana.sporteli.routing.control.RoutingRules;
import al.tirana.sporteli.routing.control.WorkQueue;
import al.tirana.sporteli.workflow.control.Action;
import al.tirana.sporteli.workflow.control.StepTransitions;
import al.tirana.sporteli.workflow.control.TaskMessages;
import al.tirana.sporteli.workflow.control.TaskMessages.TaskRequest;
import al.tirana.sporteli.workflow.entity.Task;
import al.tirana.sporteli.workflow.entity.TaskStatus;
import al.tirana.sporteli.workflow.entity.WorkflowStep;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The work of the units and departments: tasks filed into their queues, and every action on a
 * request. Each action is checked against the status machine, the caller's role and the caller's
 * territory, and is audited; a refused action changes nothing.
 */
@Stateless
public class Tasks {

    private static final Set<TaskStatus> ACTIVE = EnumSet.of(TaskStatus.OPEN, TaskStatus.CLAIMED);
    private static final Set<Role> READ_EVERYWHERE = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AUDITOR, Role.SYSTEM);

    /** What a person asks to do, with what the action needs: a reason, a step, an assignee, an amount, a unit. */
    public record Command(Action action, String reason, Integer step, String assignee, Integer amount, String unitCode,
                          Long expectedVersion) {

        public static Command of(Action action) {
            return new Command(action, null, null, null, null, null, null);
        }

        public Command withReason(String text) {
            return new Command(action, text, step, assignee, amount, unitCode, expectedVersion);
        }
    }

    /** A line of a work queue: the task and the request it belongs to. */
    public record QueueEntry(Task task, ServiceRequest request) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RequestDispatcher dispatcher;

    @Inject
    RequestClocks clocks;

    @Inject
    Clock clock;

    /** A task message as its consumer took it in: what it asks for, and when it was sent. */
    public record Filing(TaskRequest request, Instant sentAt) {
    }

    /**
     * Files tasks into their queues, with one look at the rounds already filed: a redelivered request for
     * a round that has its task files nothing. Two deliveries of one round that race each other collide on
     * the unique key of request and round, and the later transaction fails.
     *
     * @return for each filing, in order, whether it filed its task (false: the round had one already)
     */
    public List<Boolean> fileAll(List<Filing> filings) {
        if (filings.isEmpty()) {
            return List.of();
        }
        Set<String> filed = new HashSet<>();
        em.createNamedQuery(Task.FIND_ROUNDS, Object[].class)
                .setParameter("requests", filings.stream().map(f -> f.request().requestId()).distinct().toList())
                .getResultList()
                .forEach(row -> filed.add(row[0] + "/" + row[1]));
        Instant now = clock.instant();
        List<Boolean> fresh = new ArrayList<>(filings.size());
        for (Filing filing : filings) {
            TaskRequest request = filing.request();
            boolean first = filed.add(request.requestId() + "/" + request.round());
            fresh.add(first);
            if (first) {
                em.persist(new Task(request.requestId(), request.round(), request.step(), request.stepCode(), request.role(),
                        request.queue(), filing.sentAt(), now, request.dueAt()));
            }
        }
        return fresh;
    }

    /** Sends the request's step to its queue, inside the caller's transaction. */
    public void route(ServiceRequest request, int round) {
        WorkflowStep step = request.service().step(request.currentStep());
        Instant now = clock.instant();
        Instant due = clocks.stepDue(now, step);
        dispatcher.send(queueOf(request).destination(), TaskMessages.taskRequested(new TaskRequest(request.id(),
                request.trackingNumber().toString(), round, request.currentStep(), step.code(), step.role(),
                request.queueCode(), due), now));
    }

    /** Where a new request of this service goes first. */
    public static WorkQueue queueFor(ServiceDefinition service, String unitCode) {
        return RoutingRules.queueFor(service, service.step(0), unitCode);
    }

    public static WorkQueue queueFor(ServiceRequest request, int step) {
        return RoutingRules.queueFor(request.service(), request.service().step(step), request.unitCode());
    }

    private static WorkQueue queueOf(ServiceRequest request) {
        return queueFor(request, request.currentStep());
    }

    /** Narrows a work queue; null or false means no narrowing. */
    public record QueueFilter(String serviceCode, TaskStatus status, boolean overdueOnly) {

        public static final QueueFilter NONE = new QueueFilter(null, null, false);
    }

    /** What a queue holds: all its active tasks, and those whose request is past its deadline. */
    public record QueueCounts(long tasks, long overdue) {
    }

    /** A page of a queue's open and claimed tasks, oldest first, after the task id {@code after}. */
    public List<QueueEntry> queue(String queueCode, long after, int limit, Caller caller) {
        return queue(queueCode, QueueFilter.NONE, after, limit, caller);
    }

    /**
     * A filtered page of a queue, oldest first, after the task id {@code after} (keyset paging: a deep
     * page costs what the first one does). Each status is read on its own and the pages merged: the index
     * (queue, status, id) gives one status's tasks in id order, so each read stops after a page, where
     * "status in (open, claimed)" had the database collect and sort every active task of the queue first.
     */
    public List<QueueEntry> queue(String queueCode, QueueFilter filter, long after, int limit, Caller caller) {
        requireQueue(queueCode, caller);
        StringBuilder jpql = new StringBuilder("select t, r from Task t, ServiceRequest r where r.id = t.requestId"
                + " and t.queueCode = :queue and t.status = :status and t.id > :after");
        if (filter.serviceCode() != null) {
            jpql.append(" and r.serviceCode = :service");
        }
        if (filter.overdueOnly()) {
            jpql.append(" and r.breached = true");
        }
        String text = jpql.append(" order by t.id").toString();
        int size = Math.max(1, Math.min(limit, 200));
        List<QueueEntry> page = new ArrayList<>();
        for (TaskStatus status : filter.status() == null ? ACTIVE : EnumSet.of(filter.status())) {
            var query = em.createQuery(text, Object[].class)
                    .setParameter("queue", queueCode)
                    .setParameter("status", status)
                    .setParameter("after", after)
                    .setMaxResults(size);
            if (filter.serviceCode() != null) {
                query.setParameter("service", filter.serviceCode());
            }
            query.getResultList().forEach(row -> page.add(new QueueEntry((Task) row[0], (ServiceRequest) row[1])));
        }
        page.sort(Comparator.comparing(entry -> entry.task().id()));
        return page.size() > size ? List.copyOf(page.subList(0, size)) : page;
    }

    public QueueCounts counts(String queueCode, QueueFilter filter, Caller caller) {
        requireQueue(queueCode, caller);
        StringBuilder jpql = new StringBuilder("select count(t), sum(case when r.breached = true then 1 else 0 end)"
                + " from Task t, ServiceRequest r where r.id = t.requestId and t.queueCode = :queue and t.status in :statuses");
        if (filter.serviceCode() != null) {
            jpql.append(" and r.serviceCode = :service");
        }
        if (filter.overdueOnly()) {
            jpql.append(" and r.breached = true");
        }
        var query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("queue", queueCode)
                .setParameter("statuses", filter.status() == null ? ACTIVE : EnumSet.of(filter.status()));
        if (filter.serviceCode() != null) {
            query.setParameter("service", filter.serviceCode());
        }
        Object[] row = query.getSingleResult();
        return new QueueCounts(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    private void requireQueue(String queueCode, Caller caller) {
        if (!caller.hasAny(READ_EVERYWHERE) && !caller.belongsTo(queueCode)) {
            audit.record(caller, "queue.read.denied", "queue", queueCode, null, null);
            throw new AccessDeniedException("The queue " + queueCode + " belongs to another unit or department");
        }
    }

    public Optional<Task> activeTask(long requestId) {
        return em.createNamedQuery(Task.FIND_ACTIVE_FOR_REQUEST, Task.class)
                .setParameter("request", requestId)
                .setParameter("statuses", ACTIVE)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The actions the caller may take on the request now: those its status allows and the caller's role
     * and territory permit, so that screens offer nothing that would be refused.
     */
    public Set<Action> allowed(ServiceRequest request, Caller caller) {
        Optional<Task> task = activeTask(request.id());
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action action : StepTransitions.available(request.status())) {
            if (permits(caller, request, task, action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Performs one action on a request. */
    public ServiceRequest act(TrackingNumber number, Command command, Caller caller) {
        // locked, so that the deadline timer's warning, which changes the same row, waits for the officer's
        // action (or the action for the warning) instead of failing it as a concurrent change
        ServiceRequest request = em.createNamedQuery(ServiceRequest.FIND_BY_TRACKING_NUMBER, ServiceRequest.class)
                .setParameter("number", number.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No request " + number));
        Optional<Task> task = activeTask(request.id());
        authorize(caller, request, task, command.action());
        if (command.expectedVersion() != null && command.expectedVersion() != request.version()) {
            throw new ConflictException("concurrent-change", "Request " + number + " changed since you loaded it");
        }
        String before = request.auditState();
        Instant now = clock.instant();
        switch (command.action()) {
            case CLAIM -> {
                requireTask(task, request).claim(caller.name());
                request.perform(Action.CLAIM);
            }
            case ASSIGN -> {
                if (command.assignee() == null || command.assignee().isBlank()) {
                    throw InvalidInputException.of("assignee", "field.required");
                }
                requireTask(task, request).assign(command.assignee().strip());
                request.perform(Action.ASSIGN);
            }
            case COMPLETE_STEP, SUBMIT_FOR_APPROVAL -> {
                Task current = requireTask(task, request);
                int next = request.currentStep() + 1;
                boolean nextIsApproval = next < request.service().steps().size() && request.service().step(next).isApproval();
                if (next >= request.service().steps().size() || nextIsApproval != (command.action() == Action.SUBMIT_FOR_APPROVAL)) {
                    throw new ConflictException("illegal-transition", command.action() == Action.COMPLETE_STEP
                            ? "The next step is the head's approval: submit for approval instead"
                            : "The request has steps to complete before approval");
                }
                request.perform(command.action());
                moveOn(request, current, next, now);
            }
            case RETURN_TO_STEP -> {
                Task current = requireTask(task, request);
                Integer step = command.step();
                if (step == null || step < 0 || step >= request.currentStep()) {
                    throw InvalidInputException.of("step", "workflow.step.notEarlier");
                }
                request.perform(Action.RETURN_TO_STEP);
                moveOn(request, current, step, now);
            }
            case REQUEST_DOCUMENTS -> {
                requireReason(command);
                request.perform(Action.REQUEST_DOCUMENTS);
                request.pauseClocks(now);
            }
            case CITIZEN_RESPONDED -> {
                request.perform(Action.CITIZEN_RESPONDED);
                request.resumeClocks(now);
                clocks.reschedule(request);
            }
            case APPROVE, REJECT -> {
                if (command.action() == Action.REJECT) {
                    requireReason(command);
                }
                request.perform(command.action());
                request.recordDecision(command.reason());
                requireTask(task, request).finish(now);
            }
            case RETURN -> {
                requireReason(command);
                Task current = requireTask(task, request);
                request.perform(Action.RETURN);
                request.recordDecision(command.reason());
                moveOn(request, current, Math.max(0, request.currentStep() - 1), now);
            }
            case DELIVER -> request.perform(Action.DELIVER);
            case CLOSE -> {
                request.perform(Action.CLOSE);
                request.markClosed(now);
            }
            case CANCEL -> {
                requireReason(command);
                request.perform(Action.CANCEL);
                request.recordDecision(command.reason());
                task.ifPresent(t -> t.cancel(now));
                request.markClosed(now);
            }
            case REOPEN -> {
                requireReason(command);
                request.perform(Action.REOPEN);
                request.markReopened();
                request.moveToStep(0, queueFor(request, 0).code());
                route(request, nextRound(request));
            }
            case EXTEND_DEADLINE -> {
                requireReason(command);
                if (command.amount() == null) {
                    throw InvalidInputException.of("amount", "field.required");
                }
                request.perform(Action.EXTEND_DEADLINE);
                request.extend(command.amount(), command.reason());
                clocks.reschedule(request);
            }
            case TACIT_APPROVAL, TACIT_REFUSAL -> throw new ConflictException("illegal-transition",
                    "Only the law decides by silence, when the legal deadline passes");
            case RELOCATE -> {
                if (command.unitCode() == null || em.createQuery("select count(u) from AdministrativeUnit u where u.code = :c", Long.class)
                        .setParameter("c", command.unitCode()).getSingleResult() == 0) {
                    throw InvalidInputException.of("unitCode", "units.unknown");
                }
                request.perform(Action.RELOCATE);
                request.relocate(command.unitCode());
                task.ifPresent(t -> t.cancel(now));
                request.moveToStep(request.currentStep(), queueOf(request).code());
                route(request, nextRound(request));
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("concurrent-change", "Someone else acted on " + number + " at the same time");
        }
        audit.record(caller, "request." + command.action().name().toLowerCase(java.util.Locale.ROOT), "request",
                number.toString(), before, request.auditState() + (command.reason() != null ? ";reason=" + command.reason() : ""));
        return request;
    }

    private void moveOn(ServiceRequest request, Task current, int step, Instant now) {
        current.finish(now);
        request.moveToStep(step, queueFor(request, step).code());
        route(request, current.roundNo() + 1);
    }

    private int nextRound(ServiceRequest request) {
        Integer last = em.createQuery("select max(t.roundNo) from Task t where t.requestId = :r", Integer.class)
                .setParameter("r", request.id()).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private static Task requireTask(Optional<Task> task, ServiceRequest request) {
        return task.orElseThrow(() -> new ConflictException("task-not-filed",
                "The task of " + request.trackingNumber() + " has not reached its queue yet; try again in a moment"));
    }

    private static void requireReason(Command command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw InvalidInputException.of("reason", "field.required");
        }
    }

    /** Role and territory: who may take this action on this request, in this queue. */
    private static boolean permits(Caller caller, ServiceRequest request, Optional<Task> task, Action action) {
        String queue = task.map(Task::queueCode).orElse(request.queueCode());
        Role stepRole = task.map(Task::role).orElse(request.service().step(request.currentStep()).role());
        boolean inQueue = caller.belongsTo(queue);
        boolean head = caller.has(Role.DEPARTMENT_HEAD) && inQueue;
        boolean worker = (caller.has(stepRole) && inQueue) || head;
        boolean desk = caller.has(Role.DESK_OFFICER)
                && (caller.organisation() == null || caller.organisation().equals(request.unitCode()));
        return switch (action) {
            case CLAIM, COMPLETE_STEP, SUBMIT_FOR_APPROVAL, RETURN_TO_STEP, REQUEST_DOCUMENTS -> worker;
            case ASSIGN, APPROVE, REJECT, RETURN, EXTEND_DEADLINE -> head;
            case CITIZEN_RESPONDED, DELIVER, CLOSE -> worker || desk;
            case CANCEL -> head || desk || caller.has(Role.ADMIN);
            case REOPEN -> head || caller.has(Role.ADMIN);
            case TACIT_APPROVAL, TACIT_REFUSAL -> false;
            case RELOCATE -> caller.has(Role.ADMIN)
                    || (caller.organisation() == null && caller.hasAny(EnumSet.of(Role.DESK_OFFICER, Role.UNIT_OFFICER)));
        };
    }

    private void authorize(Caller caller, ServiceRequest request, Optional<Task> task, Action action) {
        boolean allowed = permits(caller, request, task, action);
        if (!allowed) {
            audit.record(caller, "request." + action.name().toLowerCase(java.util.Locale.ROOT) + ".denied", "request",
                    request.trackingNumber().toString(), request.auditState(), null);
            throw new AccessDeniedException("Your role or territory does not allow " + action + " on " + request.trackingNumber());
        }
    }
}
