package al.tirana.sporteli.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The results file: one JSON object per line, appended by each subcommand, so that a run killed half
 * way keeps what it measured and {@code report} can be rerun at any time.
 */
final class Results {

    static final String DEFAULT_FILE = "target/results.jsonl";

    private Results() {
    }

    static JsonObjectBuilder entry(String kind) {
        return Json.createObjectBuilder()
                .add("kind", kind)
                .add("at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    static void append(Path file, JsonObjectBuilder entry) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, entry.build().toString() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results to " + file, e);
        }
    }

    static List<JsonObject> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> Json.createReader(new StringReader(line)).readObject())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the results in " + file, e);
        }
    }

    /** Percentiles in milliseconds of a histogram recorded in microseconds. */
    static JsonObjectBuilder latencies(Histogram micros) {
        return Json.createObjectBuilder()
                .add("count", micros.getTotalCount())
                .add("p50", ms(micros.getValueAtPercentile(50)))
                .add("p90", ms(micros.getValueAtPercentile(90)))
                .add("p95", ms(micros.getValueAtPercentile(95)))
                .add("p99", ms(micros.getValueAtPercentile(99)))
                .add("p999", ms(micros.getValueAtPercentile(99.9)))
                .add("max", ms(micros.getMaxValue()));
    }

    /** The same as a line for the console. */
    static String line(Histogram micros) {
        return String.format("p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  p99.9 %.1f  max %.1f ms (n=%d)",
                ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(90)),
                ms(micros.getValueAtPercentile(95)), ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()), micros.getTotalCount());
    }

    static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    /** A histogram of microseconds up to a minute: anything slower is a failure, not a latency. */
    static Histogram histogram() {
        return new Histogram(60_000_000L, 3);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
