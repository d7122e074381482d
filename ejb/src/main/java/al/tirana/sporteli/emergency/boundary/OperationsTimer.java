package al.tirana.sporteli.emergency.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the center's watches: acknowledgements and the dead-letter queue every ten seconds (a severity 1
 * incident has two minutes), unit backlogs every minute. Not persistent: the next run covers a missed one.
 * A singleton's calls take turns, so a watch run by hand (at a chosen time, in the tests) never races
 * the scheduled one into raising the same incident twice.
 */
@Singleton
// each watch commits on its own: one failing must not roll back what another did
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OperationsTimer {

    private static final Logger LOG = Logger.getLogger(OperationsTimer.class.getName());

    @Inject
    IncidentTimers timers;

    @Inject
    Clock clock;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void often() {
        watch("acknowledgements", () -> acknowledgements(clock.instant()));
        watch("dead letters", () -> deadLetters(clock.instant()));
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        watch("backlogs", () -> backlogs(clock.instant()));
    }

    public int acknowledgements(Instant now) {
        return timers.acknowledgements(now);
    }

    public int deadLetters(Instant now) {
        return timers.deadLetters(now);
    }

    public int backlogs(Instant now) {
        return timers.backlogs(now);
    }

    /** One watch failing (the broker restarting, say) must not stop the others. */
    private static void watch(String what, java.util.function.IntSupplier run) {
        try {
            int found = run.getAsInt();
            if (found > 0) {
                LOG.info(() -> "Operational Center, " + what + ": " + found);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Operational Center: the " + what + " watch failed; it runs again shortly", e);
        }
    }
}
