package al.tirana.sporteli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadsTest {

    @TempDir
    Path dir;

    /** Signs in, follows the cursors into deep pages and looks up the numbers it found, all with the session cookie. */
    @Test
    void measuresFirstAndDeepPagesAndLookUps() throws Exception {
        Path results = dir.resolve("results.jsonl");
        try (FakeSporteli server = new FakeSporteli(4, 0)) {
            Reads.run(Args.parse(new String[] {"--url", server.url(), "--user", "admin", "--password", "secret",
                    "--queues", "NA01,TAX", "--units", "NA01", "--seconds", "1", "--concurrency", "2", "--deep-from", "3",
                    "--results", results.toString()}));
        }
        JsonObject figures = Results.read(results).get(0).getJsonObject("figures");
        for (String key : new String[] {"queueFirstPage", "queueDeepPage", "unitListFirstPage", "unitListDeepPage", "lookup"}) {
            JsonObject figure = figures.getJsonObject(key);
            assertTrue(figure.getInt("count") > 0, key + " measured");
            assertEquals(0, figure.getInt("failed"), key + " without failures");
        }
    }
}
