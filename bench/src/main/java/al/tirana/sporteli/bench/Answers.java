package al.tirana.sporteli.bench;

import al.tirana.sporteli.bench.Reconcile.Attempt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the clients were answered around a database outage, from the attempts file of
 * {@code reliability} and the times (epoch ms) the script took: {@code --down} once PostgreSQL had
 * stopped, {@code --up-from} as it was being started again, {@code --up} once it accepted connections.
 * Fails unless
 * <ul>
 *   <li>every attempt sent while the database was down got a 503 problem+json with Retry-After, within
 *       {@code --max-latency-ms};</li>
 *   <li>no attempt of the whole run got a 5xx other than 503;</li>
 *   <li>a 201 came within {@code --recovery-limit-ms} of the database being back.</li>
 * </ul>
 */
final class Answers {

    private Answers() {
    }

    static void run(Args args) throws Exception {
        args.allow("attempts", "down", "up-from", "up", "max-latency-ms", "recovery-limit-ms", "results");
        List<Attempt> attempts = Reconcile.attempts(Path.of(args.required("attempts")));
        long down = Long.parseLong(args.required("down"));
        long upFrom = Long.parseLong(args.required("up-from"));
        long up = Long.parseLong(args.required("up"));
        long maxLatency = args.integer("max-latency-ms", 10_000);
        long recoveryLimit = args.integer("recovery-limit-ms", 10_000);
        List<String> violations = new ArrayList<>();

        List<Attempt> during = attempts.stream().filter(a -> a.sentAt() >= down && a.sentAt() < upFrom).toList();
        Map<String, Long> byStatus = new TreeMap<>();
        long slowest = 0;
        for (Attempt a : during) {
            byStatus.merge(a.outcome(), 1L, Long::sum);
            slowest = Math.max(slowest, a.latency());
            if (!"503".equals(a.outcome())) {
                violations.add(a.key() + " sent during the outage got " + a.outcome() + ", not 503");
            } else if (!"ok".equals(a.problem()) || "-".equals(a.retryAfter())) {
                violations.add(a.key() + " got a 503 without a problem+json body or without Retry-After");
            }
            if (a.latency() > maxLatency) {
                violations.add(a.key() + " sent during the outage took " + a.latency() + " ms");
            }
        }
        if (during.isEmpty()) {
            violations.add("no attempt was sent during the outage");
        }
        Map<String, Long> serverErrors = new TreeMap<>();
        attempts.stream().filter(a -> a.outcome().startsWith("5") && !"503".equals(a.outcome()))
                .forEach(a -> serverErrors.merge(a.outcome(), 1L, Long::sum));
        if (!serverErrors.isEmpty()) {
            violations.add("server errors other than 503 in the run: " + serverErrors);
        }
        Optional<Attempt> firstAfter = attempts.stream().filter(a -> a.sentAt() >= upFrom && a.acknowledged())
                .min(Comparator.comparingLong(Attempt::answeredAt));
        long recovery = firstAfter.map(a -> Math.max(0, a.answeredAt() - up)).orElse(-1L);
        if (recovery < 0) {
            violations.add("no request was acknowledged after the database came back");
        } else if (recovery > recoveryLimit) {
            violations.add("the first 201 came " + recovery + " ms after the database was back, over " + recoveryLimit + " ms");
        }
        Map<String, Long> whole = new TreeMap<>();
        attempts.forEach(a -> whole.merge(a.outcome(), 1L, Long::sum));

        Console.printf("answers: database down for %.1f s; %,d attempts sent meanwhile, by status %s", (upFrom - down) / 1000.0,
                during.size(), byStatus);
        Console.printf("answers: max latency during the outage %d ms (limit %d ms)", slowest, maxLatency);
        Console.printf("answers: recovery, database back to the first 201: %s", recovery < 0 ? "none" : recovery + " ms");
        Console.printf("answers: the whole run by status %s", whole);
        if (!violations.isEmpty()) {
            Console.printf("answers: FAILED, %d violation(s):", violations.size());
            violations.stream().limit(30).forEach(v -> Console.println("  " + v));
            System.exit(1);
        }
        Console.println("answers: OK");
    }
}
