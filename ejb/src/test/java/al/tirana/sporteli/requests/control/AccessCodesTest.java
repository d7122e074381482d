package al.tirana.sporteli.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.requests.entity.AccessCode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class AccessCodesTest {

    private static final AccessCode SAMPLE = new AccessCode("K7MQ2XPA");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] oldKey = secret();
    private final byte[] newKey = secret();
    private final AccessCodes codes = new AccessCodes(AccessCodeKeys.of(List.of(oldKey)));

    @Test
    void generatesWellFormedCodesThatDiffer() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            drawn.add(codes.generate().value());
        }
        assertEquals(200, drawn.size(), "40 bits of randomness do not repeat in 200 draws");
        drawn.forEach(code -> assertTrue(AccessCode.isWellFormed(code), code));
    }

    @Test
    void storesAHashThatFitsTheColumnAndIsSaltedPerRequest() {
        String first = codes.hash(SAMPLE);
        String second = codes.hash(SAMPLE);

        assertTrue(first.length() <= 64, first);
        assertFalse(first.contains(SAMPLE.value()));
        assertNotEquals(first, second, "the same code gives different hashes for different requests");
    }

    @Test
    void recognisesTheCodeBehindAHash() {
        String stored = codes.hash(SAMPLE);

        assertTrue(codes.matches(stored, "K7MQ2XPA"));
        assertTrue(codes.matches(stored, " k7mq-2xpa "));
        assertFalse(codes.matches(stored, "K7MQ2XPB"));
        assertFalse(codes.matches(stored, ""));
        assertFalse(codes.matches(stored, null));
    }

    @Test
    void aHashIsWorthNothingWithoutItsKey() {
        String stored = codes.hash(SAMPLE);
        AccessCodes elsewhere = new AccessCodes(AccessCodeKeys.of(List.of(newKey)));

        assertFalse(elsewhere.matches(stored, SAMPLE.value()), "another server's key does not open the hash");
        String forged = stored.substring(0, stored.lastIndexOf('$') + 1) + "A".repeat(32);
        assertFalse(codes.matches(forged, SAMPLE.value()));
    }

    @Test
    void afterARotationOldReceiptsStillOpenAndNewHashesUseTheNewKey() {
        String before = codes.hash(SAMPLE);
        AccessCodes rotated = new AccessCodes(AccessCodeKeys.of(List.of(newKey, oldKey)));
        String after = rotated.hash(SAMPLE);

        assertTrue(rotated.matches(before, SAMPLE.value()));
        assertTrue(rotated.matches(after, SAMPLE.value()));
        assertFalse(codes.matches(after, SAMPLE.value()), "the new hash is under the new key");
        AccessCodes retired = new AccessCodes(AccessCodeKeys.of(List.of(newKey)));
        assertFalse(retired.matches(before, SAMPLE.value()), "a key taken out of the file opens nothing");
    }

    @Test
    void stillRecognisesHashesOfTheSlowedForm() throws Exception {
        byte[] salt = new byte[12];
        RANDOM.nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(SAMPLE.value().toCharArray(), salt, 1_000, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String stored = "1$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);

        assertTrue(codes.matches(stored, "k7mq2xpa"));
        assertFalse(codes.matches(stored, "K7MQ2XPB"));
    }

    @Test
    void matchesNothingAgainstAHashOfUnknownForm() {
        String stored = codes.hash(SAMPLE);
        assertFalse(codes.matches(null, "K7MQ2XPA"));
        assertFalse(codes.matches("", "K7MQ2XPA"));
        assertFalse(codes.matches("K7MQ2XPA", "K7MQ2XPA"));
        assertFalse(codes.matches("2$AAAA$BBBB", "K7MQ2XPA"));
        assertFalse(codes.matches("1$!!$??", "K7MQ2XPA"));
        assertFalse(codes.matches("3" + stored.substring(1), "K7MQ2XPA"));
        assertFalse(codes.matches(stored.replace('$', '.'), "K7MQ2XPA"));
        assertFalse(codes.matches(new String(new byte[] {'2', '$', 0, '$'}, StandardCharsets.ISO_8859_1), "K7MQ2XPA"));
    }

    private static byte[] secret() {
        byte[] secret = new byte[AccessCodeKeys.KEY_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }
}
