package al.tirana.sporteli.web.view.office;

import static al.tirana.sporteli.web.view.Texts.text;

import al.tirana.sporteli.catalog.boundary.ServiceCatalog;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.deadlines.control.DueState;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.web.api.CallerResolver;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.boundary.Tasks.Command;
import al.tirana.sporteli.workflow.boundary.Tasks.QueueCounts;
import al.tirana.sporteli.workflow.boundary.Tasks.QueueEntry;
import al.tirana.sporteli.workflow.boundary.Tasks.QueueFilter;
import al.tirana.sporteli.workflow.control.Action;
import al.tirana.sporteli.workflow.entity.TaskStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Backs office/queue.xhtml: the work queue of the user's unit or department, with deadline badges. */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    Tasks tasks;

    @Inject
    CallerResolver callers;

    @Inject
    Clock clock;

    @Inject
    ServiceCatalog catalog;

    private String queue;
    private String serviceCode;
    private TaskStatus status;
    private boolean overdueOnly;
    private QueuePages pages;
    private QueueCounts counts;
    private String denied;
    private final Map<String, String> assignees = new HashMap<>();

    /** On opening the page, and whenever a filter changes: the queue from its first page. */
    public void load() {
        Caller caller = callers.caller();
        if (queue == null || queue.isBlank()) {
            queue = caller.organisation() == null ? "TRIAGE" : caller.organisation();
        }
        queue = queue.strip().toUpperCase(Locale.ROOT);
        QueueFilter filter = new QueueFilter(serviceCode == null || serviceCode.isBlank() ? null : serviceCode, status, overdueOnly);
        try {
            counts = tasks.counts(queue, QueueFilter.NONE, caller);
            pages = new QueuePages(tasks, callers::caller, queue, filter);
            denied = null;
        } catch (AccessDeniedException e) {
            counts = new QueueCounts(0, 0);
            pages = null;
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

    /** A head hands a task to one of their officers, by user name. */
    public void assign(String trackingNumber) {
        String assignee = assignees.get(trackingNumber);
        try {
            tasks.act(TrackingNumber.parse(trackingNumber), new Command(Action.ASSIGN, null, null,
                    assignee == null || assignee.isBlank() ? null : assignee.strip(), null, null, null), callers.caller());
            message(FacesMessage.SEVERITY_INFO, "queue.assigned");
        } catch (InvalidInputException e) {
            message(FacesMessage.SEVERITY_ERROR, "queue.assignee.required");
        } catch (ConflictException e) {
            message(FacesMessage.SEVERITY_WARN, "queue.claim.conflict");
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, "queue.denied");
        }
        assignees.clear();
        load();
    }

    public Map<String, String> getAssignees() {
        return assignees;
    }

    /** overdue, soon or empty: the badge a row gets. */
    public String badge(QueueEntry entry) {
        return switch (DueState.of(entry.request(), clock.instant())) {
            case OVERDUE -> "overdue";
            case DUE_SOON -> "soon";
            case ON_TIME -> "";
        };
    }

    public List<ServiceDefinition> getServices() {
        return catalog.current();
    }

    /** The states a task in a queue can be in: waiting for someone, or taken. */
    public List<TaskStatus> getStatuses() {
        return List.of(TaskStatus.OPEN, TaskStatus.CLAIMED);
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key), null));
    }


    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public QueuePages getPages() {
        return pages;
    }

    public QueueCounts getCounts() {
        return counts;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getDenied() {
        return denied;
    }
}
