package al.tirana.sporteli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets what the clients were told (the attempts file of {@code reliability}) against what PostgreSQL
 * holds, and fails on any difference:
 * <ul>
 *   <li>every request answered 201 exists, once, under its tracking number and Idempotency-Key;</li>
 *   <li>it has exactly one task, for its first round, in the queue the request names; the task keeps the
 *       sending time of the message that asked for it, which must lie between the request's receipt and
 *       the task's filing (the unique key of request and round lets no second delivery file another);</li>
 *   <li>every attempt without a 201 (no answer at a kill, or a refusal) either filed nothing or filed
 *       the same as above: in flight at a crash it may go either way, never half;</li>
 *   <li>no transaction is left in doubt ({@code pg_prepared_xacts} is empty).</li>
 * </ul>
 * A task still on its way (queue not drained yet, or its message held by a transaction recovery has
 * not settled yet) is not a failure until {@code --wait-seconds} have passed; the check is repeated
 * until everything holds or the wait is over.
 */
final class Reconcile {

    record Attempt(String key, long sentAt, long answeredAt, String outcome, String trackingNumber, String problem,
                   String retryAfter) {

        boolean acknowledged() {
            return "201".equals(outcome) && !"-".equals(trackingNumber);
        }

        long latency() {
            return answeredAt - sentAt;
        }
    }

    private record Request(long id, String trackingNumber, String key, String queue, Timestamp receivedAt) {
    }

    private record Task(long id, long requestId, int round, String queue, Timestamp sentAt, Timestamp filedAt) {
    }

    private Reconcile() {
    }

    static List<Attempt> attempts(Path file) throws IOException {
        List<Attempt> attempts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalStateException("Not an attempts line: " + line);
            }
            attempts.add(new Attempt(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], f[4], f[5], f[6]));
        }
        return attempts;
    }

    static void run(Args args) throws Exception {
        args.allow("jdbc", "user", "password", "attempts", "wait-seconds", "results");
        List<Attempt> attempts = attempts(Path.of(args.required("attempts")));
        long waitMillis = args.integer("wait-seconds", 180) * 1000L;
        long acknowledged = attempts.stream().filter(Attempt::acknowledged).count();
        long unanswered = attempts.stream().filter(a -> a.outcome().startsWith("none:")).count();
        long started = System.currentTimeMillis();
        List<String> violations;
        int inDoubtAtStart = -1;
        int inDoubt;
        int round = 0;
        try (Connection connection = DriverManager.getConnection(args.required("jdbc"), args.text("user", "sporteli"),
                args.text("password", "sporteli"))) {
            // each round reads in one snapshot, so that a task filed between two reads cannot look missing
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            while (true) {
                inDoubt = inDoubt(connection);
                if (inDoubtAtStart < 0) {
                    inDoubtAtStart = inDoubt;
                }
                violations = check(connection, attempts, inDoubt);
                if (violations.isEmpty() || System.currentTimeMillis() - started > waitMillis) {
                    break;
                }
                if (round++ % 5 == 0) {
                    Console.printf("reconcile: %d s, not yet: %s%s", (System.currentTimeMillis() - started) / 1000,
                            violations.get(0), violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "");
                }
                Thread.sleep(2_000);
            }
        }
        long reconciledIn = System.currentTimeMillis() - started;
        Console.printf("reconcile: %,d attempts, %,d acknowledged (201), %,d without an answer, %,d other answers",
                attempts.size(), acknowledged, unanswered, attempts.size() - acknowledged - unanswered);
        Console.printf("reconcile: in-doubt transactions %d at the start, %d at the end", inDoubtAtStart, inDoubt);
        if (!violations.isEmpty()) {
            Console.printf("reconcile: FAILED after %.1f s, %d violation(s):", reconciledIn / 1000.0, violations.size());
            violations.stream().limit(30).forEach(v -> Console.println("  " + v));
            System.exit(1);
        }
        Console.printf("reconcile: OK in %.1f s: every acknowledged request exists once with one task, filed from its message",
                reconciledIn / 1000.0);
    }

    private static int inDoubt(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_prepared_xacts")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> check(Connection connection, List<Attempt> attempts, int inDoubt) throws SQLException {
        Map<String, List<Request>> byKey = new HashMap<>();
        Map<String, Integer> byTrackingNumber = new HashMap<>();
        Map<Long, List<Task>> tasks = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT id, tracking_number, idempotency_key, queue_code, received_at FROM service_request")) {
                while (rs.next()) {
                    Request r = new Request(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5));
                    byTrackingNumber.merge(r.trackingNumber(), 1, Integer::sum);
                    if (r.key() != null) {
                        byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT id, request_id, round_no, queue_code, sent_at, created_at FROM task")) {
                while (rs.next()) {
                    Task t = new Task(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getTimestamp(5),
                            rs.getTimestamp(6));
                    tasks.computeIfAbsent(t.requestId(), k -> new ArrayList<>()).add(t);
                }
            }
            connection.commit();
        }
        List<String> violations = new ArrayList<>();
        if (inDoubt > 0) {
            violations.add(inDoubt + " transaction(s) in doubt in pg_prepared_xacts");
        }
        Map<String, Attempt> seen = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            if (seen.put(a.key(), a) != null) {
                violations.add("attempt " + a.key() + " appears twice in the attempts file");
            }
            List<Request> filed = byKey.getOrDefault(a.key(), List.of());
            if (a.acknowledged()) {
                if (byTrackingNumber.getOrDefault(a.trackingNumber(), 0) != 1) {
                    violations.add("acknowledged " + a.trackingNumber() + " (" + a.key() + ") exists "
                            + byTrackingNumber.getOrDefault(a.trackingNumber(), 0) + " times, not once");
                    continue;
                }
                if (filed.size() != 1 || !filed.get(0).trackingNumber().equals(a.trackingNumber())) {
                    violations.add("acknowledged " + a.trackingNumber() + " is not the one request filed under " + a.key()
                            + ": " + filed);
                    continue;
                }
            } else if (filed.size() > 1) {
                violations.add("unacknowledged attempt " + a.key() + " filed " + filed.size() + " requests");
                continue;
            }
            for (Request r : filed) {
                String label = (a.acknowledged() ? "acknowledged " : "unacknowledged (" + a.outcome() + ") ") + r.trackingNumber();
                checkRouting(label, r, tasks.getOrDefault(r.id(), List.of()), violations);
            }
        }
        return violations;
    }

    private static void checkRouting(String label, Request request, List<Task> tasks, List<String> violations) {
        if (tasks.size() != 1) {
            violations.add(label + " has " + tasks.size() + " tasks, not 1");
            return;
        }
        Task task = tasks.get(0);
        if (task.round() != 1) {
            violations.add(label + ": its one task is for round " + task.round() + ", not the first");
        }
        if (!task.queue().equals(request.queue())) {
            violations.add(label + ": its task is in queue " + task.queue() + ", the request names " + request.queue());
        }
        if (task.sentAt() == null || task.sentAt().before(request.receivedAt()) || task.filedAt().before(task.sentAt())) {
            violations.add(label + ": its task keeps no sending time between the request's receipt (" + request.receivedAt()
                    + ") and its filing (" + task.filedAt() + "): " + task.sentAt());
        }
    }
}
