package al.tirana.sporteli.requests.control;

import al.tirana.sporteli.requests.entity.AccessCode;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Makes access codes and keeps only their salted, slowed hashes. An access code has about 40 bits, few
 * enough that a plain hash leaked with the database could be reversed by trying every code; PBKDF2
 * with a salt per request makes that days of work per request. The iteration count is kept low
 * because every intake pays it once: about a millisecond on these machines, against a target of a
 * thousand intakes a second. Stored form: {@code 1$salt$hash} (version, base64url), 62 characters.
 */
public final class AccessCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String VERSION = "1";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 1_000;
    private static final int SALT_BYTES = 12;
    private static final int HASH_BITS = 256;

    private AccessCodes() {
    }

    public static AccessCode generate() {
        char[] code = new char[AccessCode.LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = AccessCode.ALPHABET.charAt(RANDOM.nextInt(AccessCode.ALPHABET.length()));
        }
        return new AccessCode(new String(code));
    }

    public static String hash(AccessCode code) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return VERSION + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(derive(code.value(), salt));
    }

    /** Whether what the citizen typed is the code behind a stored hash; a hash of unknown form matches nothing. */
    public static boolean matches(String storedHash, String typed) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split("\\$");
        String candidate = AccessCode.normalised(typed);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || !AccessCode.isWellFormed(candidate)) {
            return false;
        }
        try {
            byte[] expected = DECODER.decode(parts[2]);
            return MessageDigest.isEqual(expected, derive(candidate, DECODER.decode(parts[1])));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String code, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, ITERATIONS, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java SE runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
