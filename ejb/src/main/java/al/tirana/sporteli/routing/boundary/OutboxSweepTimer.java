package al.tirana.sporteli.routing.boundary;

import al.tirana.sporteli.routing.control.OutboxSignal;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Wakes the outbox relay every two seconds. Commits wake it at once; this sweep sends what was left
 * behind: messages committed just before a crash, or while the broker or the database was away.
 */
@Singleton
public class OutboxSweepTimer {

    @Inject
    OutboxSignal signal;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        signal.wake();
    }
}
