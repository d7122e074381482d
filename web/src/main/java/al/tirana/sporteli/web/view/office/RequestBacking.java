package al.tirana.sporteli.web.view.office;

import static al.tirana.sporteli.web.view.Texts.message;
import static al.tirana.sporteli.web.view.Texts.text;

import al.tirana.sporteli.audit.boundary.AuditLog;
import al.tirana.sporteli.audit.entity.AuditEntry;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.requests.boundary.Attachments;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.entity.Attachment;
import al.tirana.sporteli.requests.entity.MalformedTrackingNumberException;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.web.api.CallerResolver;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.boundary.Tasks.Command;
import al.tirana.sporteli.workflow.control.Action;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backs office/request.xhtml: one request with its deadlines and pauses, documents and timeline, and
 * only the actions its status and the user's role and territory allow.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequests requests;

    @Inject
    Tasks tasks;

    @Inject
    Attachments attachments;

    @Inject
    AuditLog auditLog;

    @Inject
    CallerResolver callers;

    private String number;
    private String reason;
    private String assignee;
    private Integer amount;
    private Integer step;
    private String problem;
    /** The version the user saw, so that acting on a request someone changed meanwhile is refused. */
    private Long seenVersion;
    /** Read again after each postback, never kept with the view. */
    private transient ServiceRequest request;
    private transient Set<Action> allowed;

    /** On opening the page: the request as the user will see it. */
    public void open() {
        load();
        seenVersion = request == null ? null : request.version();
    }

    void load() {
        problem = null;
        request = null;
        try {
            request = requests.toShow(TrackingNumber.parse(number == null ? "" : number), callers.caller());
            allowed = tasks.allowed(request, callers.caller());
        } catch (MalformedTrackingNumberException e) {
            problem = text("trackingNumber.malformed");
        } catch (NotFoundException e) {
            problem = text("request.notFound");
        } catch (AccessDeniedException e) {
            problem = text("request.denied");
        }
    }

    public void act(String actionName) {
        Action action = Action.valueOf(actionName);
        try {
            tasks.act(TrackingNumber.parse(number), new Command(action, blankToNull(reason), step, blankToNull(assignee),
                    amount, null, seenVersion), callers.caller());
            message(FacesMessage.SEVERITY_INFO, text("request.done." + action.name()), null);
            reason = null;
            assignee = null;
            amount = null;
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> message(FacesMessage.SEVERITY_ERROR, text(key), clientId(field)));
        } catch (ConflictException e) {
            message(FacesMessage.SEVERITY_WARN, text("request.conflict"), null);
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, text("request.denied"), null);
        }
        open();
    }

    private static String clientId(String field) {
        return switch (field) {
            case "reason" -> "actions:reason";
            case "assignee" -> "actions:assignee";
            case "amount" -> "actions:amount";
            case "step" -> "actions:step";
            default -> null;
        };
    }

    public ServiceRequest getRequest() {
        if (request == null && problem == null) {
            load();
        }
        return request;
    }

    public List<Action> getActions() {
        getRequest();
        return allowed == null ? List.of() : new ArrayList<>(allowed);
    }

    public boolean can(String action) {
        return getActions().contains(Action.valueOf(action));
    }

    public List<AuditEntry> getTimeline() {
        return getRequest() == null ? List.of() : auditLog.forSubject("request", number);
    }

    public List<Attachment> getDocuments() {
        return getRequest() == null ? List.of() : attachments.list(TrackingNumber.parse(number), callers.caller());
    }

    /** The earlier steps a request can be sent back to, position to name. */
    public Map<String, Integer> getEarlierSteps() {
        Map<String, Integer> steps = new java.util.LinkedHashMap<>();
        ServiceRequest r = getRequest();
        if (r != null) {
            boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
            for (int i = 0; i < r.currentStep(); i++) {
                var s = r.service().step(i);
                steps.put(english ? s.nameEn() : s.nameSq(), i);
            }
        }
        return steps;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }



    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getProblem() {
        return problem;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
    }
}
