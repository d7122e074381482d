package al.tirana.sporteli.routing.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets threads that each hold one item have their items handled together, in one transaction, by
 * whichever of them comes first. The others wait, without a processor, until their item's batch is
 * done; so under load a single thread does the work, in batches as large as the waiting allows, and
 * when nothing else waits an item is handled at once on its own.
 *
 * <p>A batch fails as a whole. Its items then come back empty, and each caller handles its own item
 * alone: one faulty item cannot fail its neighbours more than once.
 *
 * @param <T> an item
 * @param <R> what handling an item gave
 */
public final class GroupCommit<T, R> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    private final int maxBatch;
    private final int restFrom;
    private final double restRatio;
    private final LongConsumer rest;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batchDone = lock.newCondition();
    private final ArrayDeque<Entry<T, R>> waiting = new ArrayDeque<>();
    private boolean leading;

    public GroupCommit(int maxBatch) {
        this(maxBatch, maxBatch, 0, nanos -> { });
    }

    /**
     * @param restFrom  the size from which a batch that left others waiting counts as a backlog, not as traffic
     * @param restRatio after such a batch the leader rests this many times the batch's own time before the
     *                  next batch starts: a backlog then takes at most 1 / (1 + restRatio) of a thread, and work
     *                  elsewhere (the Operational Center's) keeps the rest
     * @param rest      how the leader rests, given nanoseconds
     */
    public GroupCommit(int maxBatch, int restFrom, double restRatio, LongConsumer rest) {
        if (maxBatch < 1 || restFrom < 1 || restRatio < 0) {
            throw new IllegalArgumentException("A batch holds at least one item, and rests no negative time");
        }
        this.maxBatch = maxBatch;
        this.restFrom = restFrom;
        this.restRatio = restRatio;
        this.rest = rest;
    }

    /** Rests for the given time; an interrupt ends the rest early and is kept for the caller. */
    public static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Handles the item, in a batch with the items of other threads that arrive meanwhile.
     *
     * @param handler handles a batch at once and answers for each item, in order; it runs on one thread at a time
     * @return what handling the item gave, or empty when its batch failed and the item must be handled alone
     */
    public Optional<R> join(T item, Function<List<T>, List<R>> handler) {
        Entry<T, R> entry = new Entry<>(item);
        lock.lock();
        try {
            waiting.add(entry);
            while (!entry.done) {
                if (leading) {
                    batchDone.awaitUninterruptibly();
                } else {
                    lead(handler);
                }
            }
            return Optional.ofNullable(entry.result);
        } finally {
            lock.unlock();
        }
    }

    /** Takes the next batch off the waiting items and handles it; called, and returns, with the lock held. */
    private void lead(Function<List<T>, List<R>> handler) {
        leading = true;
        List<Entry<T, R>> batch = new ArrayList<>(Math.min(waiting.size(), maxBatch));
        while (batch.size() < maxBatch && !waiting.isEmpty()) {
            batch.add(waiting.poll());
        }
        lock.unlock();
        List<R> results = null;
        long started = System.nanoTime();
        try {
            results = handle(batch, handler);
        } finally {
            lock.lock();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).finish(results == null ? null : results.get(i));
            }
            batchDone.signalAll();
            restAfter(batch.size(), System.nanoTime() - started);
            leading = false;
            batchDone.signalAll();
        }
    }

    /** Under a backlog, holds the next batch back; the finished batch's callers go on meanwhile. */
    private void restAfter(int batchSize, long batchNanos) {
        long restNanos = (long) (batchNanos * restRatio);
        if (restNanos > 0 && batchSize >= restFrom && !waiting.isEmpty()) {
            lock.unlock();
            try {
                rest.accept(restNanos);
            } finally {
                lock.lock();
            }
        }
    }

    /** How many items wait for a batch, not counting those in the batch being handled. */
    public int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private List<R> handle(List<Entry<T, R>> batch, Function<List<T>, List<R>> handler) {
        List<T> items = new ArrayList<>(batch.size());
        for (Entry<T, R> entry : batch) {
            items.add(entry.item);
        }
        try {
            List<R> results = handler.apply(items);
            if (results.size() != items.size()) {
                throw new IllegalStateException("Answered " + results.size() + " of " + items.size() + " items");
            }
            return results;
        } catch (RuntimeException e) {
            // each caller handles its item alone, and the faulty one reports its own failure
            LOG.log(Level.FINE, e, () -> "A batch of " + items.size() + " failed; each item is handled alone");
            return null;
        }
    }

    private static final class Entry<T, R> {

        final T item;
        R result;
        boolean done;

        Entry(T item) {
            this.item = item;
        }

        void finish(R value) {
            result = value;
            done = true;
        }
    }
}
