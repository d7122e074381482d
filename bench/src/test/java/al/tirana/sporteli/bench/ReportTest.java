package al.tirana.sporteli.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @TempDir
    Path dir;

    /** Every kind of entry becomes a row beside its target, and a second report appends rather than overwrites. */
    @Test
    void appendsASectionWithEachFigureAndItsTarget() throws Exception {
        Path results = dir.resolve("results.jsonl");
        Files.writeString(results, String.join("\n",
                "{\"kind\":\"seed\",\"count\":1000000,\"activeTasks\":74000,\"seconds\":150.0,\"loadSeconds\":140.0,"
                        + "\"requestsPerSecond\":7143,\"postgres\":\"15.18\"}",
                "{\"kind\":\"baseline\",\"threads\":8,\"seconds\":20,\"requestsPerSecond\":1500,\"failed\":0,"
                        + "\"latency\":{\"count\":30000,\"p50\":4.1,\"p90\":8.0,\"p95\":9.0,\"p99\":20.5,\"p999\":40.0,\"max\":80.0}}",
                "{\"kind\":\"ramp\",\"sustainable\":500,\"p99LimitMs\":500,\"errorLimitPercent\":0.1,\"steps\":["
                        + "{\"rate\":500,\"achieved\":499.5,\"errorRate\":0,\"passed\":true,"
                        + "\"latency\":{\"p50\":20,\"p90\":30,\"p99\":42,\"p999\":300,\"max\":400},"
                        + "\"routing\":{\"p50\":10,\"p99\":30}},"
                        + "{\"rate\":700,\"achieved\":500,\"errorRate\":1.2,\"passed\":false,"
                        + "\"latency\":{\"p50\":900,\"p90\":2000,\"p99\":4000,\"p999\":5000,\"max\":6000}},"
                        + "{\"rate\":500,\"achieved\":500,\"errorRate\":0,\"passed\":true,\"halfway\":true,\"waitingBefore\":0,"
                        + "\"latency\":{\"p50\":30,\"p90\":60,\"p99\":90,\"p999\":300,\"max\":400}}]}",
                "{\"kind\":\"reads\",\"concurrency\":1,\"figures\":{\"lookup\":{\"p50\":3,\"p95\":8,\"p99\":15,\"perSecond\":300}},"
                        + "\"loaded\":{\"4\":{\"lookup\":{\"p50\":9,\"p95\":2,\"p99\":30,\"perSecond\":400}}}}",
                "{\"kind\":\"emergency\",\"backlog\":100000,\"waitingAtStart\":95000,\"waitingAtEnd\":80000,\"unrouted\":0,"
                        + "\"idle\":{\"p50\":5,\"p99\":9,\"max\":10},\"routing\":{\"p50\":12,\"p99\":35,\"max\":40},"
                        + "\"answer\":{\"p99\":20}}",
                "{\"kind\":\"heap\",\"beforeMb\":200,\"afterMb\":210,\"max\":\"1024M\"}",
                "{\"kind\":\"server\",\"phase\":\"ramp\",\"cpuAvgPercent\":150.5,\"cpuPeakPercent\":198,\"heapPeakMb\":900}",
                "{\"kind\":\"env\",\"wildfly\":\"39.0.1.Final\"}"));
        Path out = dir.resolve("RESULTS.md");
        String[] args = {"--results", results.toString(), "--out", out.toString()};
        Report.run(Args.parse(args));
        Report.run(Args.parse(args));
        String text = Files.readString(out);
        assertTrue(text.startsWith("# Sporteli capacity results"), text);
        assertTrue(text.contains("| 39.0.1.Final | 15.18 |"), text);
        assertTrue(text.contains("| intake: sustainable rate (open model) | 500 requests/s | ≥ 1,000 requests/s"), text);
        assertTrue(text.contains("| intake at 700/s offered |") && text.contains("| **no** |"), text);
        assertTrue(text.contains("| intake: sustainable rate / plain JDBC baseline | 0.33× | ≥ 0.25× | yes |"), text);
        // the step halfway back is named as such, and the first step at 500/s is the one the target reads
        assertTrue(text.contains("| intake at 500/s offered, halfway back after the miss, its backlog worked off | 500/s achieved"), text);
        assertTrue(text.contains("| intake p99 at 500/s | 42 ms | ≤ 50 ms | yes |"), text);
        assertTrue(text.contains("| routing at 500/s: intake commit to unit consumer, p99 | 30 ms | ≤ 25 ms | **no** |"), text);
        assertTrue(text.contains("| reads: look-up by tracking number, one reader | p50 3, p95 8, p99 15 ms (300/s) | p95 ≤ 5 ms | **no** |"), text);
        // readers waiting for each other are shown, not judged, even where the figure would pass
        assertTrue(text.contains("| reads: look-up by tracking number, 4 readers at once | p50 9, p95 2, p99 30 ms (400/s) | shown beside the target |  |"), text);
        assertTrue(text.contains("| emergency routing under a backlog of 100,000 (80,000 still waiting after the last one) |"
                + " p50 12, p99 35, max 40 ms; intake answer p99 20 ms | p99 ≤ 50 ms, backlog still there | yes |"), text);
        assertTrue(text.contains("peak 900 MB (limit -Xmx 1024M); live 200 MB → 210 MB | ≤ 1024 MB, no growth | yes |"), text);
        assertTrue(text.indexOf("\n## ") != text.lastIndexOf("\n## "), "two sections: " + text);
    }
}
