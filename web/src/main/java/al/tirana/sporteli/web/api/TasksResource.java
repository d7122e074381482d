package al.tirana.sporteli.web.api;

import al.tirana.sporteli.deadlines.control.DueState;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.boundary.Tasks.QueueEntry;
import al.tirana.sporteli.workflow.entity.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The work queue of a unit or department: its open and claimed tasks, oldest first, paged by key. */
@ApplicationScoped
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    public record TaskView(long taskId, String trackingNumber, String serviceCode, String step, Role role,
                           TaskStatus status, String assignee, String queue, Instant createdAt, Instant dueAt,
                           Instant requestDueAt, boolean overdue) {

        static TaskView of(QueueEntry entry, Instant now) {
            var t = entry.task();
            var r = entry.request();
            return new TaskView(t.id(), r.trackingNumber().toString(), r.serviceCode(), t.stepCode(), t.role(), t.status(),
                    t.assignee(), t.queueCode(), t.createdAt(), t.dueAt(), DueState.due(r), DueState.of(r, now) == DueState.OVERDUE);
        }
    }

    @Inject
    Tasks tasks;

    @Inject
    CallerResolver callers;

    @Inject
    Clock clock;

    @GET
    public RequestsResource.Page<TaskView> queue(@QueryParam("queue") String queue, @QueryParam("after") Long after,
                                                 @QueryParam("limit") Integer limit) {
        if (queue == null || queue.isBlank()) {
            throw InvalidInputException.of("queue", "field.required");
        }
        int size = limit == null ? 50 : limit;
        Instant now = clock.instant();
        List<QueueEntry> entries = tasks.queue(queue.strip().toUpperCase(java.util.Locale.ROOT), after == null ? 0 : after,
                size, callers.caller());
        String next = entries.size() < size ? null : "after=" + entries.get(entries.size() - 1).task().id();
        return new RequestsResource.Page<>(entries.stream().map(e -> TaskView.of(e, now)).toList(), next);
    }
}
