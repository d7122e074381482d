package al.tirana.sporteli.requests.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps the bytes of attachments in files under one folder. The server names every file (a random UUID,
 * under two levels of folders from its first characters, so that no folder grows too large); the name
 * the citizen gave never reaches the file system. A file appears complete or not at all, and is read
 * back only if it still has the SHA-256 it was written with.
 */
public class AttachmentStore {

    /** The server's names: lower-case UUIDs, the only text ever turned into a path here. */
    private static final Pattern STORAGE_NAME = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HexFormat HEX = HexFormat.of();

    /** Where a file was put and what it holds, for the attachment's row. */
    public record Stored(String storageName, String sha256, long size) {
    }

    private final Path base;

    public AttachmentStore(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /**
     * Writes to a temporary file beside the target, forces it to disk and renames it into place in one
     * step, so that a crash or a concurrent reader never meets half a file.
     */
    public Stored write(byte[] content) throws IOException {
        String name = UUID.randomUUID().toString();
        Path target = pathOf(name);
        Files.createDirectories(target.getParent());
        // createTempFile makes the file readable by the server's user only
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Stored(name, sha256(content), content.length);
    }

    /** The file's bytes, if they still match the checksum recorded for them. */
    public byte[] read(String storageName, String expectedSha256) throws IOException {
        byte[] content = Files.readAllBytes(pathOf(storageName));
        String actual = sha256(content);
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            throw new CorruptAttachmentException("Attachment " + storageName + " has SHA-256 " + actual
                    + " instead of " + expectedSha256);
        }
        return content;
    }

    /** Removes a file, as when the transaction that recorded it rolled back; a missing file is no error. */
    public boolean delete(String storageName) throws IOException {
        return Files.deleteIfExists(pathOf(storageName));
    }

    /** The path of a stored file: {@code base/ab/cd/abcd…}. */
    Path pathOf(String storageName) {
        if (storageName == null || !STORAGE_NAME.matcher(storageName).matches()) {
            throw new IllegalArgumentException("Not a storage name: " + storageName);
        }
        return base.resolve(storageName.substring(0, 2)).resolve(storageName.substring(2, 4)).resolve(storageName);
    }

    public static String sha256(byte[] content) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java SE runtime", e);
        }
    }
}
