package al.tirana.sporteli.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * Backs errors/error.xhtml: tells a page opened from a link outside Sporteli (a protected view without
 * its token, which the container hands over wrapped in other exceptions) from a real failure.
 */
@Named
@RequestScoped
public class ErrorBacking {

    public boolean isProtectedView() {
        Object error = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable t = error instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
            if (t instanceof ProtectedViewException) {
                return true;
            }
        }
        return false;
    }
}
