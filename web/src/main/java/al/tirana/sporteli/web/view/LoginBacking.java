package al.tirana.sporteli.web.view;

import al.tirana.sporteli.platform.boundary.StaffAccounts.Outcome;
import al.tirana.sporteli.web.security.StaffAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Backs login.xhtml: signs staff in and takes them back to the page they asked for. */
@Named
@RequestScoped
public class LoginBacking {

    static final String HOME = "/office/queue.xhtml";

    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return;
        }
        Outcome outcome = request.getAttribute(StaffAuthentication.OUTCOME) instanceof Outcome o ? o : Outcome.WRONG_CREDENTIALS;
        Texts.message(FacesMessage.SEVERITY_ERROR, Texts.text("login." + outcome.name()));
    }

    /**
     * Only a page of this application: never an address elsewhere that a crafted link put in ?next, and
     * never an administration page, which opens only from the menu.
     */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("\r")
                || next.contains("\n") || next.startsWith("/login.xhtml") || next.startsWith("/admin/")) {
            return HOME;
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
