package al.tirana.sporteli.web.view.audit;

import static al.tirana.sporteli.web.view.Texts.text;

import al.tirana.sporteli.audit.boundary.AuditLog;
import al.tirana.sporteli.audit.boundary.AuditLog.BrokenLink;
import al.tirana.sporteli.audit.boundary.AuditLog.Verification;
import al.tirana.sporteli.audit.entity.AuditEntry;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.web.api.CallerResolver;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Backs audit/trail.xhtml: verifies the audit chain end to end, and shows the trail of one subject
 * (a request, an account's sign-ins, a holiday…). Opened with {@code ?type=account&id=…} it shows that
 * subject's trail at once.
 */
@Named
@ViewScoped
public class TrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The subject types the boundaries record entries under, in the order the select offers them. */
    static final List<String> SUBJECT_TYPES = List.of("request", "account", "holiday", "service", "apiclient", "queue",
            "territory");
    /** The verification's reasons, as the boundary words them, to the bundle's keys. */
    static final Map<String, String> REASONS = Map.of(
            "missing entry", "trail.broken.missing",
            "link to the previous entry does not match", "trail.broken.link",
            "content does not match its hash", "trail.broken.hash");

    @Inject
    AuditLog auditLog;

    @Inject
    CallerResolver callers;

    private String type = SUBJECT_TYPES.get(0);
    private String id;
    /** The subject whose trail the table shows, once one has been asked for. */
    private String shownType;
    private String shownId;
    private String denied;
    private Long entriesChecked;
    private Long brokenAt;
    private String brokenReason;
    /** Read again after a postback rather than kept in the session with the view. */
    private transient List<AuditEntry> entries;

    /** On opening the page: the subject's trail when the address names one. */
    public void open() {
        if (id != null && !id.isBlank() && type != null && SUBJECT_TYPES.contains(type)) {
            show();
        } else if (!callers.caller().hasAny(EnumSet.of(Role.AUDITOR, Role.ADMIN))) {
            // nothing asked of the boundary yet, which would refuse; say so before the user tries
            denied = text("trail.denied");
        }
    }

    public void show() {
        shownType = type;
        shownId = id == null ? "" : id.strip();
        entries = null;
        getEntries();
    }

    public void verify() {
        try {
            Verification result = auditLog.verify(callers.caller());
            entriesChecked = result.entriesChecked();
            brokenAt = result.firstBrokenLink().map(BrokenLink::chainNo).orElse(null);
            brokenReason = result.firstBrokenLink().map(b -> reason(b.reason())).orElse(null);
        } catch (AccessDeniedException e) {
            denied = text("trail.denied");
        }
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = List.of();
            if (shownId != null) {
                try {
                    entries = auditLog.forSubject(shownType, shownId, callers.caller());
                } catch (AccessDeniedException e) {
                    denied = text("trail.denied");
                }
            }
        }
        return entries;
    }

    /** The reason in the screen's language when it is one the boundary is known to give, else as given. */
    private static String reason(String given) {
        return given != null && REASONS.containsKey(given) ? text(REASONS.get(given)) : given;
    }


    public boolean isVerified() {
        return entriesChecked != null;
    }

    public boolean isIntact() {
        return entriesChecked != null && brokenAt == null;
    }

    public Long getEntriesChecked() {
        return entriesChecked;
    }

    /** The chain number of the first broken link, as text so that it is not grouped in thousands like a count. */
    public String getBrokenAt() {
        return brokenAt == null ? null : brokenAt.toString();
    }

    public String getBrokenReason() {
        return brokenReason;
    }

    public boolean isShown() {
        return shownId != null;
    }

    public String getShownType() {
        return shownType;
    }

    public String getShownId() {
        return shownId;
    }

    public List<String> getSubjectTypes() {
        return SUBJECT_TYPES;
    }

    public String getDenied() {
        return denied;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
