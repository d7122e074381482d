package al.tirana.sporteli.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00);
    private static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R');

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void recognisesTheAcceptedTypesByTheirFirstBytes() {
        assertEquals(Optional.of("pdf"), FileTypes.detect(PDF));
        assertEquals(Optional.of("jpeg"), FileTypes.detect(JPEG));
        assertEquals(Optional.of("png"), FileTypes.detect(PNG));
    }

    @Test
    void refusesRenamedFilesOfOtherTypes() {
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] exe = bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00);
        byte[] zip = bytes('P', 'K', 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] gif = "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] content : List.of(html, exe, zip, svg, gif)) {
            assertEquals(Optional.empty(), FileTypes.detect(content), new String(content, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void findsNothingInEmptyOrMissingContent() {
        assertEquals(Optional.empty(), FileTypes.detect(new byte[0]));
        assertEquals(Optional.empty(), FileTypes.detect(null));
    }

    @Test
    void refusesHeadersCutShort() {
        for (byte[] whole : List.of(PDF, JPEG, PNG)) {
            int magic = whole == PDF ? 5 : whole == JPEG ? 3 : 8;
            for (int length = 1; length < magic; length++) {
                byte[] truncated = Arrays.copyOf(whole, length);
                assertEquals(Optional.empty(), FileTypes.detect(truncated), "first " + length + " bytes");
            }
            assertEquals(FileTypes.detect(whole), FileTypes.detect(Arrays.copyOf(whole, magic)), "the bare signature");
        }
    }

    @Test
    void looksOnlyAtTheStartOfTheContent() {
        byte[] prefixed = new byte[PDF.length + 1];
        prefixed[0] = ' ';
        System.arraycopy(PDF, 0, prefixed, 1, PDF.length);

        assertEquals(Optional.empty(), FileTypes.detect(prefixed));
        assertEquals(Optional.empty(), FileTypes.detect("%pdf-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileTypes.detect(bytes(0xFF, 0xD8, 0xFE, 0xE0)));
        assertEquals(Optional.empty(), FileTypes.detect(bytes(0x89, 'P', 'N', 'G', 0x0A, 0x0A, 0x1A, 0x0A)));
    }

    @Test
    void servesEachTypeUnderItsMediaTypeAndExtension() {
        assertEquals("application/pdf", FileTypes.mediaType("pdf"));
        assertEquals("image/jpeg", FileTypes.mediaType("jpeg"));
        assertEquals("image/png", FileTypes.mediaType("png"));
        assertEquals(List.of(".jpg", ".jpeg"), FileTypes.extensionsOf("image/jpeg"));
        assertEquals(List.of(), FileTypes.extensionsOf("text/html"));
        assertThrows(IllegalArgumentException.class, () -> FileTypes.mediaType("html"));
    }
}
