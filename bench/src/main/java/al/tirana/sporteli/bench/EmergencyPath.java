package al.tirana.sporteli.bench;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQQueue;

/**
 * Emergency routing while the units' queues hold a large backlog. The backlog goes straight onto the
 * units' queues through the broker (a hundred thousand intakes would take longer than the whole bench),
 * as routed messages the unit consumers handle like any other message that is not a task: one ledger
 * line each, in a transaction of their own. Then civil-emergency reports come in through the intake API,
 * one at a time, and their routing time is read from their tasks: the message's sending time, stamped in
 * the intake transaction, to the filing of its task by the emergency consumer. The same is measured
 * first with empty queues.
 */
final class EmergencyPath {

    static final String BACKLOG_KIND = "bench.backlog";

    private EmergencyPath() {
    }

    static void run(Args args) throws Exception {
        args.allow("url", "api-key", "broker-user", "broker-password", "jdbc", "user", "password", "backlog", "samples",
                "interval-ms", "jboss-cli", "controller", "results");
        String url = args.required("url").replaceAll("/+$", "");
        // more than the 100,000 of the target: the units' consumers take that in before 200 reports are through
        int backlog = args.integer("backlog", 500_000);
        // 200, so that the p99 is not simply the slowest report; 10 a second, so that the backlog outlasts them
        int samples = args.integer("samples", 200);
        long intervalMs = args.integer("interval-ms", 100);
        Consumed consumed = new Consumed(args.required("jdbc"), args.text("user", "sporteli"), args.text("password", "sporteli"));
        Intake intake = new Intake(URI.create(url + "/api/v1/requests"), args.required("api-key"));

        Sample idle = emergencies(intake, consumed, Math.max(5, samples / 5), intervalMs, "idle");

        Instant loadFrom = Instant.now();
        long fillStarted = System.nanoTime();
        List<String> units = units(url);
        // with the management CLI at hand, the units' consumers wait while the backlog is loaded, so that
        // all of it is there when the emergencies come, and then take it on all at once
        String cli = args.text("jboss-cli", null);
        String controller = args.text("controller", null);
        if (cli != null) {
            queues(cli, controller, units, "pause");
        }
        try {
            fill(URI.create(url), args.required("broker-user"), args.required("broker-password"), units, backlog);
        } finally {
            if (cli != null) {
                queues(cli, controller, units, "resume");
            }
        }
        double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;
        long waitingAtStart = backlog - consumed.handled(BACKLOG_KIND, loadFrom);
        Console.printf("emergency: %,d backlog messages on the units' queues in %.1f s; %,d still waiting%n", backlog, fillSeconds,
                waitingAtStart);

        Sample loaded = emergencies(intake, consumed, samples, intervalMs, "under the backlog");
        long waitingAtEnd = backlog - consumed.handled(BACKLOG_KIND, loadFrom);
        Console.printf("emergency: %,d backlog messages still waiting after the last emergency%n", waitingAtEnd);

        Results.append(Path.of(args.text("results", Results.DEFAULT_FILE)), Results.entry("emergency")
                .add("backlog", backlog)
                .add("fillSeconds", Results.round(fillSeconds, 1))
                .add("waitingAtStart", waitingAtStart)
                .add("waitingAtEnd", waitingAtEnd)
                .add("idle", Results.latencies(idle.routing()))
                .add("idleAnswer", Results.latencies(idle.answer()))
                .add("routing", Results.latencies(loaded.routing()))
                .add("answer", Results.latencies(loaded.answer()))
                .add("unrouted", loaded.unrouted()));
    }

    private record Sample(Histogram routing, Histogram answer, long unrouted) {
    }

    /** Civil-emergency reports, one every interval; then their routing times from their tasks. */
    private static Sample emergencies(Intake intake, Consumed consumed, int count, long intervalMs, String label) throws Exception {
        Instant from = Instant.now();
        Histogram answer = Results.histogram();
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            int status = intake.emergency();
            if (status != 201) {
                throw new IllegalStateException("An emergency report was answered " + status);
            }
            answer.recordValue(Math.min((System.nanoTime() - sent) / 1_000, 60_000_000L));
            Thread.sleep(intervalMs);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        long routed;
        while ((routed = consumed.emergencyTimes(from).getTotalCount()) < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        Histogram routing = consumed.emergencyTimes(from);
        Console.printf("emergency %s: routing %s; answers %s%n", label, Results.line(routing), Results.line(answer));
        return new Sample(routing, answer, count - routed);
    }

    /** Routed messages of the backlog kind, spread over the units' queues, committed a thousand at a time. */
    static void fill(URI server, String user, String password, List<String> units, int count) throws JMSException {
        // the broker listens behind the HTTP port (HTTP upgrade), as WildFly's remote connection factory does
        String broker = "tcp://" + server.getHost() + ":" + server.getPort()
                + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor";
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker, user, password);
             Connection connection = factory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            List<MessageProducer> producers = new ArrayList<>();
            for (String unit : units) {
                producers.add(session.createProducer(new ActiveMQQueue("jms.queue.sporteli.unit." + unit)));
            }
            long nextProgress = System.nanoTime() + 5_000_000_000L;
            for (int i = 0; i < count; i++) {
                TextMessage message = session.createTextMessage(routedMessage(i));
                message.setStringProperty("sporteliKind", BACKLOG_KIND);
                producers.get(i % producers.size()).send(message);
                if (i % 1_000 == 999) {
                    session.commit();
                    if (System.nanoTime() > nextProgress) {
                        Console.printf("emergency: %,d of %,d backlog messages sent%n", i + 1, count);
                        nextProgress += 5_000_000_000L;
                    }
                }
            }
            session.commit();
        }
    }

    /** Pauses or resumes the units' queues through WildFly's management CLI (local authentication). */
    static void queues(String cli, String controller, List<String> units, String operation) throws Exception {
        StringBuilder commands = new StringBuilder();
        for (String unit : units) {
            commands.append(commands.isEmpty() ? "" : ",")
                    .append("/subsystem=messaging-activemq/server=default/jms-queue=sporteli.unit.").append(unit).append(':').append(operation);
        }
        Process process = new ProcessBuilder(cli, "-c", "--controller=" + controller, "--commands=" + commands)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || output.contains("\"outcome\" => \"failed\"")) {
            throw new IllegalStateException("Could not " + operation + " the units' queues: " + output);
        }
    }

    /** The application's routed-message envelope (schema 1), with a kind the consumers only record. */
    static String routedMessage(int n) {
        return Json.createObjectBuilder()
                .add("schema", 1)
                .add("id", UUID.randomUUID().toString())
                .add("kind", BACKLOG_KIND)
                .add("sentAt", Instant.now().toString())
                .add("payload", Json.createObjectBuilder().add("n", n))
                .build().toString();
    }

    /** The unit codes, from the public list of administrative units. */
    static List<String> units(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "/api/v1/units")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The list of units was answered " + response.statusCode());
        }
        List<String> codes = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            for (JsonValue unit : reader.readArray()) {
                codes.add(((JsonObject) unit).getString("code"));
            }
        }
        return codes;
    }

    /** Civil-emergency reports through the intake API, as a caller's system files them. */
    private static final class Intake {

        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final URI requests;
        private final String apiKey;
        private final People people = new People(112);

        Intake(URI requests, String apiKey) {
            this.requests = requests;
            this.apiKey = apiKey;
        }

        int emergency() throws Exception {
            String name = people.name();
            String body = Json.createObjectBuilder()
                    .add("serviceCode", "CIVIL_EMERGENCY")
                    .add("applicant", Json.createObjectBuilder().add("kind", "PERSON").add("name", name).add("phone", "0691234567"))
                    .add("location", Json.createObjectBuilder().add("address", people.address())
                            .add("latitude", people.latitude()).add("longitude", people.longitude()))
                    .add("description", "Përmbytje në bodrumin e pallatit")
                    .add("fields", Json.createObjectBuilder().add("HAZARD", "Përmbytje"))
                    .build().toString();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(requests)
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-emergency-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                Console.printf("emergency: answered %d: %s%n", response.statusCode(), response.body());
            }
            return response.statusCode();
        }
    }

    /** Reads what the consumers took in: the backlog's lines in their ledger, the emergency queue's tasks. */
    private record Consumed(String jdbc, String user, String password) {

        long handled(String kind, Instant since) throws SQLException {
            try (var connection = DriverManager.getConnection(jdbc, user, password);
                 PreparedStatement statement = connection.prepareStatement(
                         "SELECT count(*) FROM processed_message WHERE kind = ? AND sent_at >= ?")) {
                statement.setString(1, kind);
                statement.setTimestamp(2, Timestamp.from(since));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        /** Sending to filing, in microseconds, of the emergency queue's tasks whose messages were sent since then. */
        Histogram emergencyTimes(Instant since) throws SQLException {
            try (var connection = DriverManager.getConnection(jdbc, user, password)) {
                return TaskRouting.read(connection, since, Instant.now(), true);
            }
        }
    }
}
