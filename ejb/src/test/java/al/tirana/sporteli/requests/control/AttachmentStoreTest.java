package al.tirana.sporteli.requests.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentStoreTest {

    private static final byte[] SAMPLE = "%PDF-1.7 sample".getBytes(StandardCharsets.US_ASCII);
    /** SHA-256 of the sample, computed independently (sha256sum). */
    private static final String SAMPLE_SHA256 = "b5d4c2daa152f53c02621a70601b11dc5b4aecbda1cc3f5962bc5f7f491bad40";

    @TempDir
    Path base;

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void storesUnderAServerNameShardedByItsFirstCharacters() throws IOException {
        AttachmentStore store = new AttachmentStore(base);

        AttachmentStore.Stored stored = store.write(SAMPLE);

        String name = stored.storageName();
        assertTrue(name.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"), name);
        Path expected = base.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
        assertEquals(List.of(expected), files(base), "the file and nothing else, no temporary left behind");
        assertArrayEquals(SAMPLE, Files.readAllBytes(expected));
        assertEquals(SAMPLE.length, stored.size());
    }

    @Test
    void givesEveryFileItsOwnName() throws IOException {
        AttachmentStore store = new AttachmentStore(base);

        assertNotEquals(store.write(SAMPLE).storageName(), store.write(SAMPLE).storageName());
        assertEquals(2, files(base).size());
    }

    @Test
    void recordsTheSha256OfTheContent() throws IOException {
        AttachmentStore.Stored stored = new AttachmentStore(base).write(SAMPLE);

        assertEquals(SAMPLE_SHA256, stored.sha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", AttachmentStore.sha256(new byte[0]));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        AttachmentStore store = new AttachmentStore(base);
        AttachmentStore.Stored stored = store.write(SAMPLE);

        assertArrayEquals(SAMPLE, store.read(stored.storageName(), stored.sha256()));
        assertArrayEquals(SAMPLE, new AttachmentStore(base).read(stored.storageName(), stored.sha256().toUpperCase()),
                "another instance over the same folder, checksum in capitals");
    }

    @Test
    void refusesToServeAFileAlteredOnDisk() throws IOException {
        AttachmentStore store = new AttachmentStore(base);
        AttachmentStore.Stored stored = store.write(SAMPLE);
        Path file = files(base).get(0);
        byte[] altered = SAMPLE.clone();
        altered[altered.length - 1] ^= 1;
        Files.write(file, altered);

        assertThrows(CorruptAttachmentException.class, () -> store.read(stored.storageName(), stored.sha256()));
    }

    @Test
    void refusesToServeAgainstAWrongOrMissingChecksum() throws IOException {
        AttachmentStore store = new AttachmentStore(base);
        AttachmentStore.Stored stored = store.write(SAMPLE);

        assertThrows(CorruptAttachmentException.class, () -> store.read(stored.storageName(), "0".repeat(64)));
        assertThrows(CorruptAttachmentException.class, () -> store.read(stored.storageName(), null));
    }

    @Test
    void turnsOnlyItsOwnNamesIntoPaths() throws IOException {
        AttachmentStore store = new AttachmentStore(base.resolve("store"));
        Files.writeString(base.resolve("secret.txt"), "outside the store");

        for (String name : new String[] {"../secret.txt", "../../etc/passwd", "/etc/passwd", "secret.txt", "", null,
                "D0C1B7A1-B1A1-446A-8DD1-A73A4FA4BF8E", "d0c1b7a1-b1a1-446a-8dd1-a73a4fa4bf8e/../x"}) {
            assertThrows(IllegalArgumentException.class, () -> store.read(name, SAMPLE_SHA256), String.valueOf(name));
            assertThrows(IllegalArgumentException.class, () -> store.delete(name), String.valueOf(name));
        }
        assertTrue(Files.exists(base.resolve("secret.txt")));
    }

    @Test
    void deletesAFileAndToleratesOneAlreadyGone() throws IOException {
        AttachmentStore store = new AttachmentStore(base);
        AttachmentStore.Stored stored = store.write(SAMPLE);

        assertTrue(store.delete(stored.storageName()));
        assertFalse(store.delete(stored.storageName()));
        assertEquals(List.of(), files(base));
    }
}
