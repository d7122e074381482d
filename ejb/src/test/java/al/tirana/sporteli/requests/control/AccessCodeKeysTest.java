package al.tirana.sporteli.requests.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessCodeKeysTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsCreatedWithOneKeyOnlyItsOwnerCanRead() throws Exception {
        Path file = dir.resolve("data/access-code.keys");

        AccessCodeKeys first = AccessCodeKeys.load(file);
        AccessCodeKeys again = AccessCodeKeys.load(file);

        assertEquals(1, Files.readAllLines(file).size());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first.current().id(), again.current().id(), "a restart keeps the key");
        assertArrayEquals(first.current().secret(), again.current().secret());
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no draft is left beside the file");
        }
    }

    @Test
    void theFirstKeyIsCurrentAndTheOthersAreKeptForOlderHashes() throws Exception {
        String current = AccessCodeKeys.newKey();
        String older = AccessCodeKeys.newKey();
        Path file = Files.writeString(dir.resolve("keys"), "# rotated today\n" + current + "\n\n  " + older + "  \n");

        AccessCodeKeys keys = AccessCodeKeys.load(file);

        assertArrayEquals(Base64.getUrlDecoder().decode(current), keys.current().secret());
        AccessCodeKeys olderAlone = AccessCodeKeys.load(Files.writeString(dir.resolve("older"), older));
        String olderId = olderAlone.current().id();
        assertNotEquals(keys.current().id(), olderId);
        assertTrue(keys.byId(olderId).isPresent());
        assertTrue(keys.byId("nothing").isEmpty());
    }

    @Test
    void aDamagedFileStopsTheServerWithItsLineRatherThanMakingCodesNoOneCanOpen() throws Exception {
        Path garbled = Files.writeString(dir.resolve("garbled"), AccessCodeKeys.newKey() + "\nnot base64 at all!\n");
        Path shortKey = Files.writeString(dir.resolve("short"), "AAAA\n");
        Path empty = Files.writeString(dir.resolve("empty"), "# no key yet\n");

        assertTrue(assertThrows(IllegalStateException.class, () -> AccessCodeKeys.load(garbled))
                .getMessage().contains("line 2"));
        assertTrue(assertThrows(IllegalStateException.class, () -> AccessCodeKeys.load(shortKey))
                .getMessage().contains("32 bytes"));
        assertThrows(IllegalStateException.class, () -> AccessCodeKeys.load(empty));
    }
}
