package al.tirana.sporteli.requests.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The type of an uploaded file, told by its first bytes. A file's name and the content type its sender
 * declares are the sender's word and cost nothing to fake; only the content decides. The type codes are
 * those of the catalog's {@code allowed_types}: {@code pdf}, {@code jpeg}, {@code png}.
 */
public final class FileTypes {

    private enum Kind {
        PDF("pdf", "application/pdf", List.of(".pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
        JPEG("jpeg", "image/jpeg", List.of(".jpg", ".jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("png", "image/png", List.of(".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

        final String code;
        final String mediaType;
        final List<String> extensions;
        final byte[] magic;

        Kind(String code, String mediaType, List<String> extensions, byte[] magic) {
            this.code = code;
            this.mediaType = mediaType;
            this.extensions = extensions;
            this.magic = magic;
        }

        // at offset 0 only: readers tolerate a PDF header further in, but a file that hides it is not one we want
        boolean startsOf(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }
    }

    private FileTypes() {
    }

    /** The type code of the content, or empty when it is none of the accepted types. */
    public static Optional<String> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(Kind.values()).filter(kind -> kind.startsOf(content)).map(kind -> kind.code).findFirst();
    }

    /** The media type served for a type code, such as {@code application/pdf} for {@code pdf}. */
    public static String mediaType(String type) {
        return kind(type).mediaType;
    }

    /** The file-name extensions of a media type, the usual one first; empty for a media type of no known type. */
    public static List<String> extensionsOf(String mediaType) {
        return Arrays.stream(Kind.values()).filter(kind -> kind.mediaType.equals(mediaType)).findFirst()
                .map(kind -> kind.extensions).orElse(List.of());
    }

    private static Kind kind(String type) {
        return Arrays.stream(Kind.values())
                .filter(kind -> kind.code.equals(type == null ? null : type.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No file type " + type));
    }
}
