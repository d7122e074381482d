package al.tirana.sporteli.deadlines.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Runs the escalation every ten seconds. Not persistent: a missed run is covered by the next one. Once a
 * minute, a busy intake's warnings (services whose target is under a day are warned on the next run) came
 * in bursts of hundreds of transactions that held up intake and routing for about a second; every ten
 * seconds the same work comes in small steps.
 */
@Singleton
public class EscalationTimer {

    private static final Logger LOG = Logger.getLogger(EscalationTimer.class.getName());

    @Inject
    Escalations escalations;

    @Inject
    Clock clock;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void everyTenSeconds() {
        Escalations.Outcome outcome = escalations.run(clock.instant());
        if (outcome.warned() + outcome.breached() > 0) {
            LOG.info(() -> "Deadlines: " + outcome.warned() + " warned, " + outcome.breached() + " breached, "
                    + outcome.decidedBySilence() + " decided by silence");
        }
    }
}
