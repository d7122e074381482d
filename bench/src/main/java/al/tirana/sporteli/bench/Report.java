package al.tirana.sporteli.bench;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Appends one section to RESULTS.md from the latest entry of each kind in the results file: the
 * machine, the versions, and every figure beside its target.
 */
final class Report {

    static final int INTAKE_TARGET = 1_000;
    static final double BASELINE_RATIO_TARGET = 0.25;
    static final int INTAKE_P99_RATE = 500;
    static final double INTAKE_P99_TARGET = 50;
    static final double ROUTING_P99_TARGET = 25;
    static final double EMERGENCY_P99_TARGET = 50;
    static final double PAGE_P95_TARGET = 50;
    static final double LOOKUP_P95_TARGET = 5;
    static final double HEAP_TARGET_MB = 1_024;
    static final double SEED_SECONDS_PER_MILLION_TARGET = 300;

    private final StringBuilder out = new StringBuilder();

    private Report() {
    }

    static void run(Args args) throws IOException {
        args.allow("results", "out", "wildfly", "postgres");
        List<JsonObject> entries = Results.read(Path.of(args.text("results", Results.DEFAULT_FILE)));
        Map<String, JsonObject> latest = new HashMap<>();
        Map<String, JsonObject> server = new HashMap<>();
        for (JsonObject entry : entries) {
            latest.put(entry.getString("kind"), entry);
            if ("server".equals(entry.getString("kind"))) {
                server.put(entry.getString("phase", "?"), entry);
            }
        }
        Report report = new Report();
        report.section(latest, server, args.text("wildfly", latest.containsKey("env")
                ? latest.get("env").getString("wildfly", "?") : "?"), args.text("postgres", null));
        Path file = Path.of(args.text("out", "RESULTS.md"));
        if (!Files.exists(file)) {
            Files.writeString(file, "# Sporteli capacity results\n\nOne section per run of `bench/run.sh`, newest last;"
                    + " what each figure means is in `bench/README.md`.\n", StandardCharsets.UTF_8);
        }
        Files.writeString(file, report.out.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Console.println("report: appended to " + file.toAbsolutePath());
    }

    private void section(Map<String, JsonObject> latest, Map<String, JsonObject> server, String wildfly, String postgres) {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String pg = postgres != null ? postgres
                : Optional.ofNullable(latest.get("seed")).map(s -> s.getString("postgres", "?")).orElse("?");
        out.append("\n## ").append(date).append("\n\n");
        out.append("| machine | Java | WildFly | PostgreSQL |\n|---|---|---|---|\n");
        out.append("| ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs (").append(cpuModel()).append("), ")
                .append(memoryGb()).append(" GB RAM | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" | ").append(wildfly).append(" | ").append(pg).append(" |\n\n");
        out.append("| figure | value | target | met |\n|---|---|---|---|\n");

        JsonObject seed = latest.get("seed");
        if (seed != null) {
            int count = seed.getInt("count");
            double seconds = seed.getJsonNumber("seconds").doubleValue();
            row("seed: requests (and as many tasks)", String.format("%,d", count), "", null);
            row("seed: time, with vacuum and analyze", String.format("%.0f s (%,d requests/s)", seconds,
                    seed.getJsonNumber("requestsPerSecond").longValue()),
                    String.format("≤ %.0f s per million", SEED_SECONDS_PER_MILLION_TARGET),
                    seconds / count * 1_000_000 <= SEED_SECONDS_PER_MILLION_TARGET);
        }
        JsonObject baseline = latest.get("baseline");
        if (baseline != null) {
            JsonObject latency = baseline.getJsonObject("latency");
            row(String.format("baseline: plain JDBC intakes, %d threads", baseline.getInt("threads")),
                    String.format("%,d requests/s; p50 %s, p99 %s, p99.9 %s, max %s ms",
                            baseline.getJsonNumber("requestsPerSecond").longValue(), ms(latency, "p50"), ms(latency, "p99"),
                            ms(latency, "p999"), ms(latency, "max")), "reference for the intake figures", null);
        }
        JsonObject ramp = latest.get("ramp");
        if (ramp != null) {
            int sustainable = ramp.getInt("sustainable");
            row("intake: sustainable rate (open model)", String.format("%,d requests/s", sustainable),
                    String.format("≥ %,d requests/s at p99 ≤ %s ms, errors < %s %%, routing p90 ≤ %2$s ms", INTAKE_TARGET,
                            number(ramp, "p99LimitMs"), number(ramp, "errorLimitPercent")), sustainable >= INTAKE_TARGET);
            for (JsonValue value : ramp.getJsonArray("steps")) {
                JsonObject step = value.asJsonObject();
                JsonObject latency = step.getJsonObject("latency");
                String routing = step.containsKey("routing") ? String.format("; routing p50 %s, p99 %s ms",
                        ms(step.getJsonObject("routing"), "p50"), ms(step.getJsonObject("routing"), "p99")) : "";
                row(String.format("intake at %,d/s offered%s", step.getInt("rate"), halfway(step)),
                        String.format("%s/s achieved, errors %s %%; p50 %s, p90 %s, p99 %s, p99.9 %s, max %s ms%s",
                                number(step, "achieved"), number(step, "errorRate"), ms(latency, "p50"), ms(latency, "p90"),
                                ms(latency, "p99"), ms(latency, "p999"), ms(latency, "max"), routing),
                        "pass or miss of the step", step.getBoolean("passed"));
            }
            if (baseline != null) {
                double ratio = sustainable / baseline.getJsonNumber("requestsPerSecond").doubleValue();
                row("intake: sustainable rate / plain JDBC baseline", String.format("%.2f×", ratio),
                        String.format("≥ %.2f×", BASELINE_RATIO_TARGET), ratio >= BASELINE_RATIO_TARGET);
            }
            JsonObject atTarget = null;
            for (JsonValue value : ramp.getJsonArray("steps")) {
                if (atTarget == null && value.asJsonObject().getInt("rate") == INTAKE_P99_RATE) {
                    atTarget = value.asJsonObject();
                }
            }
            if (atTarget == null) {
                row(String.format("intake p99 at %,d/s", INTAKE_P99_RATE), "not reached by the ramp",
                        String.format("≤ %.0f ms", INTAKE_P99_TARGET), false);
            } else {
                double p99 = atTarget.getJsonObject("latency").getJsonNumber("p99").doubleValue();
                row(String.format("intake p99 at %,d/s", INTAKE_P99_RATE), String.format("%s ms", number(atTarget.getJsonObject("latency"), "p99")),
                        String.format("≤ %.0f ms", INTAKE_P99_TARGET), p99 <= INTAKE_P99_TARGET);
                if (atTarget.containsKey("routing")) {
                    double routing = atTarget.getJsonObject("routing").getJsonNumber("p99").doubleValue();
                    row(String.format("routing at %,d/s: intake commit to unit consumer, p99", INTAKE_P99_RATE),
                            String.format("%s ms", number(atTarget.getJsonObject("routing"), "p99")),
                            String.format("≤ %.0f ms", ROUTING_P99_TARGET), routing <= ROUTING_P99_TARGET);
                }
            }
        } else if (latest.containsKey("intake")) {
            JsonObject step = latest.get("intake").getJsonObject("step");
            JsonObject latency = step.getJsonObject("latency");
            row(String.format("intake at %,d/s offered", step.getInt("rate")),
                    String.format("%s/s achieved, errors %s %%; p50 %s, p99 %s, p99.9 %s ms", number(step, "achieved"),
                            number(step, "errorRate"), ms(latency, "p50"), ms(latency, "p99"), ms(latency, "p999")), "", null);
        }
        JsonObject reads = latest.get("reads");
        if (reads != null) {
            int concurrency = reads.getInt("concurrency", 4);
            readRows(reads.getJsonObject("figures"), concurrency, true);
            JsonObject loaded = reads.getJsonObject("loaded");
            if (loaded != null) {
                loaded.forEach((readers, figures) -> readRows(figures.asJsonObject(), Integer.parseInt(readers), false));
            }
        }
        JsonObject emergency = latest.get("emergency");
        if (emergency != null) {
            JsonObject idle = emergency.getJsonObject("idle");
            JsonObject routing = emergency.getJsonObject("routing");
            row("emergency routing, empty queues", String.format("p50 %s, p99 %s, max %s ms", ms(idle, "p50"), ms(idle, "p99"),
                    ms(idle, "max")), "reference", null);
            double p99 = routing.getJsonNumber("p99").doubleValue();
            row(String.format("emergency routing under a backlog of %,d (%,d still waiting after the last one)",
                            emergency.getInt("backlog"), emergency.getJsonNumber("waitingAtEnd").longValue()),
                    String.format("p50 %s, p99 %s, max %s ms; intake answer p99 %s ms", ms(routing, "p50"), ms(routing, "p99"),
                            ms(routing, "max"), ms(emergency.getJsonObject("answer"), "p99")),
                    String.format("p99 ≤ %.0f ms, backlog still there", EMERGENCY_P99_TARGET),
                    p99 <= EMERGENCY_P99_TARGET && emergency.getJsonNumber("waitingAtEnd").longValue() > 0
                            && emergency.getInt("unrouted") == 0);
        }
        JsonObject heap = latest.get("heap");
        if (heap != null) {
            double peak = server.values().stream().mapToDouble(e -> e.getJsonNumber("heapPeakMb").doubleValue()).max().orElse(0);
            double before = heap.getJsonNumber("beforeMb").doubleValue();
            double after = heap.getJsonNumber("afterMb").doubleValue();
            row("server heap: peak; live after a full GC before and after the load",
                    String.format("peak %.0f MB (limit -Xmx %s); live %.0f MB → %.0f MB", peak, heap.getString("max", "?"), before, after),
                    String.format("≤ %.0f MB, no growth", HEAP_TARGET_MB), peak <= HEAP_TARGET_MB && after <= before * 1.25 + 32);
        }
        server.forEach((phase, entry) -> row("server during " + phase,
                String.format("CPU %s %% average, %s %% peak (of one core), of which the broker journal's timer %s %%; heap peak %s MB",
                        number(entry, "cpuAvgPercent"), number(entry, "cpuPeakPercent"), number(entry, "journalTimerCpuPercent"),
                        number(entry, "heapPeakMb")),
                "", null));
    }

    /** The first set of readers is held to the targets; the others show the same reads with readers waiting for each other. */
    private void readRows(JsonObject figures, int concurrency, boolean judged) {
        String readers = concurrency == 1 ? "one reader" : concurrency + " readers at once";
        readRow(figures, "queueFirstPage", "work queue, first page, " + readers, PAGE_P95_TARGET, judged);
        readRow(figures, "queueDeepPage", "work queue, deep page (keyset), " + readers, PAGE_P95_TARGET, judged);
        readRow(figures, "unitListFirstPage", "unit's requests, first page, " + readers, PAGE_P95_TARGET, judged);
        readRow(figures, "unitListDeepPage", "unit's requests, deep page, " + readers, PAGE_P95_TARGET, judged);
        readRow(figures, "lookup", "look-up by tracking number, " + readers, LOOKUP_P95_TARGET, judged);
    }

    private void readRow(JsonObject figures, String key, String label, double p95Target, boolean judged) {
        if (!figures.containsKey(key)) {
            return;
        }
        JsonObject f = figures.getJsonObject(key);
        double p95 = f.getJsonNumber("p95").doubleValue();
        row("reads: " + label, String.format("p50 %s, p95 %s, p99 %s ms (%s/s)", ms(f, "p50"), ms(f, "p95"), ms(f, "p99"),
                        number(f, "perSecond")),
                judged ? String.format("p95 ≤ %.0f ms", p95Target) : "shown beside the target", judged ? p95 <= p95Target : null);
    }

    private void row(String figure, String value, String target, Boolean met) {
        out.append("| ").append(figure).append(" | ").append(value).append(" | ").append(target).append(" | ")
                .append(met == null ? "" : met ? "yes" : "**no**").append(" |\n");
    }

    /** How a step halfway back after the miss is named, with what the miss left in the queues. */
    private static String halfway(JsonObject step) {
        if (!step.getBoolean("halfway", false)) {
            return "";
        }
        long waiting = step.getJsonNumber("waitingBefore").longValue();
        return waiting == 0 ? ", halfway back after the miss, its backlog worked off"
                : String.format(", halfway back after the miss, %,d of its requests still without their task", waiting);
    }

    private static String ms(JsonObject latency, String key) {
        return number(latency, key);
    }

    private static String number(JsonObject object, String key) {
        JsonNumber number = object.getJsonNumber(key);
        if (number == null) {
            return "?";
        }
        double value = number.doubleValue();
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format("%,d", (long) value)
                : value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static long memoryGb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().map(kb -> Math.round(kb / 1024.0 / 1024.0)).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
