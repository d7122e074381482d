package al.tirana.sporteli.requests.entity;

import al.tirana.sporteli.requests.control.FileTypes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A document handed in for a request. The bytes are in the attachment store under {@link #storageName()},
 * a name the server chose; the name the citizen gave is kept only to be shown, cleaned of anything that
 * could pass for a path, a second line or a reversed extension.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(name = Attachment.FIND_BY_REQUEST,
        query = "select a from Attachment a where a.requestId = :request order by a.id")
public class Attachment {

    public static final String FIND_BY_REQUEST = "Attachment.findByRequest";
    public static final int NAME_LENGTH = 200;

    /** Control characters (CR, LF, tab…), invisible format characters (bidi overrides, zero widths), line separators. */
    private static final Pattern UNSHOWABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "document_code", nullable = false, length = 40)
    private String documentCode;

    @Column(name = "original_name", nullable = false, length = NAME_LENGTH)
    private String originalName;

    /** The media type detected from the content, never the one the sender declared. */
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_name", nullable = false, unique = true, length = 36)
    private String storageName;

    @Column(name = "uploaded_by", nullable = false, length = 80)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected Attachment() {
    }

    public Attachment(long requestId, String documentCode, String originalName, String contentType, long sizeBytes,
                      String sha256, String storageName, String uploadedBy, Instant uploadedAt) {
        this.requestId = requestId;
        this.documentCode = documentCode;
        this.originalName = displayName(originalName, documentCode);
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageName = storageName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /**
     * The citizen's file name as it may be shown: its last path segment, composed (macOS sends "ë" as
     * "e" plus a diaeresis), without unshowable characters, at most {@value #NAME_LENGTH} characters.
     * A name with nothing left is the document's code.
     */
    public static String displayName(String original, String documentCode) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNSHOWABLE.matcher(name).replaceAll("").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = documentCode == null || documentCode.isBlank() ? "document" : documentCode.toLowerCase(Locale.ROOT);
        }
        if (name.length() > NAME_LENGTH) {
            // never keep half of a surrogate pair
            int end = Character.isHighSurrogate(name.charAt(NAME_LENGTH - 1)) ? NAME_LENGTH - 1 : NAME_LENGTH;
            name = name.substring(0, end).strip();
        }
        return name;
    }

    /**
     * The name to save the file under: the display name, ending with the extension of the detected type,
     * so that "invoice.html" holding a PDF is saved as "invoice.html.pdf" and opens as what it is.
     */
    public String downloadName() {
        List<String> extensions = FileTypes.extensionsOf(contentType);
        String lower = originalName.toLowerCase(Locale.ROOT);
        if (extensions.isEmpty() || extensions.stream().anyMatch(lower::endsWith)) {
            return originalName;
        }
        return originalName + extensions.get(0);
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String documentCode() {
        return documentCode;
    }

    public String originalName() {
        return originalName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageName() {
        return storageName;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public long version() {
        return version;
    }
}
