package al.tirana.sporteli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenLoadTest {

    @TempDir
    Path dir;

    /**
     * The open model keeps the schedule through a half-second stall, and every request due during the
     * stall carries the wait in its latency: a closed-loop client would have sent fewer and seen none.
     */
    @Test
    void countsAStallInEveryRequestDueDuringIt() throws Exception {
        Path results = dir.resolve("results.jsonl");
        try (FakeSporteli server = new FakeSporteli(16, 0)) {
            Thread staller = stall(server, 2_000, 500);
            OpenLoad.intake(Args.parse(new String[] {"--url", server.url(), "--api-key", "test-key", "--rate", "100",
                    "--seconds", "2", "--warmup", "1", "--results", results.toString()}));
            staller.join();
            assertEquals(300, server.filed.get(), "every request of the schedule, warm-up included, was sent and accepted");
        }
        JsonObject step = Results.read(results).get(0).getJsonObject("step");
        assertEquals(200, step.getInt("sent"));
        assertEquals(200, step.getInt("ok"));
        assertEquals(0, step.getJsonObject("errors").size());
        JsonObject latency = step.getJsonObject("latency");
        assertTrue(latency.getJsonNumber("max").doubleValue() >= 400, "the stall is in the latencies: " + latency);
        // about a quarter of the requests were due during the stall (or queued behind it)
        assertTrue(latency.getJsonNumber("p90").doubleValue() >= 100, "not only the max: " + latency);
    }

    /** An answer later than the timeout counts as a timeout, and the schedule goes on meanwhile. */
    @Test
    void countsAnswersLaterThanTheTimeoutAsTimeouts() throws Exception {
        Path results = dir.resolve("timeouts.jsonl");
        try (FakeSporteli server = new FakeSporteli(16, 0)) {
            Thread staller = stall(server, 1_500, 1_000);
            OpenLoad.intake(Args.parse(new String[] {"--url", server.url(), "--api-key", "test-key", "--rate", "50",
                    "--seconds", "3", "--warmup", "1", "--timeout-ms", "300", "--results", results.toString()}));
            staller.join();
        }
        JsonObject step = Results.read(results).get(0).getJsonObject("step");
        long timeouts = step.getJsonObject("errors").getJsonNumber("timeout").longValue();
        assertTrue(timeouts >= 20, "requests due in the stall's first 0.7 s time out: " + step);
        assertEquals(step.getInt("sent"), step.getInt("ok") + timeouts, "every request is either answered or timed out: " + step);
    }

    /**
     * A server that does at most 50 requests a second keeps up with 5 and not with 200: the ramp reports 5
     * as sustainable and stops at the miss. (Rates far apart, so that a busy test machine does not decide.)
     */
    @Test
    void rampStopsAtTheFirstMissedStep() throws Exception {
        Path results = dir.resolve("ramp.jsonl");
        try (FakeSporteli server = new FakeSporteli(1, 20)) {
            OpenLoad.ramp(Args.parse(new String[] {"--url", server.url(), "--api-key", "test-key", "--rates", "5,200,400",
                    "--step-seconds", "2", "--warmup", "1", "--p99-limit-ms", "1000", "--results", results.toString()}));
        }
        JsonObject ramp = Results.read(results).get(0);
        assertEquals(5, ramp.getInt("sustainable"));
        assertEquals(2, ramp.getJsonArray("steps").size(), "no step after the miss");
        JsonObject missed = ramp.getJsonArray("steps").getJsonObject(1);
        assertTrue(missed.getJsonNumber("achieved").doubleValue() < 100, "the server's limit shows in the achieved rate: " + missed);
    }

    /**
     * With refinement, the ramp goes back halfway after its miss: a server that does at most 50 requests a
     * second misses 80, keeps up with 25 again, and 25 is the sustainable rate.
     */
    @Test
    void rampGoesBackHalfwayAfterTheMiss() throws Exception {
        Path results = dir.resolve("refined.jsonl");
        try (FakeSporteli server = new FakeSporteli(1, 20)) {
            OpenLoad.ramp(Args.parse(new String[] {"--url", server.url(), "--api-key", "test-key", "--rates", "5,80,400",
                    "--step-seconds", "2", "--warmup", "1", "--p99-limit-ms", "1000", "--refine", "true",
                    "--results", results.toString()}));
        }
        JsonObject ramp = Results.read(results).get(0);
        assertEquals(3, ramp.getJsonArray("steps").size(), "the miss, then one step halfway back, then the end: " + ramp);
        JsonObject back = ramp.getJsonArray("steps").getJsonObject(2);
        assertEquals(25, back.getInt("rate"));
        assertTrue(back.getBoolean("halfway") && back.getBoolean("passed"), back.toString());
        assertEquals(0, back.getInt("waitingBefore"), "nothing to wait for without the database");
        assertEquals(25, ramp.getInt("sustainable"));
    }

    /** Halfway is on a multiple of 25 strictly between the two rates, and there is none below the first step. */
    @Test
    void halfwayLiesStrictlyBetweenOnMultiplesOf25() {
        assertEquals(675, OpenLoad.halfway(600, 750));
        assertEquals(800, OpenLoad.halfway(750, 875));
        assertEquals(1125, OpenLoad.halfway(1000, 1250));
        assertEquals(0, OpenLoad.halfway(0, 25), "nothing passed");
        assertEquals(0, OpenLoad.halfway(25, 50), "no multiple of 25 between");
        assertEquals(0, OpenLoad.halfway(400, 425));
    }

    /**
     * Quick answers do not make a step sustained when the consumers fall behind: a backlog that grows through
     * the step puts most messages late, while a few slow ones among many quick ones do not.
     */
    @Test
    void aStepWhoseRoutingFallsBehindIsNotSustained() {
        Histogram answers = histogram(1_000, 3_000);
        OpenLoad.StepResult keptUp = step(answers, histogram(1_000, 8_000, 100, 600_000), 0);
        OpenLoad.StepResult behind = step(answers, histogram(1_000, 8_000, 600, 2_000_000), 0);
        OpenLoad.StepResult leftOver = step(answers, histogram(1_000, 8_000), 12);

        assertTrue(step(answers, null, 0).sustained(500, 0.001), "routing not measured: the answers decide");
        assertTrue(keptUp.sustained(500, 0.001), "a tenth of the messages late is a burst, not a backlog");
        assertFalse(behind.sustained(500, 0.001), "most messages late: the consumers fell behind");
        assertFalse(leftOver.sustained(500, 0.001), "messages still waiting after the drain");
    }

    private static OpenLoad.StepResult step(Histogram answers, Histogram routing, long unrouted) {
        return new OpenLoad.StepResult(100, 10, 1_000, 1_000, 1_000, Map.of(), answers, routing, unrouted);
    }

    /** A histogram in microseconds: {@code count} values of {@code micros}, then {@code count2} of {@code micros2}, ... */
    private static Histogram histogram(long... countsAndMicros) {
        Histogram histogram = Results.histogram();
        for (int i = 0; i < countsAndMicros.length; i += 2) {
            histogram.recordValueWithCount(countsAndMicros[i + 1], countsAndMicros[i]);
        }
        return histogram;
    }

    /** Holds the server's answers for a while, some time after the load has started. */
    private static Thread stall(FakeSporteli server, long afterMillis, long forMillis) {
        Thread staller = new Thread(() -> {
            try {
                Thread.sleep(afterMillis);
                server.stall.lock();
                try {
                    Thread.sleep(forMillis);
                } finally {
                    server.stall.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        staller.start();
        return staller;
    }
}
