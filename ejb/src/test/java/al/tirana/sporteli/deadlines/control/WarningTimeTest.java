package al.tirana.sporteli.deadlines.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WarningTimeTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void aServiceOfWeeksIsWarnedADayBeforeItsTarget() {
        Instant target = RECEIVED.plus(Duration.ofDays(30));

        assertEquals(target.minus(Duration.ofDays(1)), WarningTime.of(RECEIVED, target));
    }

    @Test
    void aServiceOfADayIsWarnedWhenThreeQuartersOfItHaveRun() {
        Instant target = RECEIVED.plus(Duration.ofHours(24));

        assertEquals(RECEIVED.plus(Duration.ofHours(18)), WarningTime.of(RECEIVED, target));
    }

    @Test
    void aStreetReportOfHoursIsWarnedInProportion() {
        Instant target = RECEIVED.plus(Duration.ofHours(4));

        assertEquals(RECEIVED.plus(Duration.ofHours(3)), WarningTime.of(RECEIVED, target));
    }

    @Test
    void theLeadStopsGrowingAtFourDays() {
        assertEquals(RECEIVED.plus(Duration.ofDays(3)), WarningTime.of(RECEIVED, RECEIVED.plus(Duration.ofDays(4))));
        assertEquals(RECEIVED.plus(Duration.ofHours(60)), WarningTime.of(RECEIVED, RECEIVED.plus(Duration.ofHours(80))));
    }

    @Test
    void aTargetAlreadyPassedAtReceiptIsWarnedAtTheTarget() {
        Instant target = RECEIVED.minus(Duration.ofHours(1));

        assertEquals(target, WarningTime.of(RECEIVED, target));
    }

    @Test
    void noTargetNoWarning() {
        assertNull(WarningTime.of(RECEIVED, null));
    }
}
