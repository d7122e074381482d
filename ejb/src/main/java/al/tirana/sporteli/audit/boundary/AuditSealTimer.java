package al.tirana.sporteli.audit.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Seals new audit entries every second, so an entry is tamper-evident about a second after its change
 * committed. Not persistent: a missed second is covered by the next one.
 */
@Singleton
public class AuditSealTimer {

    @Inject
    AuditSeals seals;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void everySecond() {
        seals.sealPending();
    }
}
