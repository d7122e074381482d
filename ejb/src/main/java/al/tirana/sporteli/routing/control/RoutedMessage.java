package al.tirana.sporteli.routing.control;

import al.tirana.sporteli.platform.control.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * The contract of every message on Sporteli's queues: a JSON text with a schema version, a unique id
 * (the key of the consumers' ledger for kinds other than task messages), a kind that tells the
 * consumer what to do, and a payload.
 */
public record RoutedMessage(String id, String kind, Instant sentAt, JsonObject payload) {

    public static final int SCHEMA = 1;

    public RoutedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentAt, "sentAt");
        payload = payload == null ? JsonValue.EMPTY_JSON_OBJECT : payload;
        if (id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("A message id has 1 to 64 characters");
        }
    }

    public static RoutedMessage create(String kind, Instant now, JsonObject payload) {
        return new RoutedMessage(UUID.randomUUID().toString(), kind, now, payload);
    }

    public String toJson() {
        return Jsons.createObjectBuilder()
                .add("schema", SCHEMA)
                .add("id", id)
                .add("kind", kind)
                .add("sentAt", sentAt.toString())
                .add("payload", payload)
                .build()
                .toString();
    }

    public static RoutedMessage fromJson(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedMessageException("Empty message");
        }
        try (var reader = Jsons.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            int schema = json.getInt("schema", -1);
            if (schema != SCHEMA) {
                throw new MalformedMessageException("Unsupported message schema " + schema + ", expected " + SCHEMA);
            }
            return new RoutedMessage(
                    json.getString("id"),
                    json.getString("kind"),
                    Instant.parse(json.getString("sentAt")),
                    json.getJsonObject("payload"));
        } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException
                 | IllegalArgumentException e) {
            if (e instanceof MalformedMessageException malformed) {
                throw malformed;
            }
            throw new MalformedMessageException("Not a routed message: " + e.getMessage(), e);
        }
    }
}
