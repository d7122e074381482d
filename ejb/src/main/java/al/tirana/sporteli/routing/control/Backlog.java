package al.tirana.sporteli.routing.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Tells a backlog's batch of messages from everyday traffic's. Traffic makes batches of a few, and even
 * a busy minute of intake lags by a fraction of a second; a backlog of thousands makes full batches of
 * messages that have waited seconds. Only a backlog is held back for the Operational Center: traffic
 * that rested would fall further behind each time.
 */
public final class Backlog {

    /** The size from which a batch may be a backlog's. */
    public static final int BATCH = 16;

    /** How long one of its messages has waited, at least. */
    public static final Duration AGE = Duration.ofSeconds(2);

    private Backlog() {
    }

    public static boolean among(List<RoutedMessage> batch, Instant now) {
        if (batch.size() < BATCH) {
            return false;
        }
        Instant before = now.minus(AGE);
        return batch.stream().anyMatch(message -> message.sentAt().isBefore(before));
    }
}
