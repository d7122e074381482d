package al.tirana.sporteli.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessCodeTest {

    private static final AccessCode SAMPLE = new AccessCode("K7MQ2XPA");

    @Test
    void leavesOutCharactersThatLookAlike() {
        for (char lookAlike : "0O1IL".toCharArray()) {
            assertEquals(-1, AccessCode.ALPHABET.indexOf(lookAlike), String.valueOf(lookAlike));
        }
    }

    @Test
    void refusesCodesOfAnotherForm() {
        for (String text : new String[] {null, "", "K7MQ2XP", "K7MQ2XPAB", "K7MQ2XP0", "K7MQ2XPI", "k7mq2xpa", "K7MQ 2XPA"}) {
            assertThrows(IllegalArgumentException.class, () -> new AccessCode(text), String.valueOf(text));
        }
    }

    @Test
    void matchesWhatACitizenTypes() {
        assertTrue(SAMPLE.matches("K7MQ2XPA"));
        assertTrue(SAMPLE.matches(" k7mq2xpa "));
        assertTrue(SAMPLE.matches("K7MQ-2XPA"));
        assertTrue(SAMPLE.matches("k7mq 2xpa"));
    }

    @Test
    void matchesNothingElse() {
        assertFalse(SAMPLE.matches("K7MQ2XPB"));
        assertFalse(SAMPLE.matches("K7MQ2XP"));
        assertFalse(SAMPLE.matches(""));
        assertFalse(SAMPLE.matches(null));
    }

    @Test
    void keepsTheCodeOutOfLogs() {
        assertFalse(SAMPLE.toString().contains(SAMPLE.value()));
    }
}
