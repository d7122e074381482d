package al.tirana.sporteli.web.view.office;

import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.web.api.CallerResolver;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.boundary.Tasks.Command;
import al.tirana.sporteli.workflow.boundary.Tasks.QueueEntry;
import al.tirana.sporteli.workflow.control.Action;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Backs office/queue.xhtml: the work queue of the user's unit or department, with deadline badges. */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A task is "due soon" this long before its request's deadline. */
    static final Duration DUE_SOON = Duration.ofHours(24);
    static final int PAGE = 50;

    @Inject
    Tasks tasks;

    @Inject
    CallerResolver callers;

    @Inject
    Clock clock;

    private String queue;
    private long after;
    /** Read again after a postback rather than kept in the session with the view. */
    private transient List<QueueEntry> entries;
    private String denied;

    public void load() {
        Caller caller = callers.caller();
        if (queue == null || queue.isBlank()) {
            queue = caller.organisation() == null ? "TRIAGE" : caller.organisation();
        }
        queue = queue.strip().toUpperCase(Locale.ROOT);
        try {
            entries = tasks.queue(queue, after, PAGE, caller);
        } catch (AccessDeniedException e) {
            entries = List.of();
            denied = text("queue.denied");
        }
    }

    public void claim(String trackingNumber) {
        try {
            tasks.act(TrackingNumber.parse(trackingNumber), Command.of(Action.CLAIM),
                    callers.caller());
            message(FacesMessage.SEVERITY_INFO, "queue.claimed");
        } catch (ConflictException e) {
            message(FacesMessage.SEVERITY_WARN, "queue.claim.conflict");
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, "queue.denied");
        }
        load();
    }

    /** overdue, soon or empty: the badge a row gets. */
    public String badge(QueueEntry entry) {
        ServiceRequest r = entry.request();
        Instant due = r.legalDueAt() != null ? r.legalDueAt() : r.targetDueAt();
        Instant now = clock.instant();
        if (due == null || r.pausedSince() != null) {
            return "";
        }
        return due.isBefore(now) ? "overdue" : due.isBefore(now.plus(DUE_SOON)) ? "soon" : "";
    }

    public long count(String badge) {
        return getEntries().stream().filter(e -> badge.equals(badge(e))).count();
    }

    public String getNextAfter() {
        List<QueueEntry> page = getEntries();
        return page.size() < PAGE ? null : String.valueOf(page.get(page.size() - 1).task().id());
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key), null));
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return msg.getString(key);
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public long getAfter() {
        return after;
    }

    public void setAfter(long after) {
        this.after = after;
    }

    public List<QueueEntry> getEntries() {
        if (entries == null) {
            load();
        }
        return entries;
    }

    public String getDenied() {
        return denied;
    }
}
