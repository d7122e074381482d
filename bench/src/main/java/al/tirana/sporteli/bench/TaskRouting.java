package al.tirana.sporteli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.HdrHistogram.Histogram;

/**
 * Routing times as the tasks keep them: the sending time their message carried, stamped in the sending
 * transaction just before it commits, to their filing by the queue's consumer in its own transaction.
 */
final class TaskRouting {

    /** The Operational Center's queue, as tasks name it. */
    static final String EMERGENCY_QUEUE = "EMERGENCY";

    private TaskRouting() {
    }

    /**
     * In microseconds, of the tasks whose messages were sent in [from, to), on the emergency queue alone or
     * on every other queue.
     */
    static Histogram read(Connection connection, Instant from, Instant to, boolean emergency) throws SQLException {
        Histogram histogram = Results.histogram();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT (extract(epoch FROM created_at - sent_at) * 1000000)::bigint FROM task"
                        + " WHERE sent_at >= ? AND sent_at < ? AND " + (emergency ? "queue_code = ?" : "queue_code <> ?"))) {
            statement.setTimestamp(1, Timestamp.from(from));
            statement.setTimestamp(2, Timestamp.from(to));
            statement.setString(3, EMERGENCY_QUEUE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    histogram.recordValue(Math.max(0, Math.min(rs.getLong(1), 60_000_000L)));
                }
            }
        }
        return histogram;
    }
}
