package al.tirana.sporteli.emergency.control;

import al.tirana.sporteli.platform.control.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The broker's dead-letter queue, read and worked through the queue's management bean (the same one
 * the WildFly console and JConsole show), so that no class of the broker is needed in the application.
 */
@ApplicationScoped
public class DeadLetterQueue {

    /** What a dead-lettered message carries that an operator needs to decide on it. */
    public record Letter(long brokerId, String messageId, String originalQueue, String kind, String sporteliId,
                         Instant sentAt, int deliveries) {
    }

    static final String QUEUE = "jms.queue.DLQ";

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    public long count() {
        try {
            return ((Number) server.getAttribute(queue(), "MessageCount")).longValue();
        } catch (JMException e) {
            throw new IllegalStateException("Cannot read the dead-letter queue", e);
        }
    }

    public List<Letter> list() {
        try {
            String json = (String) server.invoke(queue(), "listMessagesAsJSON", new Object[] {""},
                    new String[] {String.class.getName()});
            List<Letter> letters = new ArrayList<>();
            try (var reader = Jsons.createReader(new StringReader(json))) {
                JsonArray array = reader.readArray();
                for (JsonValue value : array) {
                    letters.add(letter(value.asJsonObject()));
                }
            }
            letters.sort(Comparator.comparing(Letter::brokerId));
            return letters;
        } catch (JMException e) {
            throw new IllegalStateException("Cannot list the dead-letter queue", e);
        }
    }

    /** Moves the message back to the queue it failed on; false when it is no longer in the DLQ. */
    public boolean retry(long brokerId) {
        return operate("retryMessage", brokerId);
    }

    public boolean discard(long brokerId) {
        return operate("removeMessage", brokerId);
    }

    private boolean operate(String operation, long brokerId) {
        try {
            Object done = server.invoke(queue(), operation, new Object[] {brokerId}, new String[] {long.class.getName()});
            return Boolean.TRUE.equals(done);
        } catch (JMException e) {
            throw new IllegalStateException("Cannot " + operation + " " + brokerId + " on the dead-letter queue", e);
        }
    }

    private static Letter letter(JsonObject m) {
        String original = text(m, "_AMQ_ORIG_QUEUE");
        if (original == null) {
            original = text(m, "_AMQ_ORIG_ADDRESS");
        }
        String userId = text(m, "userID");
        Long timestamp = number(m, "timestamp");
        Long deliveries = number(m, "deliveryCount");
        return new Letter(number(m, "messageID"), userId, original == null ? "?" : original.replaceFirst("^jms\\.queue\\.", ""),
                text(m, "sporteliKind"), text(m, "sporteliMessageId"),
                timestamp == null || timestamp == 0 ? null : Instant.ofEpochMilli(timestamp),
                deliveries == null ? 0 : deliveries.intValue());
    }

    private static String text(JsonObject m, String key) {
        JsonValue v = m.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    private static Long number(JsonObject m, String key) {
        JsonValue v = m.get(key);
        if (v instanceof JsonNumber n) {
            return n.longValue();
        }
        if (v instanceof JsonString s) {
            try {
                return Long.parseLong(s.getString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private ObjectName queue() throws JMException {
        Set<ObjectName> names = server.queryNames(
                new ObjectName("org.apache.activemq.artemis:subcomponent=queues,queue=\"" + QUEUE + "\",*"), null);
        if (names.size() != 1) {
            throw new IllegalStateException("Expected one management bean for " + QUEUE + ", found " + names.size());
        }
        return names.iterator().next();
    }
}
