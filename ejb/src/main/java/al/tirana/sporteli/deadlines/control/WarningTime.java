package al.tirana.sporteli.deadlines.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When the officer and the head are warned that a request nears its service target: once three quarters
 * of the time from receipt to the target have run, and a day before the target at the latest. A fixed
 * day's lead warned every request of a service whose target is a day or less (a tax certificate, a street
 * report) at intake, a notice for each request that told the queue nothing it did not know.
 */
public final class WarningTime {

    /** The lead of services whose target is four days away or more. */
    static final Duration LONGEST_LEAD = Duration.ofHours(24);

    private WarningTime() {
    }

    /** @return null when there is no target to warn of */
    public static Instant of(Instant received, Instant targetDue) {
        if (targetDue == null) {
            return null;
        }
        Duration quarter = received.isBefore(targetDue) ? Duration.ofMillis(Duration.between(received, targetDue).toMillis() / 4) : Duration.ZERO;
        return targetDue.minus(quarter.compareTo(LONGEST_LEAD) < 0 ? quarter : LONGEST_LEAD);
    }
}
