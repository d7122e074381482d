package al.tirana.sporteli.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.requests.entity.AccessCode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCodesTest {

    private static final AccessCode SAMPLE = new AccessCode("K7MQ2XPA");

    @Test
    void generatesWellFormedCodesThatDiffer() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            codes.add(AccessCodes.generate().value());
        }
        assertEquals(200, codes.size(), "40 bits of randomness do not repeat in 200 draws");
        codes.forEach(code -> assertTrue(AccessCode.isWellFormed(code), code));
    }

    @Test
    void storesAHashThatFitsTheColumnAndIsSaltedPerRequest() {
        String first = AccessCodes.hash(SAMPLE);
        String second = AccessCodes.hash(SAMPLE);

        assertTrue(first.length() <= 64, first);
        assertFalse(first.contains(SAMPLE.value()));
        assertNotEquals(first, second, "the same code gives different hashes for different requests");
    }

    @Test
    void recognisesTheCodeBehindAHash() {
        String stored = AccessCodes.hash(SAMPLE);

        assertTrue(AccessCodes.matches(stored, "K7MQ2XPA"));
        assertTrue(AccessCodes.matches(stored, " k7mq-2xpa "));
        assertFalse(AccessCodes.matches(stored, "K7MQ2XPB"));
        assertFalse(AccessCodes.matches(stored, ""));
        assertFalse(AccessCodes.matches(stored, null));
    }

    @Test
    void matchesNothingAgainstAHashOfUnknownForm() {
        assertFalse(AccessCodes.matches(null, "K7MQ2XPA"));
        assertFalse(AccessCodes.matches("", "K7MQ2XPA"));
        assertFalse(AccessCodes.matches("K7MQ2XPA", "K7MQ2XPA"));
        assertFalse(AccessCodes.matches("2$AAAA$BBBB", "K7MQ2XPA"));
        assertFalse(AccessCodes.matches("1$!!$??", "K7MQ2XPA"));
    }
}
