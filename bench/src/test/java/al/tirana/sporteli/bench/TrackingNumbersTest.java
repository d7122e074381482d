package al.tirana.sporteli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    /** Expected values computed with the application's TrackingNumber, so that seeded numbers parse there. */
    @Test
    void formatsAsTheApplicationDoes() {
        assertEquals("2026-000001-5", TrackingNumbers.format(2026, 1));
        assertEquals("2026-000301-7", TrackingNumbers.format(2026, 301));
        assertEquals("2025-999999-4", TrackingNumbers.format(2025, 999_999));
        assertEquals("2027-100000-9", TrackingNumbers.format(2027, 100_000));
        assertEquals("2026-1234567-5", TrackingNumbers.format(2026, 1_234_567));
    }
}
