package al.tirana.sporteli.platform.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff password hashes: PBKDF2 with HMAC-SHA256 and 600,000 iterations (OWASP's figure for this
 * algorithm), a random salt per password. Stored form: {@code pbkdf2-sha256$iterations$salt$hash}, so
 * that a later, stronger setting can verify old hashes and rehash them at the next login.
 */
public final class PasswordHashes {

    public static final int ITERATIONS = 600_000;
    /** Passwords shorter than this are refused: length is what makes a password hard to guess. */
    public static final int MIN_LENGTH = 12;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    /** Verified when the user does not exist, so that the answer takes as long as for a real account. */
    private static final String DECOY = hash("decoy password, never valid");

    private PasswordHashes() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return SCHEME + "$" + ITERATIONS + "$" + ENCODER.encodeToString(salt) + "$"
                + ENCODER.encodeToString(derive(password, salt, ITERATIONS));
    }

    public static boolean matches(String stored, String password) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0]) || password == null) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] expected = DECODER.decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, DECODER.decode(parts[2]), iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one verification, for an unknown user name. */
    public static void spendOneVerification(String password) {
        matches(DECOY, password == null ? "" : password);
    }

    public static boolean strongEnough(String password) {
        return password != null && password.codePointCount(0, password.length()) >= MIN_LENGTH && !password.isBlank();
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java platform", e);
        } finally {
            spec.clearPassword();
        }
    }
}
