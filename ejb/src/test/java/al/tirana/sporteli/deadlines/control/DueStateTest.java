package al.tirana.sporteli.deadlines.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DueStateTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void pastTheDeadlineIsOverdueUnlessTheClocksArePaused() {
        assertEquals(DueState.OVERDUE, DueState.of(NOW.minusSeconds(1), false, NOW));
        assertEquals(DueState.ON_TIME, DueState.of(NOW.minusSeconds(1), true, NOW));
    }

    @Test
    void withinADayOfTheDeadlineIsDueSoon() {
        assertEquals(DueState.DUE_SOON, DueState.of(NOW.plus(Duration.ofHours(23)), false, NOW));
        assertEquals(DueState.ON_TIME, DueState.of(NOW.plus(Duration.ofHours(25)), false, NOW));
        assertEquals(DueState.ON_TIME, DueState.of(null, false, NOW), "no deadline, never late");
    }
}
