package al.tirana.sporteli.bench;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Intake load for the reliability checks: requests at a fixed rate, each with its own Idempotency-Key,
 * until a stop file appears, while the server is killed and restarted or its database stopped. Every
 * attempt ends as one line of the attempts file, whatever became of it, for {@code reconcile} and
 * {@code answers} to judge afterwards:
 * <pre>key  sent-ms  answered-ms  outcome  tracking-number  problem  retry-after</pre>
 * The outcome is the HTTP status, or {@code none:} and the client's exception when no answer came
 * (connection refused or reset, timeout). Times are epoch milliseconds, so that the script's own
 * timestamps (the kill, the database stop) can be set beside them. {@code problem} is {@code ok} when
 * an error answer is an RFC 9457 body of type application/problem+json carrying the same status.
 */
final class Reliability {

    /** Localities that resolve to exactly one unit (V8), so every request has a unit queue. */
    private static final String[] LOCALITIES = {"Ali Demi", "Qyteti Studenti", "Kinostudio", "Selita", "Kombinati",
            "21 Dhjetori", "Lapraka", "Kashar", "Petrelë", "Farkë", "Ndroq", "Vaqarr", "Linzë", "Zall-Herr"};

    private Reliability() {
    }

    static void run(Args args) throws Exception {
        args.allow("url", "api-key", "out", "rate", "seconds", "stop-file", "timeout-ms", "max-in-flight", "results");
        URI requests = URI.create(args.required("url").replaceAll("/+$", "") + "/api/v1/requests");
        String apiKey = args.required("api-key");
        Path out = Path.of(args.required("out"));
        int rate = args.integer("rate", 25);
        long seconds = args.integer("seconds", 900);
        Path stopFile = args.has("stop-file") ? Path.of(args.text("stop-file", null)) : null;
        Duration timeout = Duration.ofMillis(args.integer("timeout-ms", 10_000));
        int maxInFlight = args.integer("max-in-flight", 500);

        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "reliability-http");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(executor)
                .build();
        People people = new People(System.nanoTime());
        String prefix = "rel-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(maxInFlight);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            long nextProgress = start + 5_000_000_000L;
            long sent = 0;
            for (long i = 0; ; i++) {
                long due = start + i * 1_000_000_000L / rate;
                if (due >= end || (i % rate == 0 && stopFile != null && Files.exists(stopFile))) {
                    break;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (System.nanoTime() >= nextProgress) {
                    Console.printf("reliability: %4d s  %,7d sent  %s  in flight %d", (nextProgress - start) / 1_000_000_000L,
                            sent, counts(outcomes), maxInFlight - slots.availablePermits());
                    nextProgress += 5_000_000_000L;
                }
                slots.acquire();
                sent++;
                String key = prefix + i;
                long sentAt = System.currentTimeMillis();
                HttpRequest request = HttpRequest.newBuilder(requests)
                        .timeout(timeout)
                        .header("Authorization", "Bearer " + apiKey)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body(people), StandardCharsets.UTF_8))
                        .build();
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .whenComplete((response, failure) -> {
                            try {
                                String line = line(key, sentAt, System.currentTimeMillis(), response, failure);
                                outcomes.computeIfAbsent(line.split("\t")[3], k -> new LongAdder()).increment();
                                synchronized (writer) {
                                    writer.write(line);
                                    writer.newLine();
                                    writer.flush();
                                }
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            } finally {
                                slots.release();
                            }
                        });
            }
            // every attempt in flight ends in an answer or a timeout, and so in a line of the file
            if (!slots.tryAcquire(maxInFlight, timeout.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException((maxInFlight - slots.availablePermits()) + " attempts neither answered nor timed out");
            }
            Console.printf("reliability: done, %,d sent  %s", sent, counts(outcomes));
        } finally {
            executor.shutdownNow();
        }
    }

    private static String line(String key, long sentAt, long answeredAt, HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            String kind = cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
            return String.join("\t", key, Long.toString(sentAt), Long.toString(answeredAt), "none:" + kind, "-", "-", "-");
        }
        int status = response.statusCode();
        String tracking = "-";
        String problem = "-";
        JsonObject json = parse(response.body());
        if (status == 201 && json != null && json.containsKey("trackingNumber")) {
            tracking = json.getString("trackingNumber");
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 400 && type.startsWith("application/problem+json") && json != null
                && json.getInt("status", -1) == status && !json.getString("title", "").isBlank()) {
            problem = "ok";
        }
        return String.join("\t", key, Long.toString(sentAt), Long.toString(answeredAt), Integer.toString(status), tracking,
                problem, response.headers().firstValue("Retry-After").orElse("-"));
    }

    private static JsonObject parse(String body) {
        if (body == null || !body.startsWith("{")) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }

    private static String counts(Map<String, LongAdder> outcomes) {
        Map<String, Long> sorted = new TreeMap<>();
        outcomes.forEach((k, v) -> sorted.put(k, v.sum()));
        return sorted.toString();
    }

    /** A portal submission of a unit service, so that the first task goes to a unit's queue. */
    private static String body(People people) {
        var random = people.random();
        String name = people.name();
        JsonObjectBuilder applicant = Json.createObjectBuilder().add("kind", "PERSON").add("number", people.personalNumber())
                .add("name", name).add("email", people.email(name));
        JsonObjectBuilder location = Json.createObjectBuilder().add("address", people.address())
                .add("locality", people.pick(LOCALITIES));
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (random.nextBoolean()) {
            body.add("serviceCode", "RESIDENT_CERTIFICATE");
        } else {
            body.add("serviceCode", random.nextBoolean() ? "REPORT_TREE" : "REPORT_WASTE").add("description", people.report());
            location.add("latitude", people.latitude()).add("longitude", people.longitude());
        }
        return body.add("applicant", applicant).add("location", location).build().toString();
    }
}
