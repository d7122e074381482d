package al.tirana.sporteli.routing.control;

import al.tirana.sporteli.routing.boundary.Outbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes the outbox relay after a commit that wrote messages. At most one relay runs in this server at a
 * time; commits that arrive while it runs only mark the outbox dirty, and the running relay takes their
 * messages in its next batch, so a busy second costs a few broker transactions instead of one per commit.
 */
@ApplicationScoped
public class OutboxSignal {

    private static final Logger LOG = Logger.getLogger(OutboxSignal.class.getName());
    /** A failing relay (the database or the broker away) reports once per this many milliseconds. */
    private static final long REPORT_EVERY_MILLIS = 60_000;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Outbox outbox;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long lastRelayNanos = System.nanoTime() - MIN_GAP_NANOS;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private volatile long lastReport;

    /**
     * Relay rounds start at least this far apart, unless a commit brought a message for the Operational
     * Center. A round costs the same for one message as for dozens; at hundreds of intakes a second, a
     * round per commit spent more on the rounds than on the messages. 10 ms apart, rounds carried 3.5
     * messages instead of 2.2 at 300 intakes a second and the database did 13 % less work, but every
     * message waited longer: routing's median rose by 3 to 5 ms, against a p99 target of 25 ms.
     */
    static final long MIN_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    /** An emergency waiting: the relay's next round starts now, not after the gap. */
    private final AtomicBoolean urgent = new AtomicBoolean();
    /** The relay's thread while it waits out the gap, for an urgent commit to cut the wait short. */
    private volatile Thread waiting;

    public void wake() {
        wake(false);
    }

    /** @param urgentMessage whether the commit wrote a message for the Operational Center */
    public void wake(boolean urgentMessage) {
        if (urgentMessage) {
            urgent.set(true);
            LockSupport.unpark(waiting);
        }
        dirty.set(true);
        if (running.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // shutting down: what is left waits in the table for the next start
                running.set(false);
            }
        }
    }

    private int relay() {
        lastRelayNanos = System.nanoTime();
        return outbox.relayBatch();
    }

    private void spaceOut() throws InterruptedException {
        long until = lastRelayNanos + MIN_GAP_NANOS;
        waiting = Thread.currentThread();
        try {
            long wait;
            while (!urgent.getAndSet(false) && (wait = until - System.nanoTime()) > 0) {
                LockSupport.parkNanos(this, wait);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        } finally {
            waiting = null;
        }
    }

    private void drain() {
        try {
            while (dirty.getAndSet(false)) {
                spaceOut();
                while (relay() == Outbox.BATCH) {
                    // a full batch: more may be waiting
                }
            }
        } catch (InterruptedException e) {
            // the server is stopping: what is left waits in the table for the next start
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the messages stay in the table; the sweep tries again in a moment
            long now = System.currentTimeMillis();
            if (now - lastReport > REPORT_EVERY_MILLIS) {
                lastReport = now;
                LOG.log(Level.WARNING, "The outbox could not be relayed now; it is tried again every few seconds: {0}",
                        String.valueOf(e.getMessage()));
            }
            LOG.log(Level.FINE, "Outbox relay failed", e);
        } finally {
            running.set(false);
        }
        // a commit between the last empty batch and the release above found the relay still running
        if (dirty.get()) {
            wake();
        }
    }
}
