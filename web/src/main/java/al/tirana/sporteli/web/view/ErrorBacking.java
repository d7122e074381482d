package al.tirana.sporteli.web.view;

import al.tirana.sporteli.platform.control.DatabaseOutage;
import al.tirana.sporteli.web.security.StaffAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.primefaces.csp.CspException;

/**
 * Backs errors/error.xhtml: tells a page opened from a link outside Sporteli, a database outage, a lost
 * view and bad input from a real failure, whatever exceptions the container wraps them in.
 */
@Named
@RequestScoped
public class ErrorBacking {

    /** The same as the API's Retry-After: a browser user gets the same advice as a system. */
    private static final String RETRY_AFTER_SECONDS = "10";

    private String kind;

    /**
     * Which failure this page tells of, in order of precedence; it names the texts errors.KIND.title and
     * errors.KIND.text.
     * <ul>
     * <li>protected: a page opened from a link outside Sporteli (a protected view without its token);</li>
     * <li>unavailable: the database is down;</li>
     * <li>expired: a form posted from a view the session no longer holds. The page for that exception in
     * web.xml is never reached outside Ajax, since the container matches the wrapping ServletException to
     * Throwable first;</li>
     * <li>badRequest: refused for what was sent, a NUL character ({@link UnacceptablePageInput}) or a form
     * post without the nonce of the page it claims to come from;</li>
     * <li>unexpected: anything else.</li>
     * </ul>
     */
    public String getKind() {
        if (kind == null) {
            kind = kindOfError();
        }
        return kind;
    }

    private static String kindOfError() {
        Map<String, Object> request = external().getRequestMap();
        if (errorCausedBy(ProtectedViewException.class)) {
            return "protected";
        }
        if (Boolean.TRUE.equals(request.get(StaffAuthentication.DATABASE_DOWN)) || DatabaseOutage.causedBy(error())) {
            return "unavailable";
        }
        if (errorCausedBy(ViewExpiredException.class)) {
            return "expired";
        }
        if (errorCausedBy(CspException.class) || Integer.valueOf(400).equals(request.get(RequestDispatcher.ERROR_STATUS_CODE))) {
            return "badRequest";
        }
        return "unexpected";
    }

    /** An outage is answered 503 with Retry-After, as the API answers it; bad input and a lost view 400; none is 500. */
    public void respond() {
        if (external().isResponseCommitted()) {
            return;
        }
        switch (getKind()) {
            case "unavailable" -> {
                external().setResponseStatus(503);
                external().setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
            }
            case "expired", "badRequest" -> external().setResponseStatus(400);
            default -> {
                // the container's status stands
            }
        }
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static boolean errorCausedBy(Class<? extends Throwable> kind) {
        for (Throwable t = error(); t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable error() {
        return external().getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
    }
}
