package al.tirana.sporteli.bench;

import al.tirana.sporteli.bench.Reference.Service;
import al.tirana.sporteli.bench.Reference.Step;
import al.tirana.sporteli.bench.Reference.Unit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Fills the schema with a year of requests, as if Sporteli had been in service for that long: every
 * service and unit, statuses by age (recent requests mostly open, old ones closed), one active task per
 * open request in the queue the routing rules give it, deadlines and escalation flags set as the
 * deadline timer would have left them. Rows go in by COPY in chunks of one transaction each: one thread
 * generates them and two connections load them, since the database does most of the work. Afterwards
 * the id sequences and the yearly tracking-number sequences are moved past the seeded rows, so the
 * application files new requests on top without a collision.
 */
final class Seed {

    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final long NULL = Long.MIN_VALUE;
    /** Relative volumes; a service missing here (added through the catalog later) gets 2. */
    private static final Map<String, Integer> SERVICE_WEIGHTS = Map.ofEntries(
            Map.entry("RESIDENT_CERTIFICATE", 18), Map.entry("TAX_CERTIFICATE", 14), Map.entry("REPORT_WASTE", 10),
            Map.entry("REPORT_POTHOLE", 8), Map.entry("REPORT_STREET_LIGHT", 6), Map.entry("ECONOMIC_AID", 6),
            Map.entry("FAMILY_SPLIT_OR_MERGE", 5), Map.entry("REPORT_WATER_LEAK", 5), Map.entry("INFORMATION_REQUEST", 4),
            Map.entry("TAX_COMPLAINT", 4), Map.entry("RENT_SUBSIDY", 4), Map.entry("KINDERGARTEN_FEE_REDUCTION", 4),
            Map.entry("REPORT_TREE", 3), Map.entry("PUBLIC_SPACE_PERMIT", 3), Map.entry("TAX_BUSINESS_REGISTRATION", 3),
            Map.entry("CIVIL_EMERGENCY", 1));

    static final String REQUEST_COLUMNS = "id, tracking_number, access_code_hash, idempotency_key, service_id, service_code,"
            + " channel, applicant_kind, applicant_number, applicant_name, applicant_email, applicant_phone, address, locality,"
            + " latitude, longitude, unit_code, description, field_values, status, current_step, queue_code, received_at,"
            + " closed_at, legal_due_at, target_due_at, paused_since, extension, extension_reason, warned, breached,"
            + " decision_note, version, warn_at, breach_at";
    static final String TASK_COLUMNS = "id, request_id, round_no, step_position, step_code, role, queue_code, assignee,"
            + " status, created_at, due_at, finished_at, version";

    private record Chunk(String requests, String tasks, String pauses, int rows, int activeTasks) {

        /** Tells a loader that the generator is done. */
        static final Chunk END = new Chunk("", "", "", 0, 0);
    }

    private Seed() {
    }

    static void run(Args args) throws Exception {
        args.allow("jdbc", "user", "password", "count", "days", "chunk", "connections", "random-seed", "results");
        int count = args.integer("count", 1_000_000);
        int days = args.integer("days", 365);
        int chunkSize = Math.max(1_000, Math.min(args.integer("chunk", 25_000), count / 20 + 1));
        int connections = args.integer("connections", 2);
        Path results = Path.of(args.text("results", Results.DEFAULT_FILE));
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(args.required("jdbc"), args.text("user", "sporteli"),
                args.text("password", "sporteli"))) {
            connection.setAutoCommit(false);
            Reference reference = Reference.load(connection);
            long now = Instant.now().getEpochSecond();
            long from = now - days * 86_400L;
            Plan plan = new Plan(reference, new People(args.integer("random-seed", 20_260_101)), now, from, count,
                    nextFreeId(connection, "service_request", "service_request_seq"),
                    nextFreeId(connection, "task", "task_seq"), firstSerials(connection, from, now));
            String version = connection.getMetaData().getDatabaseProductVersion() + commits(connection);
            connection.commit();

            BlockingQueue<Chunk> ready = new ArrayBlockingQueue<>(connections + 1);
            Thread generator = new Thread(() -> {
                try {
                    for (int done = 0; done < count; done += chunkSize) {
                        ready.put(plan.chunk(Math.min(chunkSize, count - done)));
                    }
                    for (int c = 0; c < connections; c++) {
                        ready.put(Chunk.END);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "seed-generator");
            generator.setDaemon(true);
            generator.start();

            // each loader takes whole chunks (requests, then their tasks and pauses) so that both cores work
            AtomicLong loaded = new AtomicLong();
            AtomicLong activeTasks = new AtomicLong();
            AtomicLong nextReport = new AtomicLong(count / 20);
            ExecutorService loaders = Executors.newFixedThreadPool(connections);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                done.add(loaders.submit(() -> {
                    try (Connection loader = DriverManager.getConnection(args.required("jdbc"), args.text("user", "sporteli"),
                            args.text("password", "sporteli"))) {
                        loader.setAutoCommit(false);
                        CopyManager copy = loader.unwrap(PGConnection.class).getCopyAPI();
                        while (true) {
                            Chunk chunk = ready.take();
                            if (chunk.rows() == 0) {
                                return null;
                            }
                            copy(copy, "COPY service_request (" + REQUEST_COLUMNS + ") FROM STDIN", chunk.requests());
                            copy(copy, "COPY task (" + TASK_COLUMNS + ") FROM STDIN", chunk.tasks());
                            copy(copy, "COPY request_pause (request_id, position, started_at, ended_at) FROM STDIN", chunk.pauses());
                            loader.commit();
                            activeTasks.addAndGet(chunk.activeTasks());
                            long total = loaded.addAndGet(chunk.rows());
                            long due = nextReport.get();
                            if ((total >= due || total == count) && nextReport.compareAndSet(due, total + count / 20)) {
                                Console.printf("seed: %,d / %,d requests (%d%%), %,.0f requests/s%n", total, count,
                                        total * 100 / count, total / ((System.nanoTime() - started) / 1e9));
                            }
                        }
                    }
                }));
            }
            try {
                for (Future<?> loader : done) {
                    loader.get();
                }
            } finally {
                loaders.shutdownNow();
            }
            moveSequences(connection, plan);
            connection.commit();
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            // fresh statistics and a visibility map, as a database in service would have: the read figures depend on them
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM (ANALYZE) service_request");
                statement.execute("VACUUM (ANALYZE) task");
                statement.execute("VACUUM (ANALYZE) request_pause");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Console.printf("seed: %,d requests and %,d tasks (%,d active) in %.1f s (%.1f s loading, %,.0f requests/s;"
                    + " %.1f s vacuum and analyze)%n", count, count, activeTasks.get(), seconds, loadSeconds, count / loadSeconds,
                    seconds - loadSeconds);
            Results.append(results, Results.entry("seed")
                    .add("count", count)
                    .add("activeTasks", activeTasks.get())
                    .add("seconds", Results.round(seconds, 1))
                    .add("loadSeconds", Results.round(loadSeconds, 1))
                    .add("requestsPerSecond", Math.round(count / loadSeconds))
                    .add("postgres", version));
        }
    }

    private static void copy(CopyManager copy, String sql, String rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        byte[] bytes = rows.getBytes(StandardCharsets.UTF_8);
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** How the database commits, for the report: a run whose commits skip the disk is not comparable with a durable one. */
    private static String commits(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet settings = statement.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            settings.next();
            return "; fsync " + settings.getString(1) + ", synchronous_commit " + settings.getString(2);
        }
    }

    /**
     * The first id no one can have drawn. The application takes ids in blocks of 50 ending at the value
     * {@code nextval} returns, so anything up to the sequence's last value may be in use.
     */
    static long nextFreeId(Connection connection, String table, String sequence) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            max.next();
            long highest = max.getLong(1);
            try (ResultSet seq = statement.executeQuery("SELECT last_value FROM " + sequence)) {
                seq.next();
                return Math.max(highest, seq.getLong(1)) + 1;
            }
        }
    }

    /** Per year of the seeded span, the first serial that is free both in the table and in the year's sequence. */
    private static Map<Integer, Long> firstSerials(Connection connection, long from, long to) throws SQLException {
        Map<Integer, Long> first = new TreeMap<>();
        int fromYear = Instant.ofEpochSecond(from).atZone(TIRANA).getYear();
        int toYear = Instant.ofEpochSecond(to).atZone(TIRANA).getYear();
        for (int year = fromYear; year <= toYear; year++) {
            long highest = 0;
            try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(split_part(tracking_number, '-', 2)::bigint), 0)"
                    + " FROM service_request WHERE tracking_number LIKE ?")) {
                max.setString(1, year + "-%");
                try (ResultSet rs = max.executeQuery()) {
                    rs.next();
                    highest = rs.getLong(1);
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT to_regclass('" + TrackingNumbers.sequenceName(year) + "') IS NOT NULL")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    try (ResultSet seq = statement.executeQuery("SELECT last_value, is_called FROM " + TrackingNumbers.sequenceName(year))) {
                        seq.next();
                        highest = Math.max(highest, seq.getBoolean(2) ? seq.getLong(1) : seq.getLong(1) - 1);
                    }
                }
            }
            first.put(year, highest + 1);
        }
        return first;
    }

    /**
     * setval so that the application's next block starts after the seeded ids, and each year's tracking
     * sequence continues after its last seeded serial (created here when the application has not yet).
     */
    private static void moveSequences(Connection connection, Plan plan) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT setval('service_request_seq', " + (plan.nextRequestId - 1) + ")");
            statement.execute("SELECT setval('task_seq', " + (plan.nextTaskId - 1) + ")");
            for (Map.Entry<Integer, Long> year : plan.nextSerial.entrySet()) {
                String sequence = TrackingNumbers.sequenceName(year.getKey());
                statement.execute("CREATE SEQUENCE IF NOT EXISTS " + sequence + " START WITH 1 INCREMENT BY 1");
                if (year.getValue() > 1) {
                    statement.execute("SELECT setval('" + sequence + "', " + (year.getValue() - 1) + ")");
                }
            }
        }
    }

    /** The generator: rows in order of receipt, so that ids and serials grow with time as in service. */
    private static final class Plan {

        private final People people;
        private final SplittableRandom random;
        private final long now;
        private final long from;
        private final double secondsPerRequest;
        private final Service[] serviceByTicket;
        private final Unit[] unitByTicket;
        private final Map<Integer, Long> nextSerial;
        private long nextRequestId;
        private long nextTaskId;
        private long index;
        private int currentYear;
        private long yearEnd = Long.MIN_VALUE;

        Plan(Reference reference, People people, long now, long from, int count, long firstRequestId, long firstTaskId,
             Map<Integer, Long> firstSerials) {
            this.people = people;
            this.random = people.random();
            this.now = now;
            this.from = from;
            this.secondsPerRequest = (double) (now - 60 - from) / count;
            this.nextRequestId = firstRequestId;
            this.nextTaskId = firstTaskId;
            this.nextSerial = new TreeMap<>(firstSerials);
            this.serviceByTicket = reference.services().stream()
                    .flatMap(s -> java.util.stream.Stream.generate(() -> s).limit(SERVICE_WEIGHTS.getOrDefault(s.code(), 2)))
                    .toArray(Service[]::new);
            // urban units are the crowded ones
            this.unitByTicket = reference.units().stream()
                    .flatMap(u -> java.util.stream.Stream.generate(() -> u).limit(u.urban() ? 3 : 1))
                    .toArray(Unit[]::new);
        }

        Chunk chunk(int rows) {
            Rows requests = new Rows(rows * 520);
            Rows tasks = new Rows(rows * 150);
            Rows pauses = new Rows(rows);
            int active = 0;
            for (int i = 0; i < rows; i++) {
                active += request(requests, tasks, pauses) ? 1 : 0;
            }
            return new Chunk(requests.toString(), tasks.toString(), pauses.toString(), rows, active);
        }

        /** One request and its current task; true when the task is still active (open or claimed). */
        private boolean request(Rows requests, Rows tasks, Rows pauses) {
            long received = from + (long) ((index++ + random.nextDouble()) * secondsPerRequest);
            Service service = serviceByTicket[random.nextInt(serviceByTicket.length)];
            // one request in a hundred names no place a unit resolves: it waits in central triage
            Unit unit = random.nextInt(100) == 0 ? null : unitByTicket[random.nextInt(unitByTicket.length)];
            String unitCode = unit == null ? null : unit.code();
            long id = nextRequestId++;

            String channel = channel(service);
            boolean business = "TAX_BUSINESS_REGISTRATION".equals(service.code())
                    || "TAX".equals(service.category()) && random.nextInt(4) == 0
                    || "PUBLIC_SPACE_PERMIT".equals(service.code()) && random.nextBoolean();
            String name = business ? people.businessName() : people.name();
            String number = business ? people.nipt()
                    : service.allowsAnonymous() && random.nextInt(10) < 3 ? null : people.personalNumber();
            boolean email = random.nextInt(10) < 7;
            boolean point = service.allowsAnonymous();
            String locality = unit == null || unit.localities().isEmpty() ? null
                    : unit.localities().get(random.nextInt(unit.localities().size()));

            // where the request stands now, from its age against its service target
            long age = now - received;
            long target = service.target().getSeconds();
            int openPercent = age < target ? 90 : age < 2 * target ? 50 : age < 30 * 86_400 ? 25 : age < 90 * 86_400 ? 8 : 2;
            int approval = approvalStep(service);
            String status;
            int step;
            int round;
            String taskStatus;
            String assignee = null;
            long decided = NULL;
            if (random.nextInt(100) < openPercent) {
                int roll = random.nextInt(100);
                if (roll < 35) {
                    status = "RECEIVED";
                    step = 0;
                    round = 1;
                    taskStatus = "OPEN";
                } else if (roll < 78) {
                    // under review: claimed, or moved on to a later step whose task nobody has taken yet
                    boolean waiting = roll >= 70;
                    status = waiting ? "WAITING_FOR_CITIZEN" : "IN_REVIEW";
                    step = approval == 0 ? 0 : random.nextInt(approval);
                    round = step + 1;
                    taskStatus = step > 0 && !waiting && random.nextBoolean() ? "OPEN" : "CLAIMED";
                } else if (roll < 93) {
                    status = "PENDING_APPROVAL";
                    step = approval;
                    round = approval + 1;
                    taskStatus = random.nextInt(10) < 7 ? "OPEN" : "CLAIMED";
                } else if (roll < 97) {
                    status = "RETURNED";
                    step = Math.max(0, approval - 1);
                    round = approval + 2;
                    taskStatus = "OPEN";
                } else {
                    status = "REOPENED";
                    step = 0;
                    round = service.steps().size() + 2;
                    taskStatus = "OPEN";
                }
            } else {
                decided = Math.min(now - 60, received + (long) (target * random.nextDouble(0.2, 1.4)) + 60);
                int roll = random.nextInt(100);
                status = roll < 82 ? "CLOSED" : roll < 88 ? "DELIVERED" : roll < 91 ? "APPROVED" : roll < 93 ? "REJECTED" : "CANCELLED";
                boolean cancelled = "CANCELLED".equals(status);
                step = cancelled ? random.nextInt(approval + 1) : approval;
                round = step + 1;
                taskStatus = cancelled ? "CANCELLED" : "DONE";
            }
            Step current = service.steps().get(step);
            String queue = service.queueFor(current, unitCode);
            if ("CLAIMED".equals(taskStatus)) {
                assignee = (current.isApproval() ? "head." : "officer.") + queue.toLowerCase();
            }
            boolean active = decided == NULL;
            long legalDue = service.legal() == null ? NULL : received + service.legal().getSeconds();
            long targetDue = received + target;
            long pausedSince = "WAITING_FOR_CITIZEN".equals(status)
                    ? now - (long) (Math.min(age, 10 * 86_400) * random.nextDouble()) : NULL;
            // what the deadline timer would have flagged by now (or by the decision): it must find nothing left to do
            long asOf = active ? now : decided;
            // a quarter of the way to the target before it, a day at most (the server's WarningTime)
            long warnAt = targetDue - Math.min(86_400, target / 4);
            boolean warned = warnAt <= asOf;
            long breachAt = legalDue != NULL ? legalDue : targetDue;
            boolean breached = breachAt <= asOf;
            long closed = "CLOSED".equals(status) ? Math.min(now - 30, decided + 86_400)
                    : "CANCELLED".equals(status) ? decided : NULL;
            String note = "REJECTED".equals(status) ? "Nuk plotësohen kushtet ligjore / The legal conditions are not met"
                    : "CANCELLED".equals(status) ? "Tërhequr nga qytetari / Withdrawn by the citizen" : null;
            String idempotencyKey = !"DESK".equals(channel) && random.nextBoolean() ? "seed-" + id : null;

            requests.field(id)
                    .field(TrackingNumbers.format(yearOf(received), serial(received)))
                    .field(accessCodeHash())
                    .field(idempotencyKey)
                    .field(service.id())
                    .field(service.code())
                    .field(channel)
                    .field(business ? "BUSINESS" : "PERSON")
                    .field(number)
                    .field(name)
                    .field(email ? people.email(name) : null)
                    .field(email ? null : people.phone());
            requests.field(people.address()).field(locality);
            if (point) {
                requests.field(people.latitude()).field(people.longitude());
            } else {
                requests.nullField().nullField();
            }
            requests.field(unitCode)
                    .field(point ? people.report() : null)
                    .field(fieldValues(service))
                    .field(status)
                    .field(step)
                    .field(queue)
                    .time(received)
                    .time(closed)
                    .time(legalDue)
                    .time(targetDue)
                    .time(pausedSince)
                    .field(0)
                    .nullField()
                    .field(warned)
                    .field(breached)
                    .field(note)
                    .field(round)
                    .time(warnAt)
                    .time(breachAt)
                    .end();

            // the current task: filed a few seconds after receipt for the first round, later ones part way to now
            long created = round == 1 ? received + 2 + random.nextInt(5)
                    : received + (long) ((asOf - received) * random.nextDouble(0.3, 0.9));
            tasks.field(nextTaskId++)
                    .field(id)
                    .field(round)
                    .field(step)
                    .field(current.code())
                    .field(current.role())
                    .field(queue)
                    .field(assignee)
                    .field(taskStatus)
                    .time(created)
                    .time(created + current.limit().getSeconds())
                    .time(active ? NULL : decided)
                    .field("OPEN".equals(taskStatus) ? 0 : 1)
                    .end();
            if (pausedSince != NULL) {
                pauses.field(id).field(0).time(pausedSince).nullField().end();
            }
            return active;
        }

        /** The head's approval step: every service in the catalog ends with one. */
        private static int approvalStep(Service service) {
            for (Step step : service.steps()) {
                if (step.isApproval()) {
                    return step.position();
                }
            }
            return service.steps().size() - 1;
        }

        private String channel(Service service) {
            for (int attempt = 0; attempt < 4; attempt++) {
                int roll = random.nextInt(100);
                String wanted = roll < 45 ? "DESK" : roll < 75 ? "PORTAL" : roll < 90 ? "MOBILE" : "SYSTEM";
                if (service.channels().contains(wanted)) {
                    return wanted;
                }
            }
            return service.channels().get(0);
        }

        private String fieldValues(Service service) {
            if (service.fields().isEmpty()) {
                return "{}";
            }
            StringBuilder json = new StringBuilder("{");
            for (Reference.Field field : service.fields()) {
                if (!field.mandatory() && random.nextBoolean()) {
                    continue;
                }
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append('"').append(field.code()).append("\":\"")
                        .append("NUMBER".equals(field.type()) ? Integer.toString(1 + random.nextInt(8)) : "Tekst i plotësuar")
                        .append('"');
            }
            return json.append('}').toString();
        }

        /** The stored form of an access code hash (version, salt, PBKDF2 output); random bytes, no code behind it. */
        private String accessCodeHash() {
            byte[] salt = new byte[12];
            byte[] hash = new byte[32];
            random.nextBytes(salt);
            random.nextBytes(hash);
            return "1$" + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
        }

        private int yearOf(long epochSecond) {
            if (epochSecond >= yearEnd) {
                var date = Instant.ofEpochSecond(epochSecond).atZone(TIRANA);
                currentYear = date.getYear();
                yearEnd = date.toLocalDate().withDayOfYear(1).plusYears(1).atStartOfDay(TIRANA).toEpochSecond();
            }
            return currentYear;
        }

        private long serial(long received) {
            int year = yearOf(received);
            return nextSerial.merge(year, 1L, Long::sum) - 1;
        }
    }
}
