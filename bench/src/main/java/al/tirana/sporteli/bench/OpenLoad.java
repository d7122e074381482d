package al.tirana.sporteli.bench;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Open-model load on the intake API: requests leave at fixed intervals whatever the server answers,
 * and each latency counts from the moment its request was due to leave, not from when it actually
 * left. A server that stalls therefore shows the stall in every request that should have been sent
 * meanwhile, instead of the load generator politely waiting (coordinated omission). The number of
 * requests in flight is bounded; when the bound is reached the schedule waits, and the wait is in
 * the latencies because they count from the due time.
 */
final class OpenLoad {

    /** Looked up once: {@code Json.create...} looks the provider up on every call, which cost the generator CPU the server then lacked. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Localities that resolve to exactly one unit (V8), across urban units and former communes. */
    private static final String[] LOCALITIES = {"Ali Demi", "Qyteti Studenti", "Xhamlliku", "Kinostudio", "Selita",
            "Kombinati", "21 Dhjetori", "Medreseja", "Brraka", "Lapraka", "Kashar", "Petrelë", "Farkë", "Ndroq", "Vaqarr",
            "Baldushk", "Linzë", "Zall-Herr"};

    /** What one fixed-rate step measured. */
    record StepResult(int rate, int seconds, long sent, long ok, long okInWindow, Map<String, Long> errors,
                      Histogram latency, Histogram routing, long unrouted) {

        long failed() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        double errorRate() {
            long done = ok + failed();
            return done == 0 ? 1 : (double) failed() / done;
        }

        /**
         * Whether the server kept up with the step: p99 within the limit, errors under theirs, 95 % of the offered
         * rate answered within the step, and where routing is measured, nine messages in ten in their queue within
         * the same limit and none left after the drain. Consumers that fall behind build a backlog that grows
         * with every second of the step, so their p90 runs away while the intake's answers may still look fine.
         */
        boolean sustained(double p99LimitMs, double errorLimit) {
            boolean answered = Results.ms(latency.getValueAtPercentile(99)) <= p99LimitMs && errorRate() < errorLimit
                    && achieved() >= 0.95 * rate;
            boolean routed = routing == null || routing.getTotalCount() > 0
                    && Results.ms(routing.getValueAtPercentile(90)) <= p99LimitMs && unrouted == 0;
            return answered && routed;
        }

        /** Answers that came within the step's window: those that came after it were not sustained. */
        double achieved() {
            return (double) okInWindow / seconds;
        }

        JsonObjectBuilder json() {
            JsonObjectBuilder errorCounts = JSON.createObjectBuilder();
            errors.forEach(errorCounts::add);
            JsonObjectBuilder json = JSON.createObjectBuilder()
                    .add("rate", rate)
                    .add("seconds", seconds)
                    .add("sent", sent)
                    .add("ok", ok)
                    .add("achieved", Results.round(achieved(), 1))
                    .add("errorRate", Results.round(errorRate() * 100, 3))
                    .add("errors", errorCounts)
                    .add("latency", Results.latencies(latency));
            if (routing != null) {
                json.add("routing", Results.latencies(routing)).add("unrouted", unrouted);
            }
            return json;
        }
    }

    /** Where to send and how to check the routing afterwards (the database is optional). */
    private record Target(URI requests, String apiKey, String jdbc, String user, String password, int maxInFlight,
                          Duration timeout, int warmup, int drainSeconds) {

        static Target of(Args args) {
            String url = args.required("url").replaceAll("/+$", "");
            return new Target(URI.create(url + "/api/v1/requests"), args.required("api-key"), args.text("jdbc", null),
                    args.text("user", "sporteli"), args.text("password", "sporteli"), args.integer("max-in-flight", 1000),
                    Duration.ofMillis(args.integer("timeout-ms", 30_000)), args.integer("warmup", 5),
                    args.integer("drain-seconds", 30));
        }
    }

    /** Connections to the server at most: about its worker threads and some more. */
    private static final int MAX_CONNECTIONS = 128;

    private static final String[] OPTIONS = {"url", "api-key", "jdbc", "user", "password", "max-in-flight", "timeout-ms",
            "warmup", "drain-seconds", "results"};

    private OpenLoad() {
    }

    static void intake(Args args) throws Exception {
        args.allow(concat(OPTIONS, "rate", "seconds", "keys"));
        Target target = Target.of(args);
        // the keys of an earlier intake send its requests again, which the server answers as retries: the cost of the
        // way in and out of an intake without its rows and its message
        try (Load load = new Load(target, args.text("keys", Load.freshKeys()))) {
            StepResult result = load.step(args.integer("rate", 200), args.integer("seconds", 30), "intake");
            print("intake", result);
            Results.append(Path.of(args.text("results", Results.DEFAULT_FILE)), Results.entry("intake").add("step", result.json()));
        }
    }

    /**
     * Steps the rate up until a step misses: p99 over the limit, errors at 0.1 % or more, less than 95 % of
     * the offered rate achieved, or routing falling behind ({@link StepResult#sustained}). The last step that
     * passed is the sustainable maximum. Past the first miss the server only builds a backlog, so the ramp
     * stops there; but first, with {@code --refine}, once the miss's backlog has been worked off it tries the
     * rate halfway between the last pass and the miss, so that the maximum is read to half a step.
     */
    static void ramp(Args args) throws Exception {
        args.allow(concat(OPTIONS, "rates", "step-seconds", "p99-limit-ms", "error-limit-percent", "refine"));
        boolean refine = args.text("refine", "false").equals("true");
        Target target = Target.of(args);
        List<Integer> rates = args.integers("rates", "100,200,400,700,1000,1400,2000");
        int stepSeconds = args.integer("step-seconds", 30);
        double p99Limit = args.number("p99-limit-ms", 500);
        double errorLimit = args.number("error-limit-percent", 0.1) / 100;
        Path results = Path.of(args.text("results", Results.DEFAULT_FILE));
        int sustainable = 0;
        JsonArrayBuilder steps = JSON.createArrayBuilder();
        try (Load load = new Load(target, Load.freshKeys())) {
            for (int rate : rates) {
                StepResult result = load.step(rate, stepSeconds, "ramp-" + rate);
                boolean passed = result.sustained(p99Limit, errorLimit);
                print("ramp " + (passed ? "pass" : "MISS"), result);
                steps.add(result.json().add("passed", passed));
                if (!passed) {
                    int between = halfway(sustainable, rate);
                    if (refine && between > 0) {
                        // the miss's own drain may have left nothing to wait for
                        long waiting = result.unrouted() == 0 ? 0 : load.awaitRouted();
                        StepResult again = load.step(between, stepSeconds, "ramp-" + between);
                        boolean passedAgain = again.sustained(p99Limit, errorLimit);
                        print("ramp, halfway back, " + (passedAgain ? "pass" : "MISS"), again);
                        steps.add(again.json().add("passed", passedAgain).add("halfway", true)
                                .add("waitingBefore", waiting));
                        if (passedAgain) {
                            sustainable = between;
                        }
                    }
                    break;
                }
                sustainable = rate;
            }
        }
        Console.printf("ramp: sustainable intake %d requests/s (p99 <= %.0f ms, errors < %.2f %%)%n", sustainable, p99Limit,
                errorLimit * 100);
        Results.append(results, Results.entry("ramp")
                .add("sustainable", sustainable)
                .add("p99LimitMs", p99Limit)
                .add("errorLimitPercent", errorLimit * 100)
                .add("steps", steps));
    }

    /**
     * The rate halfway between a passed step and the missed one above it, on a multiple of 25 strictly
     * between them; 0 when there is none, or nothing passed.
     */
    static int halfway(int passed, int missed) {
        if (passed <= 0) {
            return 0;
        }
        int between = (passed + missed) / 2 / 25 * 25;
        return between > passed && between < missed ? between : 0;
    }

    private static void print(String label, StepResult r) {
        Console.printf("%s: offered %d/s for %d s, achieved %.0f/s, %d ok, errors %s (%.3f %%); %s%n", label, r.rate(),
                r.seconds(), r.achieved(), r.ok(), r.errors(), r.errorRate() * 100, Results.line(r.latency()));
        if (r.routing() != null) {
            Console.printf("%s: routing (sent to handled by the unit consumer) %s; %d not routed after the drain%n", label,
                    Results.line(r.routing()), r.unrouted());
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** One HTTP client (and its connections) for every step of a run. */
    private static final class Load implements AutoCloseable {

        private final Target target;
        private final PostClient client;
        private final People people = new People(4_242);
        private final String run;
        /** The last step's, for {@link #awaitRouted}. */
        private String lastPrefix;
        private long lastIdFloor;

        /** @param run the Idempotency-Keys' middle part, which tells one run's requests from another's */
        Load(Target target, String run) {
            this.target = target;
            this.run = run;
            // beyond the server's worker threads more connections only queue there instead of here
            this.client = new PostClient(target.requests(), Map.of("Authorization", "Bearer " + target.apiKey(),
                    "Content-Type", "application/json", "Accept", "application/json"),
                    Math.min(target.maxInFlight(), MAX_CONNECTIONS), target.timeout());
        }

        static String freshKeys() {
            return Long.toString(System.currentTimeMillis(), 36);
        }

        StepResult step(int rate, int seconds, String label) throws Exception {
            Semaphore slots = new Semaphore(target.maxInFlight());
            Recorder recorder = new Recorder(60_000_000L, 3);
            LongAdder ok = new LongAdder();
            LongAdder okInWindow = new LongAdder();
            Map<String, LongAdder> errors = new ConcurrentHashMap<>();
            Map<String, String> firstBodies = new ConcurrentHashMap<>();
            String keyPrefix = "bench-" + run + "-" + label + "-";
            long idFloor = target.jdbc() == null ? 0 : idFloor();
            lastPrefix = keyPrefix;
            lastIdFloor = idFloor;
            long start = System.nanoTime() + 50_000_000L;
            long measureFrom = start + target.warmup() * 1_000_000_000L;
            long end = measureFrom + seconds * 1_000_000_000L;
            Instant wallFrom = Instant.now().plusNanos(measureFrom - System.nanoTime());
            Instant wallTo = wallFrom.plusSeconds(seconds);
            long sent = 0;
            long nextProgress = measureFrom + 5_000_000_000L;
            Histogram total = Results.histogram();
            for (long i = 0; ; i++) {
                long due = start + i * 1_000_000_000L / rate;
                if (due >= end) {
                    break;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (System.nanoTime() >= nextProgress) {
                    Histogram interval = recorder.getIntervalHistogram();
                    total.add(interval);
                    Console.printf("%s: %3d s  %,6d answered  p99 %.1f ms%n", label, (nextProgress - measureFrom) / 1_000_000_000L,
                            interval.getTotalCount(), Results.ms(interval.getValueAtPercentile(99)));
                    nextProgress += 5_000_000_000L;
                }
                slots.acquire();
                boolean measured = due >= measureFrom;
                if (measured) {
                    sent++;
                }
                client.post(body(), Map.of("Idempotency-Key", keyPrefix + i), (answer, failure) -> {
                    long answered = System.nanoTime();
                    try {
                        if (measured) {
                            record(recorder, ok, okInWindow, errors, firstBodies, answer, failure, answered - due,
                                    answered <= end);
                        }
                    } finally {
                        // only once counted, so that the end of the step sees every answer
                        slots.release();
                    }
                });
            }
            // let every request in flight finish or time out
            if (!slots.tryAcquire(target.maxInFlight(), target.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                errors.computeIfAbsent("unfinished", k -> new LongAdder()).add(target.maxInFlight() - slots.availablePermits());
            } else {
                slots.release(target.maxInFlight());
            }
            total.add(recorder.getIntervalHistogram());
            firstBodies.forEach((status, body) -> Console.printf("%s: first %s answer: %s%n", label, status,
                    body.length() > 300 ? body.substring(0, 300) + "…" : body));
            Map<String, Long> errorCounts = new TreeMap<>();
            errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
            Histogram routing = null;
            long unrouted = 0;
            if (target.jdbc() != null) {
                long[] left = {0};
                routing = routing(keyPrefix, idFloor, wallFrom, wallTo, left);
                unrouted = left[0];
            }
            return new StepResult(rate, seconds, sent, ok.sum(), okInWindow.sum(), errorCounts, total, routing, unrouted);
        }

        private static void record(Recorder recorder, LongAdder ok, LongAdder okInWindow, Map<String, LongAdder> errors,
                                   Map<String, String> firstBodies, PostClient.Answer response, Throwable failure,
                                   long nanos, boolean inWindow) {
            recorder.recordValue(Math.min(nanos / 1_000, 60_000_000L));
            if (failure == null && (response.status() == 201 || response.status() == 200)) {
                ok.increment();
                if (inWindow) {
                    okInWindow.increment();
                }
                return;
            }
            Throwable cause = failure != null && failure.getCause() != null ? failure.getCause() : failure;
            String kind = failure == null ? Integer.toString(response.status())
                    : failure instanceof PostClient.TimedOut ? "timeout" : cause.getClass().getSimpleName();
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
            if (failure == null) {
                firstBodies.putIfAbsent(kind, response.body());
            }
        }

        /**
         * Routing time of the step's task messages, from their tasks: the sending time the message
         * carries, stamped in the intake transaction just before it commits, to the moment the unit's
         * consumer files the task in its own transaction. Only messages sent in the measured window
         * count. Waits first for the step's requests to have their tasks (up to drain-seconds), so that
         * the next step starts without a backlog.
         */
        private Histogram routing(String keyPrefix, long idFloor, Instant from, Instant to, long[] unrouted)
                throws SQLException, InterruptedException {
            try (Connection connection = DriverManager.getConnection(target.jdbc(), target.user(), target.password())) {
                unrouted[0] = drain(connection, keyPrefix, idFloor, target.drainSeconds());
                return TaskRouting.read(connection, from, to, false);
            }
        }

        /**
         * Waits, up to four drain times, until every request of the last step has its task: a step after a miss
         * must not start with the miss's backlog still in the queues. Nothing to wait for without the database.
         *
         * @return how many are still without their task
         */
        long awaitRouted() throws SQLException, InterruptedException {
            if (target.jdbc() == null || lastPrefix == null) {
                return 0;
            }
            try (Connection connection = DriverManager.getConnection(target.jdbc(), target.user(), target.password())) {
                long left = drain(connection, lastPrefix, lastIdFloor, 4L * target.drainSeconds());
                Console.printf("ramp: %,d requests of the missed step still without their task before the step halfway back%n",
                        left);
                return left;
            }
        }

        /** Polls each second, up to {@code seconds}, for the requests of a step without their first task; returns how many are left. */
        private static long drain(Connection connection, String keyPrefix, long idFloor, long seconds)
                throws SQLException, InterruptedException {
            try (PreparedStatement pending = connection.prepareStatement("SELECT count(*) FROM service_request r"
                    + " LEFT JOIN task t ON t.request_id = r.id AND t.round_no = 1"
                    + " WHERE r.id > ? AND r.idempotency_key LIKE ? AND t.id IS NULL")) {
                pending.setLong(1, idFloor);
                pending.setString(2, keyPrefix.replace("_", "\\_") + "%");
                long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                long left;
                do {
                    try (ResultSet rs = pending.executeQuery()) {
                        rs.next();
                        left = rs.getLong(1);
                    }
                    if (left > 0) {
                        Thread.sleep(1_000);
                    }
                } while (left > 0 && System.nanoTime() < deadline);
                return left;
            }
        }

        /**
         * An id below every request the step will file, so that finding them is a range scan of the primary
         * key: the application takes ids in blocks of 50 ending at the sequence's value, and the block it
         * holds now may have been drawn before the step.
         */
        private long idFloor() throws SQLException {
            try (Connection connection = DriverManager.getConnection(target.jdbc(), target.user(), target.password());
                 ResultSet rs = connection.createStatement().executeQuery("SELECT last_value FROM service_request_seq")) {
                rs.next();
                return rs.getLong(1) - 50;
            }
        }

        /** A portal submission, mixing unit and department services, with and without service fields. */
        private String body() {
            var random = people.random();
            String locality = people.pick(LOCALITIES);
            String name = people.name();
            JsonObjectBuilder applicant = JSON.createObjectBuilder().add("kind", "PERSON").add("number", people.personalNumber())
                    .add("name", name).add("email", people.email(name));
            JsonObjectBuilder location = JSON.createObjectBuilder().add("address", people.address()).add("locality", locality);
            JsonObjectBuilder body = JSON.createObjectBuilder();
            switch (random.nextInt(6)) {
                case 0, 1 -> body.add("serviceCode", "RESIDENT_CERTIFICATE");
                case 2 -> body.add("serviceCode", "TAX_CERTIFICATE");
                case 3 -> {
                    body.add("serviceCode", random.nextBoolean() ? "REPORT_POTHOLE" : "REPORT_WASTE").add("description", people.report());
                    location.add("latitude", people.latitude()).add("longitude", people.longitude());
                }
                case 4 -> body.add("serviceCode", "INFORMATION_REQUEST")
                        .add("fields", JSON.createObjectBuilder().add("INFORMATION_SOUGHT", "Buxheti i njësisë për vitin"));
                default -> body.add("serviceCode", "ECONOMIC_AID")
                        .add("fields", JSON.createObjectBuilder().add("HOUSEHOLD_SIZE", Integer.toString(2 + random.nextInt(6))));
            }
            return body.add("applicant", applicant).add("location", location).build().toString();
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
