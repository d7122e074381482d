package al.tirana.sporteli.web.view.operations;

import al.tirana.sporteli.emergency.boundary.DeadLetters;
import al.tirana.sporteli.emergency.boundary.DeadLetters.View;
import al.tirana.sporteli.emergency.control.OperationsAccess;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.web.api.CallerResolver;
import al.tirana.sporteli.web.view.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs operations/dead-letters.xhtml: the messages consumers gave up on, each retried or discarded by an operator. */
@Named
@ViewScoped
public class DeadLettersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeadLetters deadLetters;

    @Inject
    CallerResolver callers;

    private String problem;
    private transient List<View> letters;

    public void open() {
        if (!OperationsAccess.reads(callers.caller())) {
            problem = Texts.text("operations.denied");
            Texts.refused();
        }
    }

    public List<View> getLetters() {
        if (letters == null) {
            letters = problem != null ? List.of() : deadLetters.list(callers.caller());
        }
        return letters;
    }

    public void retry(long id) {
        decide(id, true);
    }

    public void discard(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean retry) {
        try {
            if (retry) {
                deadLetters.retry(id, callers.caller());
            } else {
                deadLetters.discard(id, callers.caller());
            }
            Texts.message(FacesMessage.SEVERITY_INFO, Texts.format(retry ? "deadLetters.retried" : "deadLetters.discarded", id));
        } catch (NotFoundException e) {
            Texts.message(FacesMessage.SEVERITY_WARN, Texts.text("deadLetters.gone"));
        } catch (AccessDeniedException e) {
            Texts.message(FacesMessage.SEVERITY_ERROR, Texts.text("operations.readOnly"));
        }
        letters = null;
    }

    public boolean isOperator() {
        return OperationsAccess.works(callers.caller());
    }

    public String getProblem() {
        return problem;
    }
}
