package al.tirana.sporteli.web.view.office;

import static al.tirana.sporteli.web.view.Texts.message;
import static al.tirana.sporteli.web.view.Texts.text;

import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.boundary.ServiceRequests.Filter;
import al.tirana.sporteli.requests.entity.RequestStatus;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.web.api.CallerResolver;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.boundary.Tasks.Command;
import al.tirana.sporteli.workflow.control.Action;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs office/approvals.xhtml: the head's inbox of requests waiting for a decision, decided one at a
 * time or several at once with one comment. Each decision goes through the same boundary as any other
 * action, so each is checked and audited on its own.
 */
@Named
@ViewScoped
public class ApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 200;

    @Inject
    ServiceRequests requests;

    @Inject
    Tasks tasks;

    @Inject
    CallerResolver callers;

    private final Map<String, Boolean> selected = new HashMap<>();
    private String comment;
    private transient List<ServiceRequest> pending;

    public List<ServiceRequest> getPending() {
        if (pending == null) {
            try {
                pending = requests.search(new Filter(null, null, RequestStatus.PENDING_APPROVAL, null, null, null, null),
                        null, LIMIT, callers.caller());
            } catch (AccessDeniedException e) {
                pending = List.of();
            }
        }
        return pending;
    }

    public void decide(String actionName) {
        Action action = Action.valueOf(actionName);
        List<String> chosen = selected.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList();
        if (chosen.isEmpty()) {
            message(FacesMessage.SEVERITY_WARN, text("approvals.noneSelected"));
            return;
        }
        int done = 0;
        int refused = 0;
        for (String number : chosen) {
            try {
                String note = comment == null || comment.isBlank() ? null : comment.strip();
                tasks.act(TrackingNumber.parse(number), Command.of(action).withReason(note), callers.caller());
                done++;
            } catch (InvalidInputException e) {
                message(FacesMessage.SEVERITY_ERROR, text("approvals.reasonRequired"));
                refused = chosen.size() - done;
                break;
            } catch (ConflictException | AccessDeniedException e) {
                refused++;
            }
        }
        message(refused == 0 ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                MessageFormat.format(text("approvals.done." + action.name()), done, refused));
        selected.clear();
        comment = null;
        pending = null;
    }



    public Map<String, Boolean> getSelected() {
        return selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
