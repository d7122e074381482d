package al.tirana.sporteli.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latency of what officers do all day: open their unit's work queue (the first page, and a page deep
 * in it through the keyset cursor), list their unit's requests the same way, and open one request by
 * its tracking number. Closed-loop: first one reader at a time, which measures how long a page takes (the
 * figure the targets are about), then several at once (four by default), which on two cores shared with
 * the database and this generator mostly measures the wait for a core. Each kind is read unmeasured for a
 * few seconds first, so that the server's first compilation of its path is not in the figures.
 *
 * <p>Reads need a member of staff who sees every unit (the administrator): an API key is a system, and
 * systems do not read other organisations' requests or queues (they get 403, and each refusal is audited).
 */
final class Reads {

    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private Reads() {
    }

    static void run(Args args) throws Exception {
        args.allow("url", "user", "password", "api-key", "queues", "units", "seconds", "concurrency", "page-size", "deep-from",
                "max-pages", "results");
        String api = args.required("url").replaceAll("/+$", "") + "/api/v1";
        int seconds = args.integer("seconds", 10);
        List<Integer> concurrencies = args.integers("concurrency", "1,4");
        int pageSize = args.integer("page-size", 50);
        int deepFrom = args.integer("deep-from", 10);
        int maxPages = args.integer("max-pages", 60);
        List<String> queues = args.list("queues", "NA01,NA05,NA09,KASH,TAX,PUBWORKS");
        List<String> units = args.list("units", "NA01,NA05,NA09,KASH");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        String authorization = null;
        if (args.has("api-key")) {
            authorization = "Bearer " + args.required("api-key");
        } else {
            signIn(client, api, args.required("user"), args.required("password"));
        }
        Http http = new Http(client, authorization);

        // walk each queue and each unit's request list once, keeping the cursors of its pages
        List<String> firstTaskPages = new ArrayList<>();
        List<String> deepTaskPages = new ArrayList<>();
        List<String> firstRequestPages = new ArrayList<>();
        List<String> deepRequestPages = new ArrayList<>();
        List<String> trackingNumbers = new ArrayList<>();
        for (String queue : queues) {
            String first = api + "/tasks?queue=" + encode(queue) + "&limit=" + pageSize;
            walk(http, first, maxPages, deepFrom, firstTaskPages, deepTaskPages, trackingNumbers);
        }
        for (String unit : units) {
            String requests = api + "/requests?unit=" + encode(unit) + "&limit=" + pageSize;
            walk(http, requests, maxPages, deepFrom, firstRequestPages, deepRequestPages, null);
        }
        Console.printf("reads: %d queues, %d deep task pages, %d deep request pages, %d tracking numbers collected%n",
                queues.size(), deepTaskPages.size(), deepRequestPages.size(), trackingNumbers.size());
        if (trackingNumbers.isEmpty()) {
            throw new IllegalStateException("The queues are empty: seed the database first");
        }

        List<String> lookups = trackingNumbers.stream().map(n -> api + "/requests/" + n).toList();
        JsonObjectBuilder loaded = Json.createObjectBuilder();
        JsonObjectBuilder first = null;
        for (int concurrency : concurrencies) {
            JsonObjectBuilder figures = Json.createObjectBuilder();
            String readers = concurrency == 1 ? "1 reader" : concurrency + " readers";
            measure(http, "queue first page, " + readers, firstTaskPages, seconds, concurrency, figures, "queueFirstPage");
            measure(http, "queue deep page, " + readers, deepTaskPages, seconds, concurrency, figures, "queueDeepPage");
            measure(http, "unit requests first page, " + readers, firstRequestPages, seconds, concurrency, figures,
                    "unitListFirstPage");
            measure(http, "unit requests deep page, " + readers, deepRequestPages, seconds, concurrency, figures,
                    "unitListDeepPage");
            measure(http, "look-up, " + readers, lookups, seconds, concurrency, figures, "lookup");
            if (first == null) {
                first = figures;
            } else {
                loaded.add(Integer.toString(concurrency), figures);
            }
        }
        Results.append(Path.of(args.text("results", Results.DEFAULT_FILE)), Results.entry("reads")
                .add("concurrency", concurrencies.get(0))
                .add("pageSize", pageSize)
                .add("figures", first)
                .add("loaded", loaded));
    }

    /** Follows a list's {@code next} cursor, sorting page addresses into first and deep ones. */
    private static void walk(Http http, String first, int maxPages, int deepFrom, List<String> firsts,
                             List<String> deeps, List<String> trackingNumbers) throws Exception {
        firsts.add(first);
        String page = first;
        for (int n = 1; page != null && n <= maxPages; n++) {
            if (n >= deepFrom) {
                deeps.add(page);
            }
            JsonObject body = Json.createReader(new StringReader(http.get(page))).readObject();
            if (trackingNumbers != null && n <= 3) {
                body.getJsonArray("items").stream().limit(20)
                        .forEach(item -> trackingNumbers.add(item.asJsonObject().getString("trackingNumber")));
            }
            JsonValue next = body.get("next");
            page = next == null || next.getValueType() == JsonValue.ValueType.NULL ? null
                    : first + "&" + ((jakarta.json.JsonString) next).getString();
        }
    }

    private static void measure(Http http, String label, List<String> urls, int seconds, int concurrency,
                                JsonObjectBuilder figures, String key) throws Exception {
        if (urls.isEmpty()) {
            Console.printf("reads: %s: nothing to read (lists too short)%n", label);
            return;
        }
        Recorder recorder = new Recorder(60_000_000L, 3);
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder failures = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        // unmeasured reads first, so that the first compilations of this path are not in the figures
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; System.nanoTime() < warmUntil; i++) {
            http.get(urls.get(i % urls.size()));
        }
        for (int t = 0; t < concurrency; t++) {
            SplittableRandom random = new SplittableRandom(t);
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    String url = urls.get(random.nextInt(urls.size()));
                    long start = System.nanoTime();
                    try {
                        http.get(url);
                        recorder.recordValue(Math.min((System.nanoTime() - start) / 1_000, 60_000_000L));
                    } catch (Exception e) {
                        failures.increment();
                    }
                }
            }, "reads-" + t);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(seconds * 1_000L);
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        Histogram histogram = recorder.getIntervalHistogram();
        Console.printf("reads: %-40s %,.0f/s, %d failed; %s%n", label, histogram.getTotalCount() / (double) seconds,
                failures.sum(), Results.line(histogram));
        figures.add(key, Results.latencies(histogram).add("failed", failures.sum())
                .add("perSecond", Math.round(histogram.getTotalCount() / (double) seconds)));
    }

    private static void signIn(HttpClient client, String api, String user, String password) throws Exception {
        String credentials = Json.createObjectBuilder().add("username", user).add("password", password).build().toString();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(api + "/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Sign-in as " + user + " refused: " + response.statusCode() + " " + response.body());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** GETs that must answer 200; the session cookie (if any) travels with the client. */
    private record Http(HttpClient client, String authorization) {

        String get(String url) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            return response.body();
        }
    }
}
