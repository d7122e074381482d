package al.tirana.sporteli.routing.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacklogTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void aFullBatchWithAMessageOlderThanTwoSecondsIsABacklog() {
        List<RoutedMessage> batch = sentSecondsAgo(Backlog.BATCH - 1, 0);
        batch.add(message(3));

        assertTrue(Backlog.among(batch, NOW));
    }

    @Test
    void aFullBatchOfFreshMessagesIsABusyMomentNotABacklog() {
        assertFalse(Backlog.among(sentSecondsAgo(Backlog.BATCH * 4, 1), NOW));
    }

    @Test
    void aFewMessagesAreTrafficHoweverLongTheyWaited() {
        assertFalse(Backlog.among(sentSecondsAgo(Backlog.BATCH - 1, 600), NOW));
    }

    private static List<RoutedMessage> sentSecondsAgo(int count, long seconds) {
        List<RoutedMessage> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(message(seconds));
        }
        return batch;
    }

    private static RoutedMessage message(long secondsAgo) {
        return RoutedMessage.create("task.requested", NOW.minusSeconds(secondsAgo), JsonValue.EMPTY_JSON_OBJECT);
    }
}
