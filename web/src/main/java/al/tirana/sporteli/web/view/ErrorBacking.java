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
import org.primefaces.csp.CspException;

/**
 * Backs errors/error.xhtml: tells a page opened from a link outside Sporteli (a protected view without
 * its token, which the container hands over wrapped in other exceptions) and a database outage from a
 * real failure.
 */
@Named
@RequestScoped
public class ErrorBacking {

    /** The same as the API's Retry-After: a browser user gets the same advice as a system. */
    private static final String RETRY_AFTER_SECONDS = "10";

    public boolean isProtectedView() {
        return errorCausedBy(ProtectedViewException.class);
    }

    public boolean isUnavailable() {
        return Boolean.TRUE.equals(external().getRequestMap().get(StaffAuthentication.DATABASE_DOWN))
                || DatabaseOutage.causedBy(error());
    }

    /**
     * A form posted from a view the session no longer holds. The error page for that exception is never
     * reached outside Ajax, since the container matches the wrapping ServletException to Throwable first.
     */
    public boolean isExpired() {
        return errorCausedBy(ViewExpiredException.class);
    }

    /**
     * Refused for what was sent: a NUL character ({@link NulCharacterPages}), or a form post without the
     * nonce of the page it claims to come from, which no page of Sporteli sends.
     */
    public boolean isBadRequest() {
        return errorCausedBy(CspException.class)
                || Integer.valueOf(400).equals(external().getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE));
    }

    /** An outage is answered 503 with Retry-After, as the API answers it; bad input and a lost view 400; none is 500. */
    public void respond() {
        if (isUnavailable() && !external().isResponseCommitted()) {
            external().setResponseStatus(503);
            external().setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
        } else if ((isBadRequest() || isExpired()) && !external().isResponseCommitted()) {
            external().setResponseStatus(400);
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
