package al.tirana.sporteli.requests.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secret keys that access codes are hashed with, read from a file of one key per line (base64url,
 * 32 bytes), the first one current. Older keys stay below it so that receipts issued under them keep
 * working after a rotation. A missing file is created with one new key, readable by its owner only.
 */
public final class AccessCodeKeys {

    public static final int KEY_BYTES = 32;

    public record Key(String id, byte[] secret) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Key current;
    private final Map<String, Key> byId;

    private AccessCodeKeys(List<Key> keys) {
        this.current = keys.get(0);
        this.byId = new HashMap<>();
        keys.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    public static AccessCodeKeys of(List<byte[]> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("At least one access-code key is needed");
        }
        List<Key> keys = new ArrayList<>();
        for (byte[] secret : secrets) {
            if (secret.length != KEY_BYTES) {
                throw new IllegalArgumentException("An access-code key has " + KEY_BYTES + " bytes, not " + secret.length);
            }
            keys.add(new Key(idOf(secret), secret.clone()));
        }
        return new AccessCodeKeys(keys);
    }

    /** Reads the file, creating it with a fresh key first if there is none. */
    public static AccessCodeKeys load(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            List<byte[]> secrets = new ArrayList<>();
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                try {
                    secrets.add(DECODER.decode(text));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file + ", line " + number + ": not a base64url key", e);
                }
            }
            try {
                return of(secrets);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Access-code keys unreadable: " + file, e);
        }
    }

    public static String newKey() {
        byte[] secret = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(secret);
        return ENCODER.encodeToString(secret);
    }

    public Key current() {
        return current;
    }

    public Optional<Key> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path draft = Files.createTempFile(parent, "access-code", ".new");
        try {
            try {
                Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own permissions are all there is
            }
            Files.writeString(draft, newKey() + "\n", StandardCharsets.US_ASCII);
            Files.move(draft, file);
        } catch (FileAlreadyExistsException e) {
            // two servers starting on one data directory: the first file wins, the second draft is dropped
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** A short name for a key, stored with each hash: enough to pick the key, nothing about it. */
    private static String idOf(byte[] secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
            return ENCODER.encodeToString(Arrays.copyOf(digest, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java SE runtime", e);
        }
    }
}
