package al.tirana.sporteli.emergency.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;

/**
 * The center's tunable figures, read from system properties so that IT operations set them with
 * the WildFly CLI ({@code /system-property=sporteli.operations.duplicate-radius-m:add(value=500)})
 * without a new release. Each read takes the current value.
 */
@ApplicationScoped
public class OperationsSettings {

    static final String RADIUS = "sporteli.operations.duplicate-radius-m";
    static final String WINDOW = "sporteli.operations.duplicate-window-min";
    static final String BACKLOG = "sporteli.operations.backlog-threshold";
    static final String ACK = "sporteli.operations.ack-minutes";
    static final String TILES = "sporteli.map.tiles";

    /** Minutes to acknowledge an incident of severity 1, 2, 3 and 4. */
    private static final long[] DEFAULT_ACK_MINUTES = {2, 10, 30, 120};

    public double duplicateRadiusMeters() {
        return Double.parseDouble(System.getProperty(RADIUS, "300"));
    }

    public Duration duplicateWindow() {
        return Duration.ofMinutes(Long.parseLong(System.getProperty(WINDOW, "120")));
    }

    /** Open tasks in one unit's queue above which the center hears of it. */
    public int backlogThreshold() {
        return Integer.parseInt(System.getProperty(BACKLOG, "500"));
    }

    public Duration acknowledgeWithin(int severity) {
        return Duration.ofMinutes(ackMinutes()[Math.max(1, Math.min(4, severity)) - 1]);
    }

    private static long[] ackMinutes() {
        String configured = System.getProperty(ACK);
        if (configured == null) {
            return DEFAULT_ACK_MINUTES;
        }
        long[] minutes = Arrays.stream(configured.split(",")).map(String::strip).mapToLong(Long::parseLong).toArray();
        return minutes.length == 4 ? minutes : DEFAULT_ACK_MINUTES;
    }

    /** A tile URL template such as https://tiles.example/{z}/{x}/{y}.png, or empty: the map then has no background. */
    public String tileUrl() {
        return System.getProperty(TILES, "").strip();
    }
}
