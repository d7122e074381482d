package al.tirana.sporteli.web.view;

import al.tirana.sporteli.platform.boundary.StaffAccounts;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.web.api.CallerResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Backs the template's user menu on every page: who is signed in, and signing out. */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    CallerResolver callers;

    @Inject
    StaffAccounts accounts;

    @Inject
    LocaleSelection localeSelection;

    public Caller getCaller() {
        return callers.caller();
    }

    public boolean isSignedIn() {
        return !callers.caller().isAnonymous();
    }

    public boolean has(String role) {
        return callers.caller().has(Role.valueOf(role));
    }

    public void signOut() throws ServletException, IOException {
        Caller caller = callers.caller();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!caller.isAnonymous()) {
            accounts.signedOut(caller);
        }
        // the language outlives the session it was chosen in
        String language = localeSelection.getLanguage();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true&lang=" + language);
        FacesContext.getCurrentInstance().responseComplete();
    }
}
