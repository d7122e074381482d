package al.tirana.sporteli.routing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(40);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void anItemAloneIsHandledAtOnceOnTheCallersThread() {
        GroupCommit<Integer, String> group = new GroupCommit<>(10);
        Thread caller = Thread.currentThread();
        List<List<Integer>> batches = new ArrayList<>();

        Optional<String> result = group.join(7, items -> {
            assertEquals(caller, Thread.currentThread());
            batches.add(items);
            return items.stream().map(i -> "item " + i).toList();
        });

        assertEquals(Optional.of("item 7"), result);
        assertEquals(List.of(List.of(7)), batches);
    }

    @Test
    void itemsArrivingWhileABatchRunsAreHandledTogetherAndEachCallerGetsItsOwnAnswer() throws Exception {
        GroupCommit<Integer, Integer> group = new GroupCommit<>(100);
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch othersWaiting = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        Function<List<Integer>, List<Integer>> square = items -> {
            mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            batches.add(items);
            firstBatchStarted.countDown();
            await(othersWaiting);
            running.decrementAndGet();
            return items.stream().map(i -> i * i).toList();
        };

        Future<Optional<Integer>> first = threads.submit(() -> group.join(1, square));
        assertTrue(firstBatchStarted.await(5, TimeUnit.SECONDS));
        List<Future<Optional<Integer>>> others = new ArrayList<>();
        for (int i = 2; i <= 31; i++) {
            int item = i;
            others.add(threads.submit(() -> group.join(item, square)));
        }
        waitUntilWaiting(group, 30);
        othersWaiting.countDown();

        assertEquals(Optional.of(1), first.get(5, TimeUnit.SECONDS));
        for (int i = 0; i < others.size(); i++) {
            int item = i + 2;
            assertEquals(Optional.of(item * item), others.get(i).get(5, TimeUnit.SECONDS));
        }
        assertEquals(2, batches.size(), "the thirty that waited went in one batch");
        assertEquals(30, batches.get(1).size());
        assertEquals(1, mostRunning.get(), "one batch at a time");
    }

    @Test
    void aBatchIsNoLargerThanItsLimit() throws Exception {
        GroupCommit<Integer, Integer> group = new GroupCommit<>(4);
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        Function<List<Integer>, List<Integer>> handler = items -> {
            sizes.add(items.size());
            await(release);
            return items;
        };

        List<Future<Optional<Integer>>> all = new ArrayList<>();
        all.add(threads.submit(() -> group.join(0, handler)));
        waitUntil(() -> sizes.size() == 1);
        for (int i = 1; i <= 10; i++) {
            int item = i;
            all.add(threads.submit(() -> group.join(item, handler)));
        }
        waitUntilWaiting(group, 10);
        release.countDown();

        for (int i = 0; i < all.size(); i++) {
            assertEquals(Optional.of(i), all.get(i).get(5, TimeUnit.SECONDS));
        }
        assertEquals(11, sizes.stream().mapToInt(Integer::intValue).sum());
        assertTrue(sizes.stream().allMatch(size -> size <= 4), "batch sizes " + sizes);
    }

    @Test
    void whenABatchFailsEveryItemInItComesBackEmptyToBeHandledAlone() throws Exception {
        GroupCommit<Integer, Integer> group = new GroupCommit<>(100);
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<List<Integer>, List<Integer>> failsOnThirteen = items -> {
            firstBatchStarted.countDown();
            await(release);
            if (items.contains(13)) {
                throw new IllegalStateException("thirteen");
            }
            return items;
        };

        Future<Optional<Integer>> first = threads.submit(() -> group.join(1, failsOnThirteen));
        assertTrue(firstBatchStarted.await(5, TimeUnit.SECONDS));
        Future<Optional<Integer>> thirteen = threads.submit(() -> group.join(13, failsOnThirteen));
        Future<Optional<Integer>> neighbour = threads.submit(() -> group.join(14, failsOnThirteen));
        waitUntilWaiting(group, 2);
        release.countDown();

        assertEquals(Optional.of(1), first.get(5, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), thirteen.get(5, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), neighbour.get(5, TimeUnit.SECONDS));

        assertEquals(Optional.of(15), group.join(15, failsOnThirteen), "the next batch is taken in again");
    }

    @Test
    void whileOthersWaitTheLeaderRestsInProportionToItsBatchBeforeTheNextOne() throws Exception {
        List<Long> rests = Collections.synchronizedList(new ArrayList<>());

        oneBatchThenOneWaiting(new GroupCommit<>(100, 1, 2.0, rests::add), 20);

        assertEquals(1, rests.size(), "a rest after the batch that left one waiting, none after the last: " + rests);
        assertTrue(rests.get(0) >= TimeUnit.MILLISECONDS.toNanos(40), "twice the batch's 20 ms or more: " + rests.get(0));
    }

    @Test
    void aLeaderWithNobodyWaitingDoesNotRest() {
        List<Long> rests = new ArrayList<>();
        GroupCommit<Integer, Integer> group = new GroupCommit<>(100, 1, 2.0, rests::add);

        assertEquals(Optional.of(3), group.join(3, items -> items));
        assertEquals(List.of(), rests);
    }

    @Test
    void aBatchSmallerThanABacklogDoesNotRestEvenWithOthersWaiting() throws Exception {
        List<Long> rests = Collections.synchronizedList(new ArrayList<>());

        oneBatchThenOneWaiting(new GroupCommit<>(100, 2, 2.0, rests::add), 0);

        assertEquals(List.of(), rests, "a batch of one is traffic, not a backlog");
    }

    /** Item 1 in a batch that is held until item 2 waits, then takes the given time; each gets its own answer. */
    private void oneBatchThenOneWaiting(GroupCommit<Integer, Integer> group, long batchMillis) throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<List<Integer>, List<Integer>> handler = items -> {
            firstBatchStarted.countDown();
            await(release);
            sleepMillis(batchMillis);
            return items;
        };

        Future<Optional<Integer>> first = threads.submit(() -> group.join(1, handler));
        assertTrue(firstBatchStarted.await(5, TimeUnit.SECONDS));
        Future<Optional<Integer>> second = threads.submit(() -> group.join(2, handler));
        waitUntilWaiting(group, 1);
        release.countDown();

        assertEquals(Optional.of(1), first.get(5, TimeUnit.SECONDS));
        assertEquals(Optional.of(2), second.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aHandlerThatAnswersForTooFewItemsFailsTheBatch() {
        GroupCommit<Integer, Integer> group = new GroupCommit<>(10);

        assertEquals(Optional.empty(), group.join(1, items -> List.of()));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntilWaiting(GroupCommit<?, ?> group, int count) throws InterruptedException {
        waitUntil(() -> group.waiting() >= count);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "condition not met within 5 s");
            Thread.sleep(5);
        }
    }
}
