package al.tirana.sporteli.workflow.control;

import al.tirana.sporteli.platform.control.Jsons;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.routing.control.MalformedMessageException;
import al.tirana.sporteli.routing.control.RoutedMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** The message that asks a queue's consumer to file a task, and its reading on the other side. */
public final class TaskMessages {

    public static final String TASK_REQUESTED = "task.requested";

    public record TaskRequest(long requestId, String trackingNumber, int round, int step, String stepCode, Role role,
                              String queue, Instant dueAt) {
    }

    private TaskMessages() {
    }

    public static RoutedMessage taskRequested(TaskRequest task, Instant now) {
        JsonObjectBuilder payload = Jsons.createObjectBuilder()
                .add("requestId", task.requestId())
                .add("trackingNumber", task.trackingNumber())
                .add("round", task.round())
                .add("step", task.step())
                .add("stepCode", task.stepCode())
                .add("role", task.role().name())
                .add("queue", task.queue());
        if (task.dueAt() != null) {
            payload.add("dueAt", task.dueAt().toString());
        }
        return RoutedMessage.create(TASK_REQUESTED, now, payload.build());
    }

    public static TaskRequest read(RoutedMessage message) {
        JsonObject p = message.payload();
        try {
            return new TaskRequest(p.getJsonNumber("requestId").longValue(), p.getString("trackingNumber"),
                    p.getInt("round"), p.getInt("step"), p.getString("stepCode"), Role.valueOf(p.getString("role")),
                    p.getString("queue"), p.containsKey("dueAt") ? Instant.parse(p.getString("dueAt")) : null);
        } catch (RuntimeException e) {
            throw new MalformedMessageException("Not a task request: " + e.getMessage(), e);
        }
    }
}
