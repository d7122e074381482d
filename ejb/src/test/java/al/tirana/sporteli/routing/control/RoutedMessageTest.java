package al.tirana.sporteli.routing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoutedMessageTest {

    private static final Instant SENT = Instant.parse("2026-03-02T08:30:00Z");

    @Test
    void survivesTheRoundTripThroughJson() {
        var original = RoutedMessage.create("task.created", SENT,
                Json.createObjectBuilder().add("trackingNumber", "TR-2026-000123-4").build());

        var read = RoutedMessage.fromJson(original.toJson());

        assertEquals(original, read);
        assertTrue(original.toJson().contains("\"schema\":1"));
    }

    @Test
    void everyMessageGetsItsOwnId() {
        assertNotEquals(RoutedMessage.create("k", SENT, null).id(), RoutedMessage.create("k", SENT, null).id());
    }

    @Test
    void refusesTextThatIsNotAMessage() {
        assertThrows(MalformedMessageException.class, () -> RoutedMessage.fromJson("not json"));
        assertThrows(MalformedMessageException.class, () -> RoutedMessage.fromJson(""));
        assertThrows(MalformedMessageException.class, () -> RoutedMessage.fromJson("{\"schema\":1,\"kind\":\"x\"}"));
        assertThrows(MalformedMessageException.class,
                () -> RoutedMessage.fromJson("{\"schema\":1,\"id\":\"a\",\"kind\":\"x\",\"sentAt\":\"yesterday\"}"));
    }

    @Test
    void refusesAnotherSchemaVersion() {
        var future = "{\"schema\":2,\"id\":\"a\",\"kind\":\"x\",\"sentAt\":\"2026-03-02T08:30:00Z\",\"payload\":{}}";

        var error = assertThrows(MalformedMessageException.class, () -> RoutedMessage.fromJson(future));

        assertTrue(error.getMessage().contains("schema 2"));
    }
}
