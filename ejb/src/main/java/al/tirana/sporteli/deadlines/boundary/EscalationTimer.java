package al.tirana.sporteli.deadlines.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** Runs the escalation every minute. Not persistent: a missed minute is covered by the next one. */
@Singleton
public class EscalationTimer {

    private static final Logger LOG = Logger.getLogger(EscalationTimer.class.getName());

    @Inject
    Escalations escalations;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        Escalations.Outcome outcome = escalations.run(clock.instant());
        if (outcome.warned() + outcome.breached() > 0) {
            LOG.info(() -> "Deadlines: " + outcome.warned() + " warned, " + outcome.breached() + " breached, "
                    + outcome.decidedBySilence() + " decided by silence");
        }
    }
}
