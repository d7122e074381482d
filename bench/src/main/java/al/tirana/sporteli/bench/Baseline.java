package al.tirana.sporteli.bench;

import al.tirana.sporteli.bench.Reference.Service;
import al.tirana.sporteli.bench.Reference.Step;
import al.tirana.sporteli.bench.Reference.Unit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the database alone allows: the rows of an intake (the request, its first task, its audit entry,
 * written unsealed as the application writes it), by plain JDBC in one local transaction per request
 * at a fixed concurrency, closed-loop. The gap between this and the intake figures is what the server,
 * the outbox and JMS cost. The running server's sealer chains these entries like its own, so the audit chain
 * still verifies afterwards.
 */
final class Baseline {

    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private Baseline() {
    }

    static void run(Args args) throws Exception {
        args.allow("jdbc", "user", "password", "threads", "seconds", "warmup", "results");
        int threads = args.integer("threads", 8);
        int seconds = args.integer("seconds", 20);
        int warmup = args.integer("warmup", 3);
        String url = args.required("jdbc");
        String user = args.text("user", "sporteli");
        String password = args.text("password", "sporteli");
        int year = Instant.now().atZone(TIRANA).getYear();
        Reference reference;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            reference = Reference.load(connection);
            // as the application does at startup; a no-op when it exists
            statement.execute("CREATE SEQUENCE IF NOT EXISTS " + TrackingNumbers.sequenceName(year) + " START WITH 1 INCREMENT BY 1");
        }

        Recorder recorder = new Recorder(60_000_000L, 3);
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder committed = new LongAdder();
        LongAdder failed = new LongAdder();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> fatal = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Worker worker = new Worker(DriverManager.getConnection(url, user, password), reference, year,
                    new People(t * 7919L + 1), "baseline-" + run + "-" + t + "-");
            Thread thread = new Thread(() -> {
                try (worker) {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        if (worker.intake()) {
                            if (measuring.get()) {
                                recorder.recordValue(Math.min((System.nanoTime() - start) / 1_000, 60_000_000L));
                                committed.increment();
                            }
                        } else if (measuring.get()) {
                            failed.increment();
                        }
                    }
                } catch (Exception e) {
                    fatal.add(e);
                }
            }, "baseline-" + t);
            workers.add(thread);
            thread.start();
        }
        Thread.sleep(warmup * 1_000L);
        recorder.reset();
        measuring.set(true);
        long measureStart = System.nanoTime();
        Histogram total = Results.histogram();
        for (int elapsed = 0; elapsed < seconds; elapsed += 5) {
            Thread.sleep(Math.min(5, seconds - elapsed) * 1_000L);
            Histogram interval = recorder.getIntervalHistogram();
            total.add(interval);
            Console.printf("baseline: %3d s  %,6.0f requests/s  p99 %.1f ms%n", Math.min(elapsed + 5, seconds),
                    interval.getTotalCount() / (Math.min(5, seconds - elapsed) * 1.0),
                    Results.ms(interval.getValueAtPercentile(99)));
        }
        measuring.set(false);
        double measured = (System.nanoTime() - measureStart) / 1e9;
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        total.add(recorder.getIntervalHistogram());
        if (!fatal.isEmpty()) {
            throw new IllegalStateException("A worker failed", fatal.get(0));
        }
        double rate = committed.sum() / measured;
        Console.printf("baseline: %d threads, %d s: %,.0f requests/s, %d failed; %s%n", threads, seconds, rate,
                failed.sum(), Results.line(total));
        Results.append(Path.of(args.text("results", Results.DEFAULT_FILE)), Results.entry("baseline")
                .add("threads", threads)
                .add("seconds", seconds)
                .add("requestsPerSecond", Math.round(rate))
                .add("failed", failed.sum())
                .add("latency", Results.latencies(total)));
        withdraw(url, user, password, "baseline-" + run + "-");
    }

    /**
     * Cancels the baseline's requests and their tasks once measured: left open, tens of thousands of
     * fresh requests would keep the deadline timer busy warning about them during the later steps,
     * and swell the queues the reads are meant to measure at the seeded size.
     */
    private static void withdraw(String url, String user, String password, String keyPrefix) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement tasks = connection.prepareStatement("UPDATE task SET status = 'CANCELLED' WHERE request_id IN"
                     + " (SELECT id FROM service_request WHERE idempotency_key LIKE ?)");
             PreparedStatement requests = connection.prepareStatement("UPDATE service_request SET status = 'CANCELLED',"
                     + " closed_at = now() WHERE idempotency_key LIKE ?")) {
            connection.setAutoCommit(false);
            tasks.setString(1, keyPrefix + "%");
            requests.setString(1, keyPrefix + "%");
            tasks.executeUpdate();
            int withdrawn = requests.executeUpdate();
            connection.commit();
            Console.printf("baseline: its %,d requests withdrawn (cancelled), out of the later steps' way%n", withdrawn);
        }
    }

    /** One connection filing one request after another, with ids taken in blocks of 50 as EclipseLink does. */
    private static final class Worker implements AutoCloseable {

        private final Connection connection;
        private final Reference reference;
        private final People people;
        private final String keyPrefix;
        private final int year;
        private final PreparedStatement serial;
        private final PreparedStatement requestIds;
        private final PreparedStatement taskIds;
        private final PreparedStatement auditIds;
        private final PreparedStatement insertRequest;
        private final PreparedStatement insertTask;
        private final PreparedStatement insertAudit;
        private final long[] requestBlock = {0, 0};
        private final long[] taskBlock = {0, 0};
        private final long[] auditBlock = {0, 0};
        private long sequence;

        Worker(Connection connection, Reference reference, int year, People people, String keyPrefix) throws SQLException {
            this.connection = connection;
            this.reference = reference;
            this.people = people;
            this.keyPrefix = keyPrefix;
            this.year = year;
            connection.setAutoCommit(false);
            serial = connection.prepareStatement("SELECT nextval('" + TrackingNumbers.sequenceName(year) + "')");
            requestIds = connection.prepareStatement("SELECT nextval('service_request_seq')");
            taskIds = connection.prepareStatement("SELECT nextval('task_seq')");
            auditIds = connection.prepareStatement("SELECT nextval('audit_entry_seq')");
            insertRequest = connection.prepareStatement("INSERT INTO service_request (" + Seed.REQUEST_COLUMNS + ") VALUES ("
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertTask = connection.prepareStatement("INSERT INTO task (" + Seed.TASK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertAudit = connection.prepareStatement("INSERT INTO audit_entry (id, at, actor, actor_role, actor_unit,"
                    + " address, channel, action, subject_type, subject_id, before_state, after_state)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        /** One intake in one transaction; false when it failed and was rolled back. */
        boolean intake() throws SQLException {
            try {
                file();
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                if (connection.isClosed()) {
                    throw e;
                }
                return false;
            }
        }

        private void file() throws SQLException {
            var random = people.random();
            List<Service> services = reference.services();
            Service service = services.get(random.nextInt(services.size()));
            List<Unit> units = reference.units();
            Unit unit = units.get(random.nextInt(units.size()));
            Step first = service.steps().get(0);
            String queue = service.queueFor(first, unit.code());
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            long id = next(requestIds, requestBlock);
            String tracking = TrackingNumbers.format(year, single(serial));
            String name = people.name();
            byte[] salt = new byte[12];
            byte[] hash = new byte[32];
            random.nextBytes(salt);
            random.nextBytes(hash);
            String locality = unit.localities().isEmpty() ? null : unit.localities().get(random.nextInt(unit.localities().size()));

            int i = 1;
            insertRequest.setLong(i++, id);
            insertRequest.setString(i++, tracking);
            insertRequest.setString(i++, "1$" + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash));
            insertRequest.setString(i++, keyPrefix + sequence++);
            insertRequest.setLong(i++, service.id());
            insertRequest.setString(i++, service.code());
            insertRequest.setString(i++, "PORTAL");
            insertRequest.setString(i++, "PERSON");
            insertRequest.setString(i++, people.personalNumber());
            insertRequest.setString(i++, name);
            insertRequest.setString(i++, people.email(name));
            insertRequest.setNull(i++, Types.VARCHAR);
            insertRequest.setString(i++, people.address());
            insertRequest.setString(i++, locality);
            insertRequest.setNull(i++, Types.DOUBLE);
            insertRequest.setNull(i++, Types.DOUBLE);
            insertRequest.setString(i++, unit.code());
            insertRequest.setNull(i++, Types.VARCHAR);
            insertRequest.setString(i++, "{}");
            insertRequest.setString(i++, "RECEIVED");
            insertRequest.setInt(i++, 0);
            insertRequest.setString(i++, queue);
            insertRequest.setObject(i++, utc(now));
            insertRequest.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
            insertRequest.setObject(i++, service.legal() == null ? null : utc(now.plus(service.legal())), Types.TIMESTAMP_WITH_TIMEZONE);
            insertRequest.setObject(i++, utc(now.plus(service.target())));
            insertRequest.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
            insertRequest.setInt(i++, 0);
            insertRequest.setNull(i++, Types.VARCHAR);
            insertRequest.setBoolean(i++, false);
            insertRequest.setBoolean(i++, false);
            insertRequest.setNull(i++, Types.VARCHAR);
            insertRequest.setLong(i++, 0);
            // warned a quarter of the way to the target before it, a day at most, as the server does
            Duration quarter = service.target().dividedBy(4);
            Duration lead = quarter.compareTo(Duration.ofDays(1)) < 0 ? quarter : Duration.ofDays(1);
            insertRequest.setObject(i++, utc(now.plus(service.target()).minus(lead)));
            // overdue at the legal deadline where the law sets one, else at the target
            insertRequest.setObject(i, utc(now.plus(service.legal() == null ? service.target() : service.legal())));
            insertRequest.executeUpdate();

            i = 1;
            insertTask.setLong(i++, next(taskIds, taskBlock));
            insertTask.setLong(i++, id);
            insertTask.setInt(i++, 1);
            insertTask.setInt(i++, 0);
            insertTask.setString(i++, first.code());
            insertTask.setString(i++, first.role());
            insertTask.setString(i++, queue);
            insertTask.setNull(i++, Types.VARCHAR);
            insertTask.setString(i++, "OPEN");
            insertTask.setObject(i++, utc(now));
            insertTask.setObject(i++, utc(now.plus(first.limit())));
            insertTask.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
            insertTask.setLong(i, 0);
            insertTask.executeUpdate();

            // the audit entry, as AuditTrail writes it: unsealed, the sealer chains it after the commit
            i = 1;
            insertAudit.setLong(i++, next(auditIds, auditBlock));
            insertAudit.setObject(i++, utc(now.truncatedTo(ChronoUnit.MILLIS)));
            insertAudit.setString(i++, "api:bench-baseline");
            insertAudit.setNull(i++, Types.VARCHAR);
            insertAudit.setNull(i++, Types.VARCHAR);
            insertAudit.setString(i++, "127.0.0.1");
            insertAudit.setString(i++, "PORTAL");
            insertAudit.setString(i++, "request.submit");
            insertAudit.setString(i++, "request");
            insertAudit.setString(i++, tracking);
            insertAudit.setNull(i++, Types.VARCHAR);
            insertAudit.setString(i, "status=RECEIVED;step=0;queue=" + queue);
            insertAudit.executeUpdate();
        }

        /** The next id of a block of 50 ending at the value nextval returns (EclipseLink's preallocation). */
        private long next(PreparedStatement sequenceQuery, long[] block) throws SQLException {
            if (block[0] == 0 || block[0] > block[1]) {
                long last = single(sequenceQuery);
                block[0] = last - 49;
                block[1] = last;
            }
            return block[0]++;
        }

        private static long single(PreparedStatement query) throws SQLException {
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
