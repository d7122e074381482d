package al.tirana.sporteli.requests.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The secret printed on a citizen's receipt that, with the tracking number, opens the request on the
 * public page. Eight characters from an alphabet without look-alikes (no 0/O, no 1/I/L), so that a code
 * read from paper or over the phone is typed right the first time.
 */
public record AccessCode(String value) {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    public AccessCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("An access code has " + LENGTH + " characters of " + ALPHABET);
        }
    }

    /** Forgives what people do when they type a code: blanks, a dash in the middle, lower case. */
    public static String normalised(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Compares in constant time, so that response times do not tell how many leading characters were right. */
    public boolean matches(String typed) {
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                normalised(typed).getBytes(StandardCharsets.UTF_8));
    }

    /** Never the code itself: records end up in logs. */
    @Override
    public String toString() {
        return "AccessCode[********]";
    }
}
