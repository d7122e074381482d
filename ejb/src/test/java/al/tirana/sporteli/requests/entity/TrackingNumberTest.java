package al.tirana.sporteli.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrackingNumberTest {

    private static final TrackingNumber SAMPLE = new TrackingNumber(2026, 4217);

    @Test
    void printsYearPaddedSerialAndCheckDigit() {
        assertEquals("2026-004217-" + SAMPLE.checkDigit(), SAMPLE.toString());
        assertEquals("2031-1234567-" + new TrackingNumber(2031, 1_234_567).checkDigit(),
                new TrackingNumber(2031, 1_234_567).toString());
    }

    @Test
    void computesTheDammCheckDigitOfThePublishedExample() {
        assertEquals(4, TrackingNumber.damm("572"));
        assertEquals(0, TrackingNumber.damm("5724"), "a number followed by its check digit folds to zero");
    }

    @Test
    void survivesTheRoundTripThroughText() {
        for (long serial : List.of(1L, 42L, 999_999L, 1_000_000L, 987_654_321_012L)) {
            TrackingNumber number = new TrackingNumber(2999, serial);
            assertEquals(number, TrackingNumber.parse(number.toString()));
        }
    }

    @Test
    void acceptsWhatACitizenTypes() {
        String printed = SAMPLE.toString();
        String digits = printed.replace("-", "");
        assertEquals(SAMPLE, TrackingNumber.parse("  " + printed + "\t"));
        assertEquals(SAMPLE, TrackingNumber.parse(digits));
        assertEquals(SAMPLE, TrackingNumber.parse(printed.replace('-', ' ')));
        assertEquals(SAMPLE, TrackingNumber.parse(printed.replace("-", " - ")));
        assertEquals(SAMPLE, TrackingNumber.parse(printed.replace('-', '\u2013')), "an en dash from a phone keyboard");
        assertEquals(SAMPLE, TrackingNumber.parse("\u00A0" + printed.replace('-', '\u00A0')), "copied from a PDF");
        assertEquals(SAMPLE, TrackingNumber.parse("2026-4217-" + SAMPLE.checkDigit()), "leading zeros dropped");
    }

    @Test
    void refusesEverySingleMistypedDigit() {
        String digits = SAMPLE.toString().replace("-", "");
        for (int position = 0; position < digits.length(); position++) {
            for (char wrong = '0'; wrong <= '9'; wrong++) {
                if (wrong == digits.charAt(position)) {
                    continue;
                }
                String typo = digits.substring(0, position) + wrong + digits.substring(position + 1);
                assertThrows(MalformedTrackingNumberException.class, () -> TrackingNumber.parse(typo), typo);
            }
        }
    }

    @Test
    void refusesEverySwapOfNeighbouringDigits() {
        String digits = new TrackingNumber(2026, 918_273).toString().replace("-", "");
        for (int position = 0; position + 1 < digits.length(); position++) {
            if (digits.charAt(position) == digits.charAt(position + 1)) {
                continue;
            }
            String swapped = digits.substring(0, position) + digits.charAt(position + 1) + digits.charAt(position)
                    + digits.substring(position + 2);
            assertThrows(MalformedTrackingNumberException.class, () -> TrackingNumber.parse(swapped), swapped);
        }
    }

    @Test
    void namesAWrongCheckDigitAsAMistypedNumber() {
        int wrong = (SAMPLE.checkDigit() + 1) % 10;

        var error = assertThrows(MalformedTrackingNumberException.class,
                () -> TrackingNumber.parse("2026-004217-" + wrong));

        assertTrue(error.getMessage().contains("check digit"));
    }

    @Test
    void refusesTextThatIsNoTrackingNumber() {
        for (String text : new String[] {null, "", "   ", "TR-2026-004217-3", "2026-004217", "26-004217-3",
                "2026-0042173", "202600421", "2026/004217/3", "1999-004217-" + new TrackingNumber(2000, 4217).checkDigit(),
                "2026-000000-0", "2026-x04217-3", "2026-1234567890123-4"}) {
            assertThrows(MalformedTrackingNumberException.class, () -> TrackingNumber.parse(text), String.valueOf(text));
        }
    }

    @Test
    void isAnIllegalArgument() {
        assertTrue(IllegalArgumentException.class.isAssignableFrom(MalformedTrackingNumberException.class));
    }

    @Test
    void refusesYearsAndSerialsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new TrackingNumber(1999, 1));
        assertThrows(IllegalArgumentException.class, () -> new TrackingNumber(3000, 1));
        assertThrows(IllegalArgumentException.class, () -> new TrackingNumber(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> new TrackingNumber(2026, -5));
    }
}
