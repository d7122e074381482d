package al.tirana.sporteli.requests.control;

import al.tirana.sporteli.platform.control.ServerData;
import al.tirana.sporteli.requests.entity.AccessCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes access codes and keeps only their keyed hashes. An access code has about 40 bits, few enough
 * that a plain hash leaked with the database could be reversed by trying every code. The hash is an
 * HMAC under a secret key that lives in a file on the server, never in the database: a leaked database
 * alone gives nothing to try codes against, and hashing costs microseconds where a slowed hash cost a
 * quarter of a millisecond on every intake. Stored form: {@code 2$key$salt$mac} (base64url), 58
 * characters. Hashes of the first form, {@code 1$salt$hash} (PBKDF2), are still recognised.
 */
@ApplicationScoped
public class AccessCodes {

    /** The key file; without it, {@code access-code.keys} in the server's data folder, beside the attachments. */
    public static final String KEYS_PROPERTY = "sporteli.access-code.keys";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String KEYED = "2";
    private static final String SLOWED = "1";
    private static final String MAC = "HmacSHA256";
    private static final int SALT_BYTES = 12;
    private static final int MAC_BYTES = 24;
    private static final String PBKDF2 = "PBKDF2WithHmacSHA256";
    private static final int PBKDF2_ITERATIONS = 1_000;

    private AccessCodeKeys keys;

    public AccessCodes() {
    }

    public AccessCodes(AccessCodeKeys keys) {
        this.keys = keys;
    }

    @PostConstruct
    void loadKeys() {
        keys = AccessCodeKeys.load(ServerData.path(KEYS_PROPERTY, "access-code.keys"));
    }

    public AccessCode generate() {
        char[] code = new char[AccessCode.LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = AccessCode.ALPHABET.charAt(RANDOM.nextInt(AccessCode.ALPHABET.length()));
        }
        return new AccessCode(new String(code));
    }

    public String hash(AccessCode code) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        AccessCodeKeys.Key key = keys.current();
        return KEYED + "$" + key.id() + "$" + ENCODER.encodeToString(salt) + "$"
                + ENCODER.encodeToString(mac(key, code.value(), salt));
    }

    /**
     * Whether what the citizen typed is the code behind a stored hash; a hash of unknown form, or under a
     * key no longer in the file, matches nothing.
     */
    public boolean matches(String storedHash, String typed) {
        String[] parts = (storedHash == null ? "" : storedHash).split("\\$");
        String candidate = AccessCode.normalised(typed);
        if (!AccessCode.isWellFormed(candidate)) {
            return false;
        }
        try {
            if (KEYED.equals(parts[0]) && parts.length == 4) {
                Optional<AccessCodeKeys.Key> key = keys.byId(parts[1]);
                return key.isPresent() && MessageDigest.isEqual(DECODER.decode(parts[3]),
                        mac(key.get(), candidate, DECODER.decode(parts[2])));
            }
            if (SLOWED.equals(parts[0]) && parts.length == 3) {
                return MessageDigest.isEqual(DECODER.decode(parts[2]), slowed(candidate, DECODER.decode(parts[1])));
            }
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] mac(AccessCodeKeys.Key key, String code, byte[] salt) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(key.secret(), MAC));
            mac.update(salt);
            return Arrays.copyOf(mac.doFinal(code.getBytes(StandardCharsets.US_ASCII)), MAC_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(MAC + " with a 32-byte key is part of every Java SE runtime", e);
        }
    }

    private static byte[] slowed(String code, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, PBKDF2_ITERATIONS, 256);
        try {
            return SecretKeyFactory.getInstance(PBKDF2).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(PBKDF2 + " is part of every Java SE runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
